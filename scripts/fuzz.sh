#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ (with -sanitize=fuzzer, in their own scratch folder) and runs each
# for a given time on a seed corpus taken from the repository.
#
#   scripts/fuzz.sh                       # every harness, 60 seconds each
#   scripts/fuzz.sh 600 FuzzExpression    # one harness, 10 minutes
#   NICE=10 JOBS=1 scripts/fuzz.sh 30     # on a shared machine
#
# Links with lld: gold crashes on these binaries ("internal error in format_file_lineno").
# Harnesses: FuzzYAML (YAML node layer), FuzzExpression (lexer, parser, evaluators), FuzzSubmission
# (submission decoding and scoring), FuzzResults (the JSON results reader and comparison).
# Corpora grow in .build/fuzz-corpus/<harness>; a crash is written to .build/fuzz-artifacts/<harness>/ and
# makes the script exit non-zero. The last line of each run ("Done N runs in S second(s)") is the count to
# record in benchmarks/FUZZING.md; every crash found becomes a regression test.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
harnesses=("$@")
(( ${#harnesses[@]} > 0 )) || harnesses=(FuzzYAML FuzzExpression FuzzSubmission FuzzResults)
nice_level=${NICE:-0}
scratch=.build/fuzz
corpus_root=.build/fuzz-corpus
artifacts_root=.build/fuzz-artifacts

# Seeds: the repository's own YAML, every expression the shipped rubrics contain, and real results.
seed() {
    local harness=$1 dir=$corpus_root/$1
    mkdir -p "$dir"
    case $harness in
        FuzzYAML|FuzzSubmission)
            cp submissions/*.yaml rubrics/*.yaml rubrics/checks/*.yaml "$dir"/
            [[ -d Tests/Corpus ]] && cp Tests/Corpus/*.yaml "$dir"/ ;;
        FuzzExpression)
            grep -rhoE '(value|computed|stated|when|applicable|rate|x): "?[^"{}#]+"?' rubrics |
                sed -E 's/^[a-z]+: //; s/^"//; s/"$//' | sort -u |
                awk -v dir="$dir" '{ file = sprintf("%s/seed-%04d", dir, NR); printf "%s", $0 > file; close(file) }' ;;
        FuzzResults)
            local jixiao=.build/debug/jixiao
            [[ -x $jixiao ]] || swift build --product jixiao
            for submission in submissions/*.yaml; do
                "$jixiao" score "$submission" --format json > "$dir/$(basename "$submission" .yaml).json" 2>/dev/null || true
            done ;;
    esac
}

status=0
for harness in "${harnesses[@]}"; do
    JIXIAO_FUZZ=1 nice -n "$nice_level" swift build -c release --scratch-path "$scratch" --product "$harness" \
        -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld ${JOBS:+--jobs "$JOBS"}
    seed "$harness"
    mkdir -p "$artifacts_root/$harness"
    echo "== $harness: $seconds s" >&2
    if ! nice -n "$nice_level" "$scratch/release/$harness" "$corpus_root/$harness" \
            -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -artifact_prefix="$artifacts_root/$harness/" -print_final_stats=1 2>&1 | tail -n 25; then
        status=1
    fi
    if compgen -G "$artifacts_root/$harness/*" > /dev/null; then
        echo "$harness: crash inputs in $artifacts_root/$harness/" >&2
        status=1
    fi
done
exit $status
