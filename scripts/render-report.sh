#!/usr/bin/env bash
# Renders an OilStat HTML report to a PNG in headless Chromium, to look at it as a reader would.
#
#   scripts/render-report.sh                          # writes the default report (swift run oilstat report) and renders it
#   scripts/render-report.sh Reports/report-2018-10.html [out.png]
#   HEIGHT=9000 scripts/render-report.sh ...          # a taller window shows more of the page (default 2000 px)
#   EXAMPLE=1 scripts/render-report.sh                # also refresh Reports/examples/ (HTML, Markdown, SVGs, PNG)
#   OILSTAT=.build/debug/oilstat scripts/render-report.sh   # use a built binary instead of swift run
#
# Needs Chromium (Debian: apt-get install -y chromium). The PNG shows the top WIDTH x HEIGHT pixels of the page;
# Chromium's --screenshot captures the window, so make it tall enough for what you want to see. Tests never need
# Chromium: they parse the HTML instead.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
width="${WIDTH:-1024}"
height="${HEIGHT:-2000}"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "render-report: Chromium not found; install it with: apt-get update && apt-get install -y chromium" >&2
    exit 1
fi

html="${1:-}"
if [ -z "$html" ]; then
    # The README's main command: the default report from the bundled data, written to Reports/.
    log="$(mktemp)"
    if [ -n "${OILSTAT:-}" ]; then
        "$OILSTAT" report 2>"$log" || { cat "$log" >&2; exit 1; }
    else
        swift run oilstat report 2>"$log" || { cat "$log" >&2; exit 1; }
    fi
    html="$(sed -n 's/^wrote \(.*\.html\)$/\1/p' "$log" | tail -n 1)"
    rm -f "$log"
fi
[ -f "$html" ] || { echo "render-report: no such file: $html" >&2; exit 1; }
png="${2:-${html%.html}.png}"

# No sandbox (containers run as root), no GPU, no scrollbars; the report fetches nothing, so no network is needed.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$width,$height" --screenshot="$png" "file://$(realpath "$html")" 2>/dev/null
echo "rendered $html -> $png ($(wc -c <"$png") bytes)" >&2

if [ "${EXAMPLE:-0}" = 1 ]; then
    # Keep one small example: the page, its Markdown twin with the charts, and the top of the rendering (< 300 KB).
    stem="$(basename "${html%.html}")"
    dir="$(dirname "$html")"
    mkdir -p Reports/examples
    cp "$html" "$dir/$stem.md" Reports/examples/
    cp "$dir/$stem"-*.svg Reports/examples/
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$width,${EXAMPLE_HEIGHT:-1900}" --screenshot="Reports/examples/$stem.png" "file://$(realpath "$html")" 2>/dev/null
    size="$(wc -c <"Reports/examples/$stem.png")"
    echo "example: Reports/examples/$stem.{html,md,png} and charts ($size bytes of PNG)" >&2
    [ "$size" -lt 307200 ] || echo "render-report: the example PNG is over 300 KB; lower EXAMPLE_HEIGHT" >&2
fi
