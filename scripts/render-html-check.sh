#!/usr/bin/env bash
# Renders the HTML comparison report of submissions/ and checks it in headless Chromium (Debian package
# `chromium`): takes a screenshot and verifies from the rendered DOM that the charts are there; then measures
# the layout at 1400 px (desktop), 390 px (phone) and with the print stylesheet on an A4 landscape page, and
# prints it to PDF.
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

# Layout, measured by Chromium itself: a copy of the report with a small script that writes what it finds
# into <body data-…> (the report itself has no scripts), read back with --dump-dom. The script has no "&": sed
# would read it as the matched text.
measure() { # $1 width, $2 file
    "${chrome[@]/--window-size=1280,2400/--window-size=$1,2400}" --virtual-time-budget=3000 --dump-dom "file://$2" 2>/dev/null \
        | grep -o 'data-[a-z-]*="[^"]*"' | tr '\n' ' '
}
probe='<script>addEventListener("load",function(){var b=document.body,d=document.documentElement;
var boxes=[].slice.call(document.querySelectorAll(".scroll"));
var clipped=boxes.filter(function(e){return e.querySelector("table.heat")?e.scrollWidth>e.clientWidth+1:false}).length;
var r=document.querySelector("svg.ranking"),scale=r?r.getBoundingClientRect().width/r.viewBox.baseVal.width:1;
var prof=document.querySelector("svg.profile-bars"),pscale=prof?prof.getBoundingClientRect().width/prof.viewBox.baseVal.width:1;
var wide=[].slice.call(document.querySelectorAll("table.wide,table.heat")).filter(function(t){return t.getBoundingClientRect().right>d.clientWidth+1}).length;
b.setAttribute("data-page-overflow",String(d.scrollWidth>d.clientWidth+1));
b.setAttribute("data-heat-clipped",String(clipped));
b.setAttribute("data-tables-past-edge",String(wide));
b.setAttribute("data-ranking-font",(13*scale).toFixed(1));
b.setAttribute("data-profile-font",(13*pscale).toFixed(1));});</script>'
probed=/tmp/jixiao-report.probe.html
printed=/tmp/jixiao-report.print.html
sed "s#</body>#${probe//$'\n'/ }</body>#" "$report" > "$probed"
# The print stylesheet applied on screen, at the width of an A4 landscape page less margins (277 mm ≈ 1047 px).
sed -e 's/@media print {/@media all {/' "$probed" > "$printed"

desktop=$(measure 1400 "$probed"); echo "render-html-check: 1400 px：$desktop"
[[ $desktop == *'data-page-overflow="false"'* ]] || fail "1400 px 时页面出现横向滚动"
[[ $desktop == *'data-heat-clipped="0"'* ]] || fail "1400 px 时热力图有列被裁切（需横向滚动）"
phone=$(measure 390 "$probed"); echo "render-html-check: 390 px：$phone"
[[ $phone == *'data-page-overflow="false"'* ]] || fail "390 px 时整页出现横向滚动（表格与图表应在各自的框内滚动）"
font=$(grep -o 'data-ranking-font="[0-9.]*"' <<<"$phone" | grep -o '[0-9.]*')
awk -v f="$font" 'BEGIN { exit !(f >= 9) }' || fail "390 px 时排名图文字只有 ${font}px，过小"
print=$(measure 1047 "$printed"); echo "render-html-check: 打印样式（A4 横向）：$print"
[[ $print == *'data-tables-past-edge="0"'* ]] || fail "打印时有表格超出页面宽度"
[[ $print == *'data-page-overflow="false"'* ]] || fail "打印时页面内容超出纸张宽度"
pdf=/tmp/jixiao-report.pdf
rm -f "$pdf"
"${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$report" >/dev/null 2>&1 || fail "chromium 打印 PDF 失败"
[[ -s $pdf ]] || fail "没有生成 $pdf"
"${chrome[@]/--window-size=1280,2400/--window-size=390,3000}" --screenshot=/tmp/jixiao-report-390.png "file://$report" >/dev/null 2>&1 || true
echo "render-html-check: 通过；截图 $screenshot、/tmp/jixiao-report-390.png，PDF $pdf"
