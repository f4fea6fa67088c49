#!/usr/bin/env bash
# Renders the HTML comparison report of submissions/ and checks it in headless Chromium (Debian package
# `chromium`): takes a screenshot and verifies from the rendered DOM that the charts are there.
#
#   scripts/render-html-check.sh            # uses .build/debug/jixiao, building it if missing
#   JIXIAO=/path/to/jixiao scripts/render-html-check.sh
#
# Installs chromium (and a CJK font, so the screenshot shows Chinese rather than boxes) with apt-get when
# missing; that needs root. Exits non-zero when rendering or any check fails.
set -euo pipefail

cd "$(dirname "$0")/.."
report=/tmp/jixiao-report.html
screenshot=/tmp/jixiao-report.png
dom=/tmp/jixiao-report.dom.html

fail() { echo "render-html-check: $*" >&2; exit 1; }

jixiao=${JIXIAO:-.build/debug/jixiao}
if [[ ! -x $jixiao ]]; then
    swift build --product jixiao
fi

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
if command -v fc-list >/dev/null 2>&1 && [[ -n $(fc-list :lang=zh family 2>/dev/null) ]]; then :; else need_packages+=(fonts-noto-cjk); fi
if (( ${#need_packages[@]} > 0 )); then
    [[ $(id -u) -eq 0 ]] || fail "需要安装 ${need_packages[*]}，请以 root 运行或先手动安装"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

# Exit code 2 means some file could not be read; the report of the others is still written.
status=0
"$jixiao" compare submissions --format html --out "$report" || status=$?
[[ $status -eq 0 ]] || fail "jixiao compare 以退出码 $status 结束"
[[ -s $report ]] || fail "没有生成 $report"

# Self-contained: no external references of any kind.
if grep -Eq 'https?://|src=|<link|<script|@import|url\(' "$report"; then
    fail "$report 含有外部引用"
fi
grep -q '<html lang="zh-CN">' "$report" || fail '缺少 <html lang="zh-CN">'
grep -q '<meta charset="utf-8">' "$report" || fail '缺少 <meta charset="utf-8">'

chrome=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400)
rm -f "$screenshot"
"${chrome[@]}" --screenshot="$screenshot" "file://$report" >/dev/null 2>&1 || fail "chromium 截图失败"
[[ -s $screenshot ]] || fail "没有生成截图 $screenshot"
"${chrome[@]}" --dump-dom "file://$report" > "$dom" 2>/dev/null || fail "chromium --dump-dom 失败"

# The DOM as Chromium parsed it must hold the charts: ranking, grade strip, one profile chart per entry.
count() { grep -o "$1" "$dom" | wc -l; }
svgs=$(count '<svg')
rankings=$(count '<svg class="ranking"')
profiles=$(count '<svg class="profile-bars"')
bars=$(count '<rect class="bar"')
heat=$(count '<table class="heat"')
echo "render-html-check: <svg> $svgs 个（排名图 $rankings，概况图 $profiles），条形 $bars 个，热力图 $heat 个"
(( rankings >= 1 )) || fail "DOM 中没有排名图"
(( heat == rankings )) || fail "热力图数量 ($heat) 与排名图数量 ($rankings) 不符"
(( profiles >= 1 )) || fail "DOM 中没有部门概况图"
(( bars >= profiles )) || fail "条形数量不足"
echo "render-html-check: 通过；截图 $screenshot"
