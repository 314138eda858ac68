#!/usr/bin/env bash
# Peak resident memory (VmHWM) of the sigmoid-viewer window after a run of zooms, pans,
# hovers and toggles at 1280x720, in a private Xvfb. Prints one line, "VmHWM: N kB (M MiB)"
# (kB as /proc counts them, 1024 bytes).
#   Scripts/measure_footprint.sh [--max-kb N] [BINARY]   (default .build/release/sigmoid-viewer)
# With --max-kb, exits 1 when VmHWM is above N kB. Exits 77 (skipped) without Xvfb, xdotool
# or xdpyinfo (Debian: xvfb, xdotool, x11-utils). FootprintEndToEndTests.swift and the
# CMake build's ctest run this script and bound it by 25 MiB.
set -euo pipefail
limit=''
if [ "${1:-}" = "--max-kb" ]; then limit=$2; shift 2; fi
binary=$(realpath -m "${1:-$(dirname "$0")/../.build/release/sigmoid-viewer}")
[ -x "$binary" ] || { echo "measure_footprint: no executable at $binary (swift build -c release?)" >&2; exit 1; }
for tool in Xvfb xdotool xdpyinfo; do
  command -v "$tool" >/dev/null || { echo "SKIP: measure_footprint needs $tool" >&2; exit 77; }
done

work=$(mktemp -d)
xvfb_pid='' viewer_pid=''
cleanup() {
  [ -n "$viewer_pid" ] && kill "$viewer_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# -displayfd: Xvfb picks a free display and writes its number, so runs never collide.
unset WAYLAND_DISPLAY SDL_VIDEODRIVER XAUTHORITY
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "measure_footprint: Xvfb did not start: $(cat "$work/xvfb.log")" >&2; exit 1; }
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

"$binary" --size 1280x720 --screenshot-dir "$work" &
viewer_pid=$!
window=$(timeout 20 xdotool search --sync --onlyvisible --name '^Sigmoid Viewer$' | head -n 1)
[ -n "$window" ] || { echo "measure_footprint: the window did not appear" >&2; exit 1; }

# The plot's centre and a spread of points around it (window coordinates).
at() { xdotool mousemove --window "$window" "$1" "$2"; }
at 640 360
for round in 1 2 3; do
  # Zoom in about two points, deep enough to reach the fine-digit readouts, and back out.
  at 700 330; xdotool click --repeat 25 --delay 15 4
  at 500 420; xdotool click --repeat 10 --delay 15 4
  xdotool click --repeat 35 --delay 15 5
  # Left-drag pans in four directions.
  for drag in "300 300 700 400" "700 400 400 250" "400 250 900 500" "900 500 640 360"; do
    set -- $drag
    at "$1" "$2"; xdotool mousedown 1
    for step in 1 2 3 4 5 6 7 8; do
      at $(( $1 + ($3 - $1) * step / 8 )) $(( $2 + ($4 - $2) * step / 8 ))
    done
    xdotool mouseup 1
  done
  # Hovers: the probe's readout across the plot.
  for px in 150 300 450 600 750 900 1050 1200; do at "$px" $(( 200 + px / 5 )); done
  # Toggles: curves, story markers, grid, log scale, help (each twice: back to the start).
  for key in 1 1 2 2 3 3 m m g g l l h h; do xdotool key "$key"; sleep 0.03; done
done
sleep 0.3  # let the last frames be drawn

kill -0 "$viewer_pid" 2>/dev/null || { echo "measure_footprint: the viewer exited early" >&2; exit 1; }
hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$viewer_pid/status")
xdotool key q
wait "$viewer_pid" || { echo "measure_footprint: the viewer exited with status $?" >&2; exit 1; }
viewer_pid=''
echo "VmHWM: $hwm kB ($(( hwm / 1024 )).$(( (hwm % 1024) * 10 / 1024 )) MiB)"
if [ -n "$limit" ] && [ "$hwm" -gt "$limit" ]; then
  echo "measure_footprint: VmHWM $hwm kB is above the limit of $limit kB" >&2
  exit 1
fi
