// sigmoid-benchmark: frame-time figures for the renderer (release builds only).
//   swift run -c release sigmoid-benchmark [label filter]
// Each figure is the median of many runs, printed in microseconds; nothing is asserted.

import Foundation
import PlotCore
import PlotRender

/// Median and fastest wall time of `body` over `runs` runs, in microseconds. The fastest
/// run is the better guide on a machine shared with other work.
func medianMicroseconds(runs: Int, _ body: () -> Void) -> (median: Double, fastest: Double) {
  var times: [Double] = []
  times.reserveCapacity(runs)
  for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
  }
  times.sort()
  return (times[runs / 2], times[0])
}

/// Optional first argument: run only the figures whose label contains it.
let only = CommandLine.arguments.dropFirst().first

func report(_ label: String, _ time: @autoclosure () -> (median: Double, fastest: Double)) {
  if let only, !label.contains(only) { return }
  let time = time()
  print(label.padding(toLength: 50, withPad: " ", startingAt: 0),
        String(format: "median %8.1f µs   fastest %8.1f µs", time.median, time.fastest))
}

// MARK: - Memory over many frames

// `memory N`: N frames of a changing view; prints RSS after the warm-up and at the end.
if only == "memory" {
  do {
    let frames = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 10_000
    let (warm, end) = MemorySoak(font: try FontLocator().locate().font).run(frames: frames)
    print("memory: frames=\(frames) rss_after_warmup_kB=\(warm >> 10) rss_at_end_kB=\(end >> 10)")
    exit(0)
  } catch {
    print("memory: \(error)")
    exit(1)
  }
}

// MARK: - ns per call of the sigmoid functions

// `micro`: S, S', S'' per call on random inputs, before and after issue 17, and the share
// of calls that took the accurate path.
if only == "micro" {
  MicroBenchmark().run()
  exit(0)
}

// `exhaustive-float [S|S'|S'' ...]`: the Float functions at all 2^32 inputs against the
// Double ones; exits 1 on any mismatch. Minutes in a release build.
if only == "exhaustive-float" {
  ExhaustiveFloatCheck(only: Array(CommandLine.arguments.dropFirst(2))).run()
}

// MARK: - The full scene through a zoom sequence

// `scene`: one run per size, then one at 1920×1080 with the hover probe on. `scene-best N`: the fastest of N runs per frame at
// 1920×1080, steadier on a busy machine.
// `scene-frames N`: draw N frames, untimed (count allocations under valgrind at two N).
// `scene-catalogue [N]`: the default scene and the four-function catalogue scene
// (sigmoid, tanh, GELU, SiLU and their derivatives: eight curves) at 1920×1080, the
// fastest of N runs per frame (default 1), one after the other in the same run.
// `scene-digest`: each frame's pixel digest (nothing timed), to diff before and after a
// change that must not move a pixel.
// `scene-precision [N]`: the default view with a float16 textbook precision overlay and
// its error strip (issue 14), fastest of N runs per frame (default 1).
if only == nil || ["scene", "scene-best", "scene-frames", "scene-digest", "scene-catalogue",
                   "scene-precision"].contains(only!) {
  do {
    let font = try FontLocator().locate().font
    switch only {
    case "scene-digest":
      for line in SceneDigest(font: font).lines() { print(line) }
      exit(0)
    case "scene-frames":
      // Just draws N frames: run under `valgrind` at two N to count allocations per frame.
      let count = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 10
      SceneBenchmark(width: 1920, height: 1080, font: font).draw(frames: count)
      exit(0)
    case "scene-catalogue":
      let runs = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 1
      // Further words name the functions instead of the four (to find a slow one).
      let names = Array(CommandLine.arguments.dropFirst(3))
      SceneBenchmark(width: 1920, height: 1080, font: font, repeats: runs).report()
      let chosen = names.isEmpty ? ["sigmoid", "tanh", "gelu", "silu"] : names
      SceneBenchmark(width: 1920, height: 1080, font: font, repeats: runs,
                     display: SceneBenchmark.functions(chosen),
                     displayName: " (\(chosen.joined(separator: ", ")); f and f')").report()
      exit(0)
    case "scene-precision":
      let runs = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 1
      SceneBenchmark(width: 1920, height: 1080, font: font, repeats: runs,
                     display: SceneBenchmark.precision,
                     displayName: " (float16 textbook overlay, error strip)").report()
      exit(0)
    case "scene-best":
      let runs = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 5
      SceneBenchmark(width: 1920, height: 1080, font: font, repeats: runs).report()
      exit(0)
    default:
      for (w, h) in [(1280, 720), (1920, 1080)] {
        SceneBenchmark(width: w, height: h, font: font).report()
      }
      SceneBenchmark(width: 1920, height: 1080, font: font, probe: true).report()
      SceneBenchmark(width: 1920, height: 1080, font: font,
                     display: SceneBenchmark.fourFunctions,
                     displayName: " (sigmoid, tanh, gelu, silu; f and f')").report()
    }
  } catch {
    print("scene: skipped, \(error)")
  }
}

