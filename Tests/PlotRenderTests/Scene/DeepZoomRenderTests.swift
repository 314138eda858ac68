// The deepest zoom, drawn: PlotScene renders the view zoomed to its limit about a point
// on a curve (x = 0, 20, 700, -700), and the curve's colour must be found within about a
// pixel of where the function puts it, every few pixels along the curve. The numerics themselves are
// checked against an independent oracle in PlotCoreTests/DeepZoomTests.

import Foundation
import Testing
import PlotCore
@testable import PlotRender

@Suite struct DeepZoomRenderTests {
  static let width = 800
  static let height = 600

  /// Zooms `r` by wheel notches about `anchor` until it stops changing.
  static func deepest(_ r: AxisRange, about anchor: Double, pixels: Double) -> AxisRange {
    var r = r
    for _ in 0..<20_000 {
      guard let next = r.zoomed(by: 1 / ViewerState.wheelNotchFactor, about: anchor,
                                pixels: pixels), next != r else { break }
      r = next
    }
    return r
  }

  /// The deepest view about (x, curve(x)) with the plot rectangle the scene's margins give
  /// for that very view (its long tick labels widen the left margin).
  static func deepestView(_ curve: PlottedCurve, at x: Double, scene: inout PlotScene) -> Viewport {
    let y = curve.evaluate(x)
    let dy = max(y.magnitude, 1e-3)
    var plot = PlotMargins.standard.plotRect(width: width, height: height, scale: 1)
    var view: Viewport!
    for _ in 0..<3 {
      let xr = deepest(AxisRange(min: x - 10, max: x + 10, pixels: plot.width)!, about: x,
                       pixels: plot.width)
      let yr = deepest(AxisRange(min: y - dy, max: y + dy, pixels: plot.height)!, about: y,
                       pixels: plot.height)
      view = Viewport(x: xr, y: yr, plot: plot)
      plot = scene.margins(for: SceneFrame(viewport: view)).plotRect(
        width: width, height: height, scale: 1)
    }
    return view
  }

  /// Whether `argb` is within `slack` of `color` in every channel.
  static func near(_ argb: UInt32, _ color: Color, slack: Int = 48) -> Bool {
    (0..<3).allSatisfy { shift in
      let s = UInt32(8 * shift)
      return abs(Int((argb >> s) & 0xFF) - Int((color.argb >> s) & 0xFF)) <= slack
    }
  }

  @Test(arguments: [(PlottedCurve.sigmoid, 0.0), (.sigmoidDerivative, 0), (.sigmoid, 20), (.sigmoidDerivative, 20),
                    (.sigmoidDerivative, 700), (.sigmoid, 700), (.sigmoidDerivative, -700), (.sigmoid, -700)])
  func curveIsDrawnWhereTheFunctionSays(_ curve: PlottedCurve, _ x: Double) throws {
    var scene = PlotScene(font: TestFonts.dejaVu)
    let view = Self.deepestView(curve, at: x, scene: &scene)
    var canvas = Canvas(width: Self.width, height: Self.height)
    scene.render(SceneFrame(viewport: view, curves: [curve]), into: &canvas)

    let color = scene.style.color(for: curve)
    let plot = view.plot
    var checked = 0
    var found = 0
    var misses: [String] = []
    // Points along the curve about 4 px apart (steep stretches included: x advances in
    // hundredths of a pixel), each checked for the curve's colour within 1.5 px.
    var last: (x: Double, y: Double)?
    for step in 0..<Int(plot.width * 100) {
      let px = plot.left + Double(step) / 100
      let expected = (x: px, y: view.pixelY(forY: curve.evaluate(view.x(forPixelX: px))))
      // Only where the line is wholly inside the plot (its half width is a pixel).
      guard expected.y >= plot.top + 3, expected.y <= plot.bottom - 3,
        px >= plot.left + 3, px <= plot.right - 3 else { continue }
      if let last, (last.x - px) * (last.x - px) + (last.y - expected.y) * (last.y - expected.y) < 16 {
        continue
      }
      last = expected
      checked += 1
      var hit = false
      for row in Int(expected.y - 2)...Int(expected.y + 2) {
        for column in Int(px - 2)...Int(px + 2) {
          let dx = Double(column) + 0.5 - px, dy = Double(row) + 0.5 - expected.y
          if dx * dx + dy * dy <= 1.5 * 1.5 && Self.near(canvas[column, row], color) { hit = true }
        }
      }
      if hit {
        found += 1
      } else if misses.count < 5 {
        misses.append("no curve colour within 1.5 px of (\(px), \(expected.y))")
      }
    }
    #expect(checked >= 20, "the curve is not in the plot at \(view.x) × \(view.y)")
    // The legend may cover a few columns; everywhere else the curve must be there.
    #expect(found * 10 >= checked * 9, "\(found) of \(checked) columns: \(misses)")
  }
}
