#!/usr/bin/env bash
# Site build at scale, side by side with Hugo on the same Markdown (figures in BENCHMARKS.md).
# usage: bench/Site/run.sh [DECISIONS]     (default 100000; needs hugo from Debian's packages)
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-100000}"
work="${TMPDIR:-/tmp}/site-bench-$n"
rm -rf "$work" && mkdir -p "$work"
dotnet build site -c Release -v q >/dev/null
dotnet build tools/SampleGenerator -c Release -v q >/dev/null
site=(dotnet site/bin/Release/net10.0/Enforcement.Site.dll)
generator=(dotnet tools/SampleGenerator/bin/Release/net10.0/Enforcement.SampleGenerator.dll)
echo "== generate $n decisions"
/usr/bin/time -f "wall %e s, peak %M KB" "${generator[@]}" --decisions "$n" --out "$work/content" --anchor 2026-11-23 >/dev/null
echo "== portal build (redaction, pages, feeds, search index, leak gate, swap)"
/usr/bin/time -f "wall %e s, peak %M KB" "${site[@]}" build --content "$work/content" --out "$work/out" --today 2026-11-23 | grep -E "已生成"
echo "== hugo on the same decision files"
bench/Hugo/run.sh "$work/content" "$work/hugo"
rm -rf "$work"
