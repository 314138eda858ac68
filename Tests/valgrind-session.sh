#!/usr/bin/env bash
# Runs sigmoid-viewer under valgrind memcheck twice: a headless render, and a scripted
# window session under a private Xvfb (keys, a drag, the wheel, a screenshot, then Q).
# Exit status 0 when both are clean; 9 when valgrind found an error. See README.
# Usage: Tests/valgrind-session.sh [BINARY]   (default .build/debug/sigmoid-viewer)
set -u
cd "$(dirname "$0")/.."
binary=${1:-.build/debug/sigmoid-viewer}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
memcheck=(valgrind --leak-check=full --error-exitcode=9 --child-silent-after-fork=yes
          --keep-debuginfo=yes --suppressions=Tests/valgrind.supp)

echo "== headless render"
"${memcheck[@]}" "$binary" render "$work/v.bmp" 2>"$work/render.log"
render=$?
grep -E "definitely lost|ERROR SUMMARY" "$work/render.log" | sed 's/^==[0-9]*== //'

echo "== window session under Xvfb"
Xvfb :97 -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:97 SDL_VIDEODRIVER=x11
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
"${memcheck[@]}" "$binary" --size 640x480 --screenshot-dir "$work" 2>"$work/window.log" & viewer=$!
timeout 120 xdotool search --sync --onlyvisible --name '^Sigmoid Viewer$' >/dev/null
sleep 3  # SDL may replace its first window while it sets up the renderer
w=$(xdotool search --onlyvisible --name '^Sigmoid Viewer$' | tail -1)
xdotool mousemove --window "$w" 300 200
for key in plus plus minus Right Up r s; do xdotool key --window "$w" "$key"; sleep 0.5; done
xdotool mousedown 1; xdotool mousemove --window "$w" 350 260; xdotool mouseup 1; sleep 0.5
xdotool click 4; sleep 0.3; xdotool click 5; sleep 0.3
xdotool key --window "$w" q
wait "$viewer"; window=$?
kill "$xvfb"; wait "$xvfb" 2>/dev/null
grep -E "definitely lost|ERROR SUMMARY" "$work/window.log" | sed 's/^==[0-9]*== //'
echo "screenshots: $(ls "$work" | grep -c '^sigmoid-.*\.bmp$')"

echo "render exit $render, window exit $window"
[ "$render" = 0 ] && [ "$window" = 0 ]
