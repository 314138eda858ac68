// `sigmoid-benchmark memory N`: draws N frames of a changing view through the viewer's
// frame model (as the window does) and reports resident memory after the warm-up and at
// the end. A process of its own, so the figure is this
// loop's alone (tests running in parallel would blur an in-process reading).

import Foundation
import PlotCore
import PlotRender
import ViewerModel

/// Renders many frames of zooming, panning and resizing, reading RSS along the way.
struct MemorySoak {
  /// Frames before the first reading: every buffer and glyph has grown by then.
  static let warmUp = 1_000

  let font: TrueTypeFont

  /// Resident set size of this process in bytes (statm's second field is in pages).
  static func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      return 0
    }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
  }

  /// The input of frame `i`: 60 notches in about a point on the sigmoid, 60 out, with a
  /// pan and a resize now and then, so ticks, labels, glyphs and curve buffers change.
  static func input(frame i: Int, anchor: Point) -> ViewerInput {
    switch i % 150 {
    case 0..<60: return .wheel(notches: 1, at: anchor, axes: .both)
    case 60..<120: return .wheel(notches: -1, at: anchor, axes: .both)
    case 120..<140: return .panStep(dx: i % 2 == 0 ? 0.3 : -0.3, dy: 0.05)
    case 140: return .resized(width: 260, height: 170, scale: 1)
    case 145: return .resized(width: 240, height: 160, scale: 1)
    default: return .zoomStep(i % 2 == 0 ? 3 : -3)
    }
  }

  /// Draws `frames` frames at 240×160; returns RSS after ``warmUp`` frames and at the end.
  func run(frames: Int) -> (afterWarmUp: Int, atEnd: Int) {
    var model = SceneBenchmark.model(width: 240, height: 160, font: font)
    var canvas = Canvas(width: 240, height: 160)
    let anchor = SceneBenchmark.anchor(model.state)
    var afterWarmUp = Self.residentBytes()
    for i in 0..<frames {
      if model.apply(Self.input(frame: i, anchor: anchor)),
        canvas.width != model.state.drawableWidth || canvas.height != model.state.drawableHeight {
        canvas = Canvas(width: model.state.drawableWidth, height: model.state.drawableHeight)
      }
      model.render(into: &canvas)
      if i + 1 == Self.warmUp { afterWarmUp = Self.residentBytes() }
    }
    return (afterWarmUp, Self.residentBytes())
  }
}
