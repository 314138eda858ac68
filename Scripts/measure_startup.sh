#!/usr/bin/env bash
# Start-up times of sigmoid-viewer, each the median of RUNS fresh processes (default 10):
#  - window: from exec to the first frame presented, at 1280x720 in a private Xvfb. The
#    launcher reads CLOCK_MONOTONIC just before exec; the window's --stats line reports
#    the same clock after its first present ("first presented at monotonic T s").
#  - render: from exec of `sigmoid-viewer render OUT.bmp --size 1280x720` until it has
#    exited with the BMP on disk (written, fsynced and renamed into place).
#   Scripts/measure_startup.sh [BINARY] [RUNS]   (default .build/release/sigmoid-viewer)
# Needs Xvfb, xdotool, xdpyinfo and python3. Each run is a new process, with the page
# cache warm (the binary and the font are read from memory, as on a desktop).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/sigmoid-viewer}
runs=${2:-10}
[ -x "$binary" ] || { echo "measure_startup: no executable at $binary (swift build -c release?)" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=''
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

unset WAYLAND_DISPLAY SDL_VIDEODRIVER XAUTHORITY
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "measure_startup: Xvfb did not start: $(cat "$work/xvfb.log")" >&2; exit 1; }
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

python3 - "$binary" "$runs" "$work" <<'EOF'
import os, re, resource, statistics, subprocess, sys, time

binary, runs, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def window_start():
    """Milliseconds from exec to the first frame presented, from one fresh window."""
    err = open(os.path.join(work, "stats.txt"), "w+")
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        os.dup2(err.fileno(), 2)
        os.write(write, str(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).encode())
        os.close(write)
        os.execv(binary, [binary, "--size", "1280x720", "--stats", "--screenshot-dir", work])
    os.close(write)
    launched = int(os.read(read, 64)) / 1e9
    os.close(read)
    window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Sigmoid Viewer$"],
                            capture_output=True, text=True, timeout=30).stdout.split()
    if not window:
        sys.exit("measure_startup: the window did not appear")
    time.sleep(0.3)  # the first frame is presented before the window settles; be sure
    subprocess.run(["xdotool", "key", "q"], check=True)
    _, status = os.waitpid(pid, 0)
    err.seek(0)
    text = err.read()
    found = re.search(r"first presented at monotonic ([0-9.]+) s", text)
    if status != 0 or not found:
        sys.exit(f"measure_startup: no first-present time from the window (status {status}): {text}")
    return (float(found.group(1)) - launched) * 1000

cpu_ms = []

def render():
    """Milliseconds from exec of render to its exit with the 1280x720 BMP on disk; also
    records its CPU time (with fc-match's), which a busy machine stretches far less."""
    out = os.path.join(work, "render.bmp")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    result = subprocess.run([binary, "render", out, "--size", "1280x720"], capture_output=True)
    elapsed = (time.clock_gettime_ns(time.CLOCK_MONOTONIC) - start) / 1e6
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_ms.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    if result.returncode != 0 or os.path.getsize(out) != 54 + 1280 * 3 * 720:
        sys.exit(f"measure_startup: render failed: {result.stderr.decode()}")
    os.remove(out)
    return elapsed

def report(name, values):
    ms = ", ".join(f"{v:.1f}" for v in values)
    print(f"{name}: median {statistics.median(values):.1f} ms of {len(values)} (min {min(values):.1f}, max {max(values):.1f}; {ms})")

report("window start to first frame", [window_start() for _ in range(runs)])
report("render 1280x720 to BMP on disk", [render() for _ in range(runs)])
report("render's CPU time (user + system)", cpu_ms)
print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times stretch when it is above that)")
EOF
