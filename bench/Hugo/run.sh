#!/usr/bin/env bash
# Renders a generated content tree's decisions with Hugo, for the side-by-side in BENCHMARKS.md.
# usage: bench/Hugo/run.sh CONTENT_DIR OUT_DIR      (CONTENT_DIR from tools/SampleGenerator)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
cp -r "$here/hugo.toml" "$here/layouts" "$work/"
mkdir -p "$work/content"
ln -s "$(cd "$1" && pwd)/decisions" "$work/content/decisions"
/usr/bin/time -v hugo --source "$work" --destination "$(realpath -m "$2")" --quiet 2>&1 | grep -E "Elapsed|Maximum resident" || true
find "$2" -name index.html | wc -l | xargs echo "pages:"
rm -rf "$work"
