#!/usr/bin/env bash
# Regression guard of issue 13: fails when `jixiao batch` executes more than 25% more instructions per
# seed-shaped submission than benchmarks/instructions-baseline.txt records.
#
# Per file = Ir(batch of 2 copies of the seed) − Ir(batch of 1), counted by valgrind (cachegrind, cache
# simulation off), so the load of the machine does not matter and the rubric loading both runs share cancels.
# Counts depend on the compiler: the baseline names the Swift version it was recorded with, and with another
# version the guard says so and passes without measuring.
#
# Usage:
#   benchmarks/guard.sh            check the debug build (the one `swift test` has just built; .ci/run does this)
#   CONFIG=release benchmarks/guard.sh
#   benchmarks/guard.sh --record   measure and record both configurations (after an optimisation lands)
#   CONFIG=debug benchmarks/guard.sh --record   record one configuration
#   PACKAGE_DIR=…   package to build (default: the repository this script is in)
#   JIXIAO=…        measure this binary (with CONFIG naming what it is) instead of building
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
package="$(cd "${PACKAGE_DIR:-$(dirname "$here")}" && pwd)"
baseline="$here/instructions-baseline.txt"
seed="$package/submissions/changsha-xinfang-2023.yaml"
tolerance=25 # percent
say() { echo "guard.sh：$*" >&2; }

record=""
if [[ "${1:-}" == "--record" ]]; then record=1; elif (($# > 0)); then sed -n '2,17p' "$0" >&2; exit 2; fi
if [[ -n "$record" && -z "${CONFIG:-}" ]]; then
    configurations=(debug release)
else
    configurations=("${CONFIG:-debug}")
fi
command -v valgrind >/dev/null || { say "缺少 valgrind（Debian：apt-get install valgrind）"; exit 1; }
swift_version="$(swift --version 2>/dev/null | head -n 1)"

work="$(mktemp -d /tmp/jixiao-guard.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# Two copies of the seed, each its own department (a batch keeps one file per department-year in report.html).
mkdir -p "$work/one" "$work/two"
sed 's/^department: 长沙市信访局$/department: 长沙市信访局（基准一）/' "$seed" > "$work/one/a.yaml"
cp "$work/one/a.yaml" "$work/two/a.yaml"
sed 's/^department: 长沙市信访局$/department: 长沙市信访局（基准二）/' "$seed" > "$work/two/b.yaml"

binary_for() { # binary_for CONFIG → path of a jixiao built in that configuration
    if [[ -n "${JIXIAO:-}" ]]; then echo "$JIXIAO"; return; fi
    if [[ "$1" == release ]]; then
        (cd "$package" && nice -n 10 swift build -c release --product jixiao --scratch-path "$package/.build-bench" >&2)
        echo "$package/.build-bench/release/jixiao"
    else
        (cd "$package" && swift build --product jixiao >&2) # after `swift test` there is nothing to build
        echo "$package/.build/debug/jixiao"
    fi
}

per_file() { # per_file BINARY → instructions per seed-shaped file
    local runs=(one two) pids=() run
    for run in "${runs[@]}"; do # both at once: two cores halve the wait
        "$here/count-instructions.sh" "$1" batch "$work/$run" --out "$work/out-$run" \
            --rubrics-dir "$package/rubrics" --jobs 1 > "$work/$run.ir" &
        pids+=($!)
    done
    for run in "${pids[@]}"; do wait "$run" || { say "jixiao batch 在 valgrind 下失败"; exit 1; }; done
    echo $(($(cat "$work/two.ir") - $(cat "$work/one.ir")))
}

for config in "${configurations[@]}"; do
    if [[ -z "$record" ]]; then
        recorded="$(awk -v c="$config" '$1 == c { print; exit }' "$baseline" 2>/dev/null || true)"
        if [[ -z "$recorded" ]]; then
            say "跳过：$baseline 中没有 $config 的基线（运行 benchmarks/guard.sh --record 记录）"
            continue
        fi
        read -r _ expected recorded_swift <<<"$recorded"
        if [[ "$recorded_swift" != "$swift_version" ]]; then
            say "跳过：基线是用“$recorded_swift”记录的，当前是“$swift_version”；指令数随编译器而变，无法比较（运行 benchmarks/guard.sh --record 更新基线）"
            continue
        fi
    fi
    say "测量 $config 版本每个种子形文件的指令数（valgrind，约半分钟）"
    measured="$(per_file "$(binary_for "$config")")"
    if [[ -n "$record" ]]; then
        {
            grep '^#' "$baseline" 2>/dev/null || true
            awk -v c="$config" '!/^#/ && $1 != c' "$baseline" 2>/dev/null || true
            echo "$config $measured $swift_version"
        } > "$work/baseline"
        cp "$work/baseline" "$baseline"
        say "已记录：$config 每个种子形文件 $measured 条指令（$swift_version）→ $baseline"
        continue
    fi
    limit=$((expected + expected * tolerance / 100))
    change="$(awk -v a="$measured" -v b="$expected" 'BEGIN { printf "%+.1f%%", (a - b) * 100 / b }')"
    if ((measured > limit)); then
        say "失败：$config 版本每个种子形文件 $measured 条指令，比基线 $expected 多 $change，超过允许的 ${tolerance}%"
        say "若增加是有意的，运行 benchmarks/guard.sh --record 更新 $baseline 并说明原因"
        exit 1
    fi
    say "通过：$config 版本每个种子形文件 $measured 条指令，基线 $expected（$change，允许至多 +${tolerance}%）"
    if ((measured * 100 < expected * 80)); then
        say "比基线少了 20% 以上：优化落地后请运行 benchmarks/guard.sh --record 更新基线，守住新的水平"
    fi
done
