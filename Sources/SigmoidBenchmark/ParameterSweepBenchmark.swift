// The parameter sweep: the slider panel shown over the default figure (S, S', markers,
// grid), and k's handle dragged through the real model, pointer event by pointer event,
// from its minimum to its maximum and back over 300 frames: each frame the model's
// apply (the drag's value, the curves replaced) and the whole render. Issue 13's figure:
// median frame at most 1.5 ms and none over 4 ms at 1920×1080, release build.

import Foundation
import PlotCore
import PlotRender
import ViewerModel

/// Frame times of a k sweep by slider drag, microseconds.
struct ParameterSweepBenchmark {
  static let frameCount = 300

  let width: Int
  let height: Int
  let font: TrueTypeFont
  /// Runs of the sweep; each frame's time is its fastest run (1 = one plain run).
  var repeats = 1
  /// What the scene shows before the panel opens (the default figure, or
  /// ``SceneBenchmark/precision`` for the precision sweep), and the report's name for it.
  var display = DisplayOptions()
  var displayName = ""
  /// Whether frames may draw the precision overlay provisionally, as the window's do.
  var progressive = false

  /// Each frame's time and its stages' (the fastest over the runs), the curves
  /// re-sampled in all, and the share of the canvas each frame of the last run wrote.
  func run() -> (frames: [Double], stages: [[Double]], samplings: Int, shares: [Double]) {
    var best: ([Double], [[Double]])?
    var samplings = 0
    var shares: [Double] = []
    for _ in 0..<Swift.max(1, repeats) {
      let (frames, stages, count, written) = runOnce()
      samplings = count
      shares = written
      best = best.map { old in
        (zip(old.0, frames).map(Swift.min), zip(old.1, stages).map { zip($0, $1).map(Swift.min) })
      } ?? (frames, stages)
    }
    return (best!.0, best!.1, samplings, shares)
  }

  private func runOnce() -> ([Double], [[Double]], Int, [Double]) {
    var model = SceneBenchmark.model(width: width, height: height, font: font, display: display)
    model.progressivePrecision = progressive
    var canvas = Canvas(width: width, height: height)
    _ = model.apply(.parameter(.togglePanel))
    model.render(into: &canvas)
    guard let row = model.sliderPanel?.rows.first else { return ([], [], 0, []) }
    let before = model.withScene { scene, _ in scene.samplingCount }
    _ = model.apply(.dragBegan(at: row.handle))
    model.render(into: &canvas)
    var frames: [Double] = [], shares: [Double] = []
    var stages = Array(repeating: [Double](), count: SceneBenchmark.stages.count)
    for i in 0..<Self.frameCount {
      // Up and back: fraction 0 → 1 → 0 along the track.
      let t = Double(i) / Double(Self.frameCount / 2)
      let f = t <= 1 ? t : 2 - t
      let x = row.trackStart + f * (row.trackEnd - row.trackStart)
      var times: [Double] = []
      let start = DispatchTime.now().uptimeNanoseconds
      var last = start
      func lap() {
        let now = DispatchTime.now().uptimeNanoseconds
        times.append(Double(now - last) / 1000)
        last = now
      }
      // The window's work for one motion event: the model's apply, then its render
      // (the scene's stages in render's order, timed one by one).
      _ = model.apply(.dragMoved(to: Point(x, row.trackY))); lap()
      model.withScene { scene, frame in
        SceneBenchmark.drawStaged(&scene, frame, into: &canvas, lap)
        shares.append(scene.redrawnShare)
      }
      frames.append(Double(last - start) / 1000)
      for (s, t) in times.enumerated() { stages[s].append(t) }
    }
    _ = model.apply(.dragEnded)
    let after = model.withScene { scene, _ in scene.samplingCount }
    return (frames, stages, after - before, shares)
  }

  func report() {
    let (frames, stages, samplings, shares) = run()
    let runs = repeats > 1 ? ", fastest of \(repeats) runs per frame" : ""
    print("parameter sweep\(displayName) \(width)x\(height): S, S' and the slider panel, k dragged "
      + "0.05 → 20 → 0.05 over \(Self.frameCount) frames\(runs) (µs):")
    func line(_ label: String, _ values: [Double]) {
      let sorted = values.sorted()
      print("  " + label.padding(toLength: 16, withPad: " ", startingAt: 0)
        + String(format: "median %8.1f   p95 %8.1f   max %8.1f", sorted[sorted.count / 2],
                 sorted[sorted.count * 95 / 100], sorted.last!))
    }
    line("full frame", frames)
    for (name, values) in zip(SceneBenchmark.stages, stages) { line(name, values) }
    print("  curves sampled: \(samplings) in \(Self.frameCount + 1) frames")
    let sortedShares = shares.sorted()
    print(String(format: "  canvas written: median %.1f%%, max %.1f%% of its tiles a frame",
                 100 * sortedShares[sortedShares.count / 2], 100 * sortedShares.last!))
    if progressive { reportSettling() }
  }
}
