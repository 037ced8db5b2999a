#!/usr/bin/env bash
# The HTML report read back by real tools: `report --format html` of Tests/report/report.yaml
# as of 15/9/2024, printed to PDF and photographed by Debian's headless chromium; the PDF's
# text (pdftotext -layout) must hold the figures counted by hand in report.yaml, in order,
# on A4 pages (pdfinfo), and the page must load nothing and run nothing.
# html-check.sh [DEADLINED]   (default: the debug build's binary)
# REPORT_PNG=docs/report.png html-check.sh: also keep the screenshot there.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-$(${SWIFT:-swift} build --show-bin-path)/deadlined}
for tool in chromium pdftotext pdfinfo; do
  command -v $tool >/dev/null || { echo "report-check: $tool missing (make deps installs chromium poppler-utils)" >&2; exit 1; }
done
work=$(mktemp -d /tmp/deadlined-report.XXXXXX)
trap 'rm -rf "$work"' EXIT
fails=0
ok() { echo "ok - $*"; }
bad() { echo "not ok - $*"; fails=$((fails + 1)); }

"$bin" report --config Tests/report/report.yaml --at 15/9/2024 --format html --output "$work/report.html"
html=$work/report.html

# Self-contained: no script, nothing fetched.
if grep -qi '<script' "$html"; then bad "the page has a <script"; else ok "no <script"; fi
if grep -qiE 'https?:' "$html"; then bad "the page names an http(s) address: $(grep -oiE '.{20}https?:.{20}' "$html" | head -1)"
else ok "no http: or https: reference"; fi
if grep -qiE '<link|<img|<iframe|@import|url\(' "$html"; then bad "the page loads something"; else ok "no link, img, iframe, @import or url()"; fi

# A throwaway profile, a timeout and the noise kept aside: chromium on a busy machine.
browse() {
  timeout 180 chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
    "$@" "file://$html" >>"$work/chromium.log" 2>&1 || { echo "chromium failed:"; tail -20 "$work/chromium.log"; return 1; }
}
browse --no-pdf-header-footer --print-to-pdf="$work/report.pdf"
# The screenshot is the top of the page as an A4 sheet at 150 dpi, 1240 x 1754 pixels: a
# window of A4's 794 x 1123 CSS pixels, each drawn 1240 / 794 = 1.5617 times over.
browse --hide-scrollbars --window-size=794,1123 --force-device-scale-factor=1.5617 --screenshot="$work/report.png"

size=$(pdfinfo "$work/report.pdf" | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p')
read -r w h <<<"$size"
if [ "$(printf '%.0f x %.0f' "$w" "$h")" = "595 x 842" ]; then ok "A4 pages ($size pts)"; else bad "page size $size pts, not A4 (595 x 842)"; fi

pdftotext -layout "$work/report.pdf" "$work/report.txt"
# Lines without page breaks (form feeds), their runs of spaces made one, so a row reads "name n n n ...".
tr -d '\f' <"$work/report.txt" | tr -s ' ' | sed 's/^ //' >"$work/flat.txt"
has() { if grep -qxF -- "$1" "$work/flat.txt"; then ok "line: $1"; else bad "no line '$1'"; fi; }
has "UBND tỉnh Hòa Bình"
has "Báo cáo tình hình thực hiện nhiệm vụ Quý III/2024"
has "Tính đến ngày 15/9/2024"
# A paragraph may wrap: look for it in the text made one line.
tr '\n' ' ' <"$work/flat.txt" | tr -s ' ' >"$work/oneline.txt"
says() { if grep -qF -- "$1" "$work/oneline.txt"; then ok "text: $1"; else bad "no text '$1'"; fi; }
says "11 nhiệm vụ: 3 hoàn thành (2 đúng hạn, 1 trễ hạn), 1 thường xuyên, 3 đang thực hiện, 4 chưa thực hiện; 2 chưa đến hạn, 5 quá hạn. Không tính 1 nhiệm vụ đã hủy."

# The table by agency, counted by hand in report.yaml, most overdue first: total | done,
# ongoing, in progress, not started, cancelled | on time, late, not yet due, overdue, % on
# time, % overdue.
rows=(
  "Sở Tài chính 3 1 0 2 0 0 1 0 0 2 33,33 % 66,67 %"
  "Sở Xây dựng 3 0 1 1 1 0 0 0 1 1 0,00 % 50,00 %"
  "Sở Y tế 2 0 0 0 2 1 0 0 1 1 0,00 % 50,00 %"
  "Văn phòng UBND tỉnh 1 0 0 0 1 0 0 0 0 1 0,00 % 100,00 %"
  "Sở Nội vụ 2 2 0 0 0 0 1 1 0 0 50,00 % 0,00 %"
  "Tổng cộng 11 3 1 3 4 1 2 1 2 5 20,00 % 50,00 %"
)
in_order() {  # in_order FILE LINE...: each line found, each after the one before
  local file=$1 last=0 n
  shift
  for l in "$@"; do
    n=$(grep -nF -- "$l" "$file" | awk -F: -v after="$last" '$1 > after { print $1; exit }')
    [ -n "$n" ] || { echo "'$l' missing or out of order"; return 1; }
    last=$n
  done
}
for r in "${rows[@]}"; do has "$r"; done
if why=$(in_order "$work/flat.txt" "${rows[@]}"); then ok "agency rows in order"; else bad "agency rows: $why"; fi

# The overdue list, most days overdue first; the task with <, & and quotes comes through
# the browser as text, so it was escaped.
sed -n '/^IV\. Nhiệm vụ quá hạn (5)$/,$p' "$work/flat.txt" >"$work/overdue.txt"
overdue=(
  "1 Sở Tài chính Bố trí kinh phí thực hiện chuyển đổi 30/6/2024 77"
  "2 Sở Tài chính Báo cáo quyết toán <năm 2023> & 31/10/2024 46 Công văn số 1234/UBND-KT, hạn"
  "3 Văn phòng Tổng hợp báo cáo tháng 8 31/8/2024 15"
  "4 Sở Y tế Cập nhật dữ liệu tiêm chủng 1/9/2024 14"
  "5 Sở Xây dựng Kiểm tra trật tự xây dựng 10/9/2024 5"
)
if [ -s "$work/overdue.txt" ]; then ok "overdue section"; else bad "no 'IV. Nhiệm vụ quá hạn (5)' heading"; fi
if why=$(in_order "$work/overdue.txt" "${overdue[@]}"); then ok "overdue list in order of days overdue"; else bad "overdue list: $why"; fi
if grep -qF '"kinh phí" '"'"'dự phòng'"'" "$work/overdue.txt"; then ok "quotes kept"; else bad "quotes in the task lost"; fi
if grep -qF 'Triển khai phần mềm quản lý cũ' "$work/flat.txt"; then bad "the cancelled item is listed"; else ok "the cancelled item is not listed"; fi

if python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); sys.exit(0 if d[:8]==b"\x89PNG\r\n\x1a\n" and struct.unpack(">II",d[16:24])==(1240,1754) else 1)' "$work/report.png"; then
  ok "screenshot 1240 x 1754"
else bad "screenshot is not a 1240 x 1754 PNG"; fi
[ -z "${REPORT_PNG:-}" ] || cp "$work/report.png" "$REPORT_PNG"

if [ $fails -gt 0 ]; then
  echo "report-check: $fails failed; the PDF's text:"; cat "$work/report.txt"
  exit 1
fi
echo "report-check: all passed"
