#!/usr/bin/env bash
# Renders report.html in headless Chromium and fails if the page is blank or any chart
# or map did not render.
#
#   scripts/check-report.sh [REPORT.html] [SCREENSHOT.png]
#
# Defaults: resilience-output/report.html, and the screenshot beside it (report.png).
# Installs nothing: when no Chromium is found it says so and exits 0 (set
# REQUIRE_CHROMIUM=1 to fail instead). Install it with `apt-get install -y chromium`.
#
# Two checks:
#  1. DOM: Chromium loads the page and dumps its DOM. The report's inline render check
#     has written on <html> how many charts there are (data-charts), which did not
#     render (data-charts-failed: no laid-out box of 100 x 100 px, or no drawn line, bar
#     or dot) and where each one is on the page (data-chart-boxes).
#  2. Pixels: a screenshot of the whole page, at half scale; with python3 (standard
#     library only) it is decoded and the script fails if the page is blank (under 1% of
#     pixels differ from the background) or if the box of any chart holds fewer than 1%
#     non-white pixels or fewer than 3 colours. Without python3 only the file size is
#     checked (a blank page compresses to almost nothing).
set -euo pipefail

report="${1:-resilience-output/report.html}"
if [[ ! -f "$report" ]]; then
    echo "check-report: no such file: $report (run \`resilience analyze\` first)" >&2
    exit 1
fi
png="${2:-${report%.html}.png}"

browser=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
done
if [[ -z "$browser" ]]; then
    echo "check-report: chromium not found; skipped (install it with: apt-get install -y chromium)"
    [[ "${REQUIRE_CHROMIUM:-0}" == "1" ]] && exit 1
    exit 0
fi

url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
profile="$(mktemp -d)"
dom="$(mktemp)"
trap 'rm -rf "$profile" "$dom"' EXIT
flags=(--headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check --disable-extensions
       --user-data-dir="$profile" --hide-scrollbars --run-all-compositor-stages-before-draw)

# 1. DOM check.
"$browser" "${flags[@]}" --virtual-time-budget=10000 --window-size=1280,900 --dump-dom "$url" >"$dom" 2>/dev/null
attribute() { sed -n "s/.*<html[^>]* $1=\"\\([^\"]*\\)\".*/\\1/p" "$dom" | head -n 1; }
charts="$(attribute data-charts)"
failed="$(attribute data-charts-failed)"
boxes="$(attribute data-chart-boxes)"
height="$(attribute data-page-height)"
if [[ -z "$charts" ]]; then
    echo "check-report: FAIL: the page did not run its render check (is $report a report.html of resilience?)" >&2
    exit 1
fi
echo "check-report: $charts charts in the page; page height ${height}px"
if [[ -n "$failed" ]]; then
    echo "check-report: FAIL: charts that did not render: $failed" >&2
    exit 1
fi
if [[ "$charts" -eq 0 ]]; then
    echo "check-report: FAIL: the page holds no chart" >&2
    exit 1
fi

# 2. Screenshot of the whole page at half scale.
height="${height:-4000}"
"$browser" "${flags[@]}" --virtual-time-budget=10000 --force-device-scale-factor=0.5 \
    --window-size="1280,$height" --screenshot="$png" "$url" >/dev/null 2>&1
if [[ ! -s "$png" ]]; then
    echo "check-report: FAIL: no screenshot was written" >&2
    exit 1
fi
echo "check-report: screenshot $png ($(wc -c <"$png") bytes)"

python=""
for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1; then python="$candidate"; break; fi
done
if [[ -z "$python" ]]; then
    size="$(wc -c <"$png")"
    if [[ "$size" -lt 20000 ]]; then
        echo "check-report: FAIL: the screenshot is only $size bytes: the page looks blank" >&2
        exit 1
    fi
    echo "check-report: OK (python3 not found: pixel check reduced to the file size)"
    exit 0
fi

"$python" - "$png" "$boxes" <<'PYTHON'
import struct, sys, zlib

path, boxes = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("check-report: FAIL: the screenshot is not a PNG")
position, chunks, header = 8, [], None
while position < len(data):
    length, kind = struct.unpack(">I4s", data[position:position + 8])
    body = data[position + 8:position + 8 + length]
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        chunks.append(body)
    position += 12 + length
width, height, depth, colour, _, _, interlace = header
if depth != 8 or colour not in (2, 6) or interlace != 0:
    sys.exit("check-report: FAIL: unexpected PNG format (depth %d, colour type %d)" % (depth, colour))
channels = 3 if colour == 2 else 4
stride = width * channels
raw = zlib.decompress(b"".join(chunks))

try:
    import numpy
except ImportError:
    numpy = None

rows = []
previous = bytearray(stride)
for y in range(height):
    start = y * (stride + 1)
    kind = raw[start]
    line = bytearray(raw[start + 1:start + 1 + stride])
    if kind == 1:
        for i in range(channels, stride):
            line[i] = (line[i] + line[i - channels]) & 255
    elif kind == 2:
        if numpy is not None:
            line = bytearray((numpy.frombuffer(bytes(line), numpy.uint8) + numpy.frombuffer(bytes(previous), numpy.uint8)).tobytes())
        else:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
    elif kind == 3:
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
    elif kind == 4:
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line)
    previous = line

def ink(x0, y0, x1, y1):
    """Share of non-white pixels and number of distinct colours in a box (pixels)."""
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(width, x1), min(height, y1)
    if x1 <= x0 or y1 <= y0:
        return 0.0, 0
    dark, colours, total = 0, set(), 0
    for y in range(y0, y1, 2):
        line = rows[y]
        for x in range(x0, x1, 2):
            i = x * channels
            pixel = (line[i], line[i + 1], line[i + 2])
            total += 1
            if pixel[0] < 235 or pixel[1] < 235 or pixel[2] < 235:
                dark += 1
                if len(colours) < 64:
                    colours.add((pixel[0] >> 4, pixel[1] >> 4, pixel[2] >> 4))
    return dark / max(1, total), len(colours)

page_ink, page_colours = ink(0, 0, width, height)
print("check-report: screenshot %dx%d px, %.1f%% of the page inked" % (width, height, page_ink * 100))
if page_ink < 0.01:
    sys.exit("check-report: FAIL: the page is blank")
scale = width / 1280.0
problems = []
checked = 0
for item in filter(None, boxes.split(";")):
    name, numbers = item.rsplit(":", 1)
    left, top, box_width, box_height = (int(float(v) * scale) for v in numbers.split(","))
    share, colours = ink(left, top, left + box_width, top + box_height)
    checked += 1
    if share < 0.01 or colours < 3:
        problems.append("%s (%.2f%% inked, %d colours)" % (name, share * 100, colours))
if problems:
    sys.exit("check-report: FAIL: charts not visible in the screenshot: " + ", ".join(problems))
print("check-report: OK: %d charts visible in the screenshot" % checked)
PYTHON
