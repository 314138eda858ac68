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

  /// Each frame's time (the fastest over the runs), and the curves re-sampled per frame.
  func run() -> (frames: [Double], samplings: Int) {
    var best: [Double]?
    var samplings = 0
    for _ in 0..<Swift.max(1, repeats) {
      let (frames, count) = runOnce()
      samplings = count
      best = best.map { zip($0, frames).map(Swift.min) } ?? frames
    }
    return (best!, samplings)
  }

  private func runOnce() -> ([Double], Int) {
    var model = SceneBenchmark.model(width: width, height: height, font: font)
    var canvas = Canvas(width: width, height: height)
    _ = model.apply(.parameter(.togglePanel))
    model.render(into: &canvas)
    guard let row = model.sliderPanel?.rows.first else { return ([], 0) }
    let before = model.withScene { scene, _ in scene.samplingCount }
    _ = model.apply(.dragBegan(at: row.handle))
    model.render(into: &canvas)
    var frames: [Double] = []
    for i in 0..<Self.frameCount {
      // Up and back: fraction 0 → 1 → 0 along the track.
      let t = Double(i) / Double(Self.frameCount / 2)
      let f = t <= 1 ? t : 2 - t
      let x = row.trackStart + f * (row.trackEnd - row.trackStart)
      let start = DispatchTime.now().uptimeNanoseconds
      _ = model.apply(.dragMoved(to: Point(x, row.trackY)))
      model.render(into: &canvas)
      frames.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }
    _ = model.apply(.dragEnded)
    let after = model.withScene { scene, _ in scene.samplingCount }
    return (frames, after - before)
  }

  func report() {
    let (frames, samplings) = run()
    let sorted = frames.sorted()
    let runs = repeats > 1 ? ", fastest of \(repeats) runs per frame" : ""
    print("parameter sweep \(width)x\(height): S, S' and the slider panel, k dragged "
      + "0.05 → 20 → 0.05 over \(Self.frameCount) frames\(runs) (µs):")
    print(String(format: "  full frame      median %8.1f   p95 %8.1f   max %8.1f",
                 sorted[sorted.count / 2], sorted[sorted.count * 95 / 100], sorted.last!))
    print("  curves sampled: \(samplings) in \(Self.frameCount + 1) frames")
  }
}
