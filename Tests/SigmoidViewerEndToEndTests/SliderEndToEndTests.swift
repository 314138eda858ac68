// End to end: the slider panel in the real window under Xvfb. O shows it; k's handle is
// dragged with the mouse to three places and x0's to two; after each drag the saved
// frame is the model's frame (same inputs), and, read off the screenshot's pixels, the
// S' peak stands at height k/4 in the column of x0 for the k and x0 the drag set.

import Foundation
import PlotCore
import PlotRender
import TestSupport
import Testing
@testable import SigmoidViewer
import ViewerModel

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct SliderEndToEndTests {
  static let orange = PlotStyle().derivativeColor.argb

  /// Drags slider `row`'s handle to `fraction` of its track with the left button, in the
  /// window and in the model, through a midpoint (so the drag is past the click slop).
  static func drag(_ s: ViewerSession, row: SliderRowLayout, to fraction: Double) throws {
    let y = Int(row.trackY)
    let from = Int(row.handle.x)
    let to = Int((row.trackStart + fraction * (row.trackEnd - row.trackStart)).rounded(.down))
    try s.move(to: from, y)
    try s.x.button(1, down: true)
    s.apply(.dragBegan(at: ViewerSession.point(from, y)))
    for px in [(from + to) / 2, to] {
      try s.x.moveMouse(to: px, y, in: s.window)
      s.apply(.dragMoved(to: ViewerSession.point(px, y)))
      s.apply(.hover(ViewerSession.point(px, y)))
    }
    try s.x.button(1, down: false)
    s.apply(.dragEnded)
  }

  /// The S' peak in `image`: the height of the highest column centre of the orange core,
  /// and the middle of the columns within a pixel of it (the peak is symmetric, flat for
  /// small k), over the plot, leaving out the legend (its swatch is orange too).
  static func peak(in image: TestBMPImage, _ s: ViewerSession) -> (x: Double, y: Double)? {
    let plot = s.model.state.viewport.plot
    let legend = s.model.legendEntries.map(\.box)
    var tops: [(x: Double, y: Double)] = []
    for column in Int(plot.left) + 2..<Int(plot.right) - 2 {
      let hits = image.locate(orange, tolerance: 40, column: column,
                              region: (x: column..<(column + 1),
                                       y: Int(plot.top) + 2..<Int(plot.bottom) - 2))
        .filter { h in !legend.contains { $0.contains(Point(Double(h.x) + 0.5, Double(h.y) + 0.5)) } }
      guard !hits.isEmpty else { continue }
      let y = hits.reduce(0.0) { $0 + Double($1.y) } / Double(hits.count) + 0.5
      tops.append((Double(column) + 0.5, y))
    }
    guard let top = tops.map(\.y).min() else { return nil }
    let near = tops.filter { $0.y <= top + 1 }
    return (near.reduce(0.0) { $0 + $1.x } / Double(near.count), top)
  }

  @Test func draggingTheHandlesMovesTheDerivativesPeak() throws {
    #expect(EndToEnd.toolsPresent, "Xvfb, xdotool and xdpyinfo are required")
    let s = try ViewerSession(width: 900, height: 640)
    try s.key("o", .parameter(.togglePanel))
    _ = s.expectedFrame()  // lays the panel out in the model
    try s.screenshotMatchingModel("panel shown")
    let rows = try #require(s.model.sliderPanel?.rows)
    #expect(rows.count == 2)
    var checked = 0
    // k to about 3.1, 0.6 and 1.8 (peaks 0.78 to 0.15), then x0 to about -2 and 3: each
    // drag well past the click slop.
    for (slider, fraction) in [(0, 0.153), (0, 0.028), (0, 0.09), (1, 0.4), (1, 0.65)] {
      let row = try #require(s.model.sliderPanel?.rows[slider])
      try Self.drag(s, row: row, to: fraction)
      let image = try s.screenshotMatchingModel("slider \(slider) at \(fraction)")
      let p = try #require(s.model.state.display.legendCurves.first?.parameters)
      let (k, x0) = (p[0], p[1])
      let v = s.model.state.viewport
      let found = try #require(Self.peak(in: image, s), "no S' in the screenshot")
      let wantX = v.pixelX(forX: x0), wantY = v.pixelY(forY: k / 4)
      #expect(abs(found.x - wantX) <= 2.5,
              "k \(k), x0 \(x0): peak in column \(found.x), x0 is at \(wantX)")
      #expect(abs(found.y - wantY) <= 1.5,
              "k \(k), x0 \(x0): peak at y \(found.y) px, k/4 is at \(wantY)")
      checked += 1
    }
    #expect(checked == 5)
    let names = s.model.legendEntries.map { $0.curve.legendName + $0.curve.parameterSuffix }
    #expect(names.first?.hasPrefix("Sigmoid (k = ") == true, "\(names)")
    try s.quit()
  }
}
