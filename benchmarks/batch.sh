#!/usr/bin/env bash
# Benchmark of `jixiao batch`: throughput with 1 and 2 jobs, and peak memory at 50 and 200 files.
#
# Builds release, generates N synthetic submissions (copies of the seed with the department name and the
# project-spending figure 281.43 varied per copy), times `jixiao batch` and reads the peak RSS from
# /usr/bin/time -v. Writes benchmarks/RESULTS.md with the numbers as ratios from this one run, because
# absolute times depend on the machine while the ratios are what the design promises:
#   - throughput jobs 2 / jobs 1 (parallel scoring; ≈ 2 on two idle cores),
#   - peak RSS at 200 files / at 50 files (streaming; ≈ 1, memory does not grow with the number of files).
#
# Usage: benchmarks/batch.sh            (from anywhere; needs swift, GNU time)
#   PACKAGE_DIR=…  package to build (default: this repository)
#   SCRATCH=…      build directory   (default: /tmp/jixiao-bench-build)
#   JIXIAO=…       use this binary instead of building
#   RUNS=…         rounds of timed runs; each configuration keeps its fastest (default 3)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
package="${PACKAGE_DIR:-$(dirname "$here")}"
scratch="${SCRATCH:-/tmp/jixiao-bench-build}"
runs="${RUNS:-3}"
seed="$package/submissions/changsha-xinfang-2023.yaml"
rubrics="$package/rubrics"

if [[ -z "${JIXIAO:-}" ]]; then
    (cd "$package" && swift build -c release --product jixiao --scratch-path "$scratch" >&2)
    JIXIAO="$scratch/release/jixiao"
fi

work="$(mktemp -d /tmp/jixiao-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# generate DIR N: N copies of the seed, each with its own department name and project-spending figure.
generate() {
    local dir="$1" count="$2" i amount
    mkdir -p "$dir"
    for ((i = 1; i <= count; i++)); do
        amount="$(printf '%d.%02d' $(((28143 + i) / 100)) $(((28143 + i) % 100)))"
        sed -e "s/^department: 长沙市信访局/department: 长沙市信访局${i}号/" -e "s/281\.43/$amount/g" \
            "$seed" > "$(printf '%s/s%04d.yaml' "$dir" "$i")"
    done
}

# once DIR JOBS → "seconds peak_kib" of one run (a failed run, e.g. exit code 2 for a bad file, stops the script).
once() {
    rm -rf "$work/out"
    /usr/bin/time -v -o "$work/time.txt" "$JIXIAO" batch "$1" --out "$work/out" \
        --rubrics-dir "$rubrics" --jobs "$2" 2>"$work/stderr.txt" || {
        echo "jixiao batch failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
                /Maximum resident set size/ { rss = $2 } END { print s, rss }' "$work/time.txt"
}

generate "$work/n50" 50
generate "$work/n200" 200

# Rounds alternate the four configurations, so a burst of load from other processes hits all of them
# alike; each keeps its fastest time and its largest peak RSS.
declare -A seconds rss
for ((run = 1; run <= runs; run++)); do
    for config in "50 1" "50 2" "200 1" "200 2"; do
        read -r files jobs <<<"$config"
        once "$work/n$files" "$jobs" > "$work/measured.txt"
        read -r t r < "$work/measured.txt"
        key="${files}_$jobs"
        if [[ -z "${seconds[$key]:-}" ]] || awk -v a="$t" -v b="${seconds[$key]}" 'BEGIN { exit !(a < b) }'; then
            seconds[$key]="$t"
        fi
        if [[ -z "${rss[$key]:-}" || "$r" -gt "${rss[$key]}" ]]; then rss[$key]="$r"; fi
    done
done
t50_1="${seconds[50_1]}" t50_2="${seconds[50_2]}" t200_1="${seconds[200_1]}" t200_2="${seconds[200_2]}"
rss50_1="${rss[50_1]}" rss50_2="${rss[50_2]}" rss200_1="${rss[200_1]}" rss200_2="${rss[200_2]}"

# Ratios in awk: this is a benchmark report, not a figure jixiao computes.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
cores="$(nproc)"
load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

cat > "$here/RESULTS.md" <<REPORT
# \`jixiao batch\` benchmark

Produced by \`benchmarks/batch.sh\` on $(date -u +%Y-%m-%d) ($(uname -sm), $cores cores, load average $load at the end —
other builds share the machine, so jobs 2 rarely gets two idle cores;
release build, fastest of $runs alternating rounds per configuration). Inputs: copies of the seed submission
(1091 lines, scored against its 2 rubrics), each with its own department name and project-spending figure.

Only the ratios are meant to carry over to other machines.

| ratio | value | what it shows |
|---|---:|---|
| throughput, jobs 2 ÷ jobs 1, 200 files | **$(ratio "$t200_1" "$t200_2")** | parallel scoring (2.00 would be perfect on 2 idle cores) |
| throughput, jobs 2 ÷ jobs 1, 50 files | $(ratio "$t50_1" "$t50_2") | the same on a smaller batch |
| peak RSS, 200 files ÷ 50 files, jobs 2 | **$(ratio "$rss200_2" "$rss50_2")** | streaming: ≈ 1 means memory does not grow with the number of files |
| peak RSS, 200 files ÷ 50 files, jobs 1 | $(ratio "$rss200_1" "$rss50_1") | the same with one job |

Measured values behind the ratios (wall-clock seconds, peak resident set size in KiB):

| files | jobs | seconds | files/s | peak RSS (KiB) |
|---:|---:|---:|---:|---:|
| 50 | 1 | $t50_1 | $(ratio 50 "$t50_1") | $rss50_1 |
| 50 | 2 | $t50_2 | $(ratio 50 "$t50_2") | $rss50_2 |
| 200 | 1 | $t200_1 | $(ratio 200 "$t200_1") | $rss200_1 |
| 200 | 2 | $t200_2 | $(ratio 200 "$t200_2") | $rss200_2 |
REPORT
cat "$here/RESULTS.md"
