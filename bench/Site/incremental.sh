#!/usr/bin/env bash
# Rebuilds from the cache beside out/ against clean builds, on one generated tree (figures in BENCHMARKS.md).
# usage: bench/Site/incremental.sh [DECISIONS] [ROUNDS]     (defaults 10000 and 3)
# Each round, alternated so a noisy host weighs on all alike: a clean build (--clean), the same day again,
# the next day (decisions come down and go up), and the next day again after one decision was edited.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-10000}"
rounds="${2:-3}"
work="${TMPDIR:-/tmp}/site-incremental-$n"
rm -rf "$work" && mkdir -p "$work"
dotnet build site -c Release -v q >/dev/null
dotnet build tools/SampleGenerator -c Release -v q >/dev/null
site=(dotnet site/bin/Release/net10.0/Enforcement.Site.dll)
dotnet tools/SampleGenerator/bin/Release/net10.0/Enforcement.SampleGenerator.dll \
  --decisions "$n" --seed 7 --anchor 2026-11-23 --out "$work/content" >/dev/null

build() { # label, day, extra arguments
  local label=$1 day=$2
  shift 2
  /usr/bin/time -f "$label: wall %e s, user %U s, sys %S s, peak %M KB" \
    "${site[@]}" build --content "$work/content" --out "$work/out" --today "$day" --stats "$@" 2>&1 |
    grep -E "wall|沿用" | tr '\n' ' '
  echo
}

edited=$(find "$work/content/decisions/2026" -name '*.md' | sort | sed -n 1p)
for round in $(seq "$rounds"); do
  echo "== round $round"
  cp "$edited" "$work/original.md"
  build "clean build          " 2026-11-23 --clean
  build "same day, nothing new" 2026-11-23
  build "next day             " 2026-11-24
  printf '\n当事人已于次日缴清罚款。\n' >> "$edited"
  build "one decision edited  " 2026-11-24
  cp "$work/original.md" "$edited"
done
rm -rf "$work"
