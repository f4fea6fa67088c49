#!/usr/bin/env bash
# Instructions one command executes, counted by valgrind: prints the total (Ir) on standard output.
#
# Usage: count-instructions.sh [--profile FILE [--threads]] COMMAND [ARGUMENT...]
#   --profile FILE  count with callgrind and keep its profile in FILE (for callgrind_annotate);
#                   without it, cachegrind with the cache simulation off counts the same instructions
#                   in about half the time.
#   --threads       also print the largest count of any one thread (profiles FILE-01, FILE-02, …): the
#                   total divided by it bounds the speed-up threads can give, whatever the machine's load.
# The command's standard output is discarded; its standard error is shown only when it fails, and then this
# script fails with its exit code. Instruction counts do not depend on the load of the machine; Swift's
# hashing is made deterministic (SWIFT_DETERMINISTIC_HASHING) so that repeated runs agree to a few in a million.
set -euo pipefail

profile="" threads=""
if [[ "${1:-}" == "--profile" ]]; then
    profile="$2"
    shift 2
    if [[ "${1:-}" == "--threads" ]]; then threads=1; shift; fi
fi
if (($# == 0)); then
    sed -n '2,11p' "$0" >&2
    exit 2
fi

temporary="$(mktemp -d /tmp/jixiao-instructions.XXXXXX)"
trap 'rm -rf "$temporary"' EXIT
log="$temporary/valgrind.log" errors="$temporary/stderr.txt" counts="$temporary/cachegrind.out"

# valgrind 3.19 gives up on the DWARF 5 debug information Swift 6 writes ("Possibly corrupted debuginfo file").
# The symbol table, all a profile needs, survives --strip-debug, and the instructions executed are the same.
objcopy="$(command -v objcopy || command -v llvm-objcopy || true)"
if [[ -z "$objcopy" ]] && command -v swift >/dev/null; then
    objcopy="$(dirname "$(readlink -f "$(command -v swift)")")/llvm-objcopy" # shipped with the Swift toolchain
fi
program="$(command -v "$1")"
if [[ -x "$objcopy" ]] && "$objcopy" --strip-debug "$program" "$temporary/$(basename "$program")" 2>/dev/null; then
    set -- "$temporary/$(basename "$program")" "${@:2}"
fi

if [[ -n "$profile" ]]; then
    tool=(--tool=callgrind "--callgrind-out-file=$profile")
    [[ -z "$threads" ]] || tool+=(--separate-threads=yes)
else
    tool=(--tool=cachegrind --cache-sim=no "--cachegrind-out-file=$counts")
fi
status=0
SWIFT_DETERMINISTIC_HASHING=1 valgrind "${tool[@]}" "--log-file=$log" "$@" >/dev/null 2>"$errors" || status=$?
if ((status != 0)); then
    echo "count-instructions.sh：命令失败（退出码 $status）：$*" >&2
    cat "$errors" "$log" >&2
    exit "$status"
fi
# Both tools end their log with "I   refs:      1,234,567".
total="$(awk '/I[[:space:]]+refs:/ { gsub(",", "", $NF); print $NF }' "$log" | tail -n 1)"
if [[ -z "$total" ]]; then
    echo "count-instructions.sh：valgrind 没有给出指令数：$*" >&2
    cat "$log" >&2
    exit 1
fi
if [[ -n "$threads" ]]; then
    echo "$total $(cat "$profile"-[0-9]* | awk '/^totals:/ { if ($2 > max) max = $2 } END { print max + 0 }')"
else
    echo "$total"
fi