// `parameter-sweep [N]`: k dragged on the slider panel, 300 frames at 1920×1080 (the
// fastest of N runs per frame; default 1). Also run by `scene`.
if only == nil || ["scene", "parameter-sweep"].contains(only!) {
  do {
    let font = try FontLocator().locate().font
    let runs = only == "parameter-sweep"
      ? CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 1 : 1
    ParameterSweepBenchmark(width: 1920, height: 1080, font: font, repeats: runs).report()
    if only == "parameter-sweep" { exit(0) }
  } catch {
    print("parameter sweep: skipped, \(error)")
  }
}

// `scene-precision-sweep [N] [exact]`: the same k drag with the float16 textbook overlay and its
// error strip shown (issue 14 with issue 13): every frame a new parameter value, so new
// columns, steps and thresholds. Frames are provisional as the window's are (sampled
// wide columns, exact once input pauses: the settling frame is timed too); `exact`
// makes every frame exact, as it was before.
if only == "scene-precision-sweep" {
  do {
    let runs = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 1
    ParameterSweepBenchmark(width: 1920, height: 1080, font: try FontLocator().locate().font,
                            repeats: runs, display: SceneBenchmark.precision,
                            displayName: " (float16 textbook overlay, error strip)",
                            progressive: CommandLine.arguments.dropFirst(3).first != "exact")
      .report()
    exit(0)
  } catch {
    print("precision sweep: skipped, \(error)")
    exit(1)
  }
}

// MARK: - Curves: two 1920-column polylines across a 1920×1080 canvas

let width = 1920, height = 1080
/// One point per pixel column, x in [−10, 10] mapped to the canvas width, y to 90% of it.
func curve(_ f: (Double) -> Double, scale: Double) -> [Point] {
  (0..<width).map { i in
    let x = -10 + 20 * Double(i) / Double(width - 1)
    return Point(Double(i), Double(height) * (0.95 - 0.9 * f(x) / scale))
  }
}
let sigmoidCurve = curve(PlottedCurve.sigmoid.evaluate, scale: 1)
let derivativeCurve = curve(PlottedCurve.sigmoidDerivative.evaluate, scale: 1)
let stroke = Stroke(width: 2)
var stroker = Stroker()
var raster = CoverageRaster()
var canvas = Canvas(width: width, height: height)
var path = Path()

report("stroke outline, 1 curve (1920 points)", medianMicroseconds(runs: 300) {
  path.removeAll()
  stroker.append(sigmoidCurve, stroke: stroke, to: &path)
})
report("fill stroke outline, 1 curve", medianMicroseconds(runs: 300) {
  raster.fill(path, color: Color(red: 31, green: 119, blue: 180), into: &canvas)
})
report("stroke + fill, 2 curves (sigmoid + derivative)", medianMicroseconds(runs: 300) {
  for (points, color) in [(sigmoidCurve, Color(red: 31, green: 119, blue: 180)),
                          (derivativeCurve, Color(red: 255, green: 127, blue: 14))] {
    path.removeAll()
    stroker.append(points, stroke: stroke, to: &path)
    raster.fill(path, color: color, into: &canvas)
  }
})
report("clear 1920×1080", medianMicroseconds(runs: 300) { canvas.clear(to: .white) })

// MARK: - Grid lines and glyph-sized paths

report("fillRect: 40 grid lines (1 px, fractional)", medianMicroseconds(runs: 300) {
  for k in 0..<20 {
    let x = 48.3 + Double(k) * 91.7, y = 27.6 + Double(k) * 51.1
    raster.fillRect((x, 0, x + 1, Double(height)), color: Color(red: 220, green: 220, blue: 220), into: &canvas)
    raster.fillRect((0, y, Double(width), y + 1), color: Color(red: 220, green: 220, blue: 220), into: &canvas)
  }
})

/// A 12 px "O"-like glyph: two flattened ellipses, the inner one reversed (a hole).
func glyph(at origin: Point) -> Path {
  var b = PathBuilder()
  for (rx, ry, reversed) in [(4.6, 6.2, false), (2.9, 4.5, true)] {
    let n = 24
    for k in 0..<n {
      let t = 2 * Double.pi * Double(reversed ? n - k : k) / Double(n)
      let p = Point(origin.x + rx * cos(t), origin.y + ry * sin(t))
      if k == 0 { b.move(to: p) } else { b.line(to: p) }
    }
  }
  return b.finish()!
}
let glyphs = (0..<100).map { glyph(at: Point(30.37 + Double($0) * 13.1, 500.6)) }
report("fill 100 glyph-sized paths (12 px, with holes)", medianMicroseconds(runs: 300) {
  for g in glyphs { raster.fill(g, color: .black, into: &canvas) }
})
