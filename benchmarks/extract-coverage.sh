#!/usr/bin/env bash
# Extraction coverage over the development corpus: how many of each page's numbers `jixiao extract` binds to a
# statement or table cell (the rest it lists as not understood), and how many mismatches `jixiao check` then reports.
#
# Builds release, runs `jixiao extract` on every ../shared/corpus/dev/*.txt (and the seed document), prints one
# line per file, and with --write rewrites benchmarks/EXTRACT-COVERAGE.md with the numbers, date and commit.
#
# Usage: benchmarks/extract-coverage.sh [--write]
#   SHARED=…   the shared folder (default: ../shared beside the repository)
#   SCRATCH=…  build directory (default: /tmp/jixiao-extract-bench-build)
#   JIXIAO=…   use this binary instead of building
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
package="$(dirname "$here")"
shared="${SHARED:-$(dirname "$package")/shared}"
scratch="${SCRATCH:-/tmp/jixiao-extract-bench-build}"

if [[ ! -d "$shared/corpus/dev" ]]; then
    echo "找不到 $shared/corpus/dev（真实语料），无法运行" >&2
    exit 2
fi
if [[ -z "${JIXIAO:-}" ]]; then
    (cd "$package" && nice -n 10 swift build -c release --product jixiao --scratch-path "$scratch" >&2)
    JIXIAO="$scratch/release/jixiao"
fi

table="| file | numbers | bound | share | mismatches |"$'\n'"|---|---:|---:|---:|---:|"
total=0
bound=0
text_total=0
text_bound=0
for file in "$shared"/corpus/dev/*.txt "$shared"/seed/*.txt; do
    name="$(basename "$file")"
    summary="$("$JIXIAO" extract "$file" 2>&1 >/dev/null | tail -1)"
    n="$(sed -n 's/^识别数字 \([0-9]*\) 个.*/\1/p' <<<"$summary")"
    b="$(sed -n 's/.*其中 \([0-9]*\) 个（.*/\1/p' <<<"$summary")"
    share="$(sed -n 's/.*个（\([0-9.]*\)%）.*/\1/p' <<<"$summary")"
    mismatches="$("$JIXIAO" check "$file" 2>/dev/null | sed -n 's/.*不一致 \([0-9]*\) 项.*/\1/p' | head -1)"
    printf '%-60s %4s / %-4s %6s%%  不一致 %s\n' "$name" "$b" "$n" "$share" "${mismatches:-0}"
    table+=$'\n'"| $name | $n | $b | $share% | ${mismatches:-0} |"
    if [[ "$name" != 000_* ]]; then
        total=$((total + n))
        bound=$((bound + b))
        # Pages 01–20 are 说明 texts (三公, 决算, 预算); 21–30 are self-assessment forms and reports.
        if (( 10#${name:0:2} <= 20 )); then
            text_total=$((text_total + n))
            text_bound=$((text_bound + b))
        fi
    fi
done
percent() { local p=$(( ($1 * 1000 + $2 / 2) / $2 )); echo "$((p / 10)).$((p % 10))%"; }
line="dev corpus: $bound / $total numbers bound ($(percent "$bound" "$total")); 说明 pages 01–20: $text_bound / $text_total ($(percent "$text_bound" "$text_total")); forms and reports 21–30: $((bound - text_bound)) / $((total - text_total)) ($(percent $((bound - text_bound)) $((total - text_total))))"
echo "$line"

if [[ "${1:-}" == "--write" ]]; then
    commit="$(git -C "$package" rev-parse --short HEAD)"
    {
        echo "# Extraction coverage"
        echo
        echo "\`benchmarks/extract-coverage.sh --write\` on $(date -u +%Y-%m-%d), commit $commit."
        echo
        echo "For every page of ../shared/corpus/dev (and the seed document, last row), how many numbers \`jixiao extract\`"
        echo "found (years, dates, ordinals, document numbers and codes are structure, not counted), how many it bound to a"
        echo "statement or table cell, and how many mismatches \`jixiao check\` then reports. Every number not bound is listed"
        echo "with its line in the extracted file's comments. Pages 21–30 are project self-assessment forms and reports: page"
        echo "22 prints its form one cell per line and is read into forms:; pages 21, 23, 24, 25 and 30 run their forms' cells"
        echo "together (or out of order), which is reported and never split, so their numbers are listed as not understood."
        echo
        echo "$line"
        echo
        echo "$table"
    } > "$here/EXTRACT-COVERAGE.md"
fi
