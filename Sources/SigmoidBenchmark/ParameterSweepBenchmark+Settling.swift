// What the precision sweep costs once the drag stops: the window draws the provisional
// last frame again exactly after input pauses (ViewerLoop). Timed here as that one
// exact frame after the same drag, so the report shows the pause's price too.

import Foundation
import PlotCore
import PlotRender

extension ParameterSweepBenchmark {
  /// Drags k from its minimum to `fraction` of its track, provisionally, releases it,
  /// and returns the time of the exact frame that follows (µs).
  func settlingFrame(at fraction: Double) -> Double {
    var model = SceneBenchmark.model(width: width, height: height, font: font, display: display)
    model.progressivePrecision = true
    var canvas = Canvas(width: width, height: height)
    _ = model.apply(.parameter(.togglePanel))
    model.render(into: &canvas)
    guard let row = model.sliderPanel?.rows.first else { return .nan }
    _ = model.apply(.dragBegan(at: row.handle))
    _ = model.apply(.dragMoved(to: Point(row.trackStart + fraction * (row.trackEnd - row.trackStart),
                                         row.trackY)))
    model.render(into: &canvas)
    _ = model.apply(.dragEnded)
    let start = DispatchTime.now().uptimeNanoseconds
    model.renderExact(into: &canvas)
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
  }

  /// Prints the settling frame at a few places along the track.
  func reportSettling() {
    let fractions = [0.05, 0.25, 0.5, 1]
    let times = fractions.map { settlingFrame(at: $0) }
    print("  exact frame once the drag stops, at fractions " + fractions.map { "\($0)" }
      .joined(separator: ", ") + " of the track (µs): "
      + times.map { String(format: "%.0f", $0) }.joined(separator: ", "))
  }
}
