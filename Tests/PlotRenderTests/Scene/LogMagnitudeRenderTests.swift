// The log-magnitude scale through real renders: GELU's negative tail drawn lighter and
// thinner down past the double range, its positive side in the full colour, a triangle
// on the bottom edge at the sign change (x = 0), and the y label that says so.

import PlotCore
import Testing
@testable import PlotRender

@Suite struct LogMagnitudeRenderTests {
  static let gelu = PlottedCurve(GELUFunction(), .value)

  /// GELU alone at 1000x640 over x in −45…5, u in −360…2 (GELU(−40) ≈ −1.46e−348 inside).
  static func render() -> (Canvas, PlotScene, SceneFrame) {
    var (scene, frame) = SceneFixture.frame(.standard, width: 1000, height: 640)
    scene.yLabel = "Value"
    frame.viewport = Viewport(xMin: -45, xMax: 5, uMin: -360, uMax: 2,
                              plot: frame.viewport.plot, yAxisScale: .logMagnitude)!
    frame.display.legendCurves = [Self.gelu]
    frame.display.curves = [Self.gelu]
    frame.display.showsMarkers = false
    var canvas = Canvas(width: 1000, height: 640)
    scene.render(frame, into: &canvas)
    return (canvas, scene, frame)
  }

  /// Pixels within `tolerance` of `color` in the column of x, near the curve's pixel y.
  static func hits(_ canvas: Canvas, _ vp: Viewport, x: Double, u: Double, _ color: Color,
                   tolerance: Int) -> Int {
    let px = Int(vp.pixelX(forX: x)), py = Int(vp.pixelY(forU: u))
    var n = 0
    for y in (py - 4)...(py + 4) where y >= 0 && y < canvas.height {
      let p = canvas[px, y]
      var close = true
      for shift in [16, 8, 0] as [UInt32] {
        let a = Int((p >> shift) & 0xFF), b = Int((color.argb >> shift) & 0xFF)
        if abs(a - b) > tolerance { close = false }
      }
      if close { n += 1 }
    }
    return n
  }

  @Test func negativeTailIsLighterPositiveSideFullAndTheSignChangeMarked() {
    let (canvas, scene, frame) = Self.render()
    let vp = frame.viewport
    let full = scene.style.color(for: Self.gelu)
    let light = scene.mixed(full, opacity: PlotScene.negativeStretchOpacity)
    let f = GELUFunction(), p = f.defaultParameters
    for x in [-40.0, -20, -5] {
      let u = f.naturalLogMagnitude(.value, at: x, p).log10
      #expect(Self.hits(canvas, vp, x: x, u: u, full, tolerance: 24) == 0, "full colour at \(x)")
      #expect(Self.hits(canvas, vp, x: x, u: u, light, tolerance: 24) > 0, "light colour at \(x)")
    }
    for x in [1.0, 3] {
      let u = f.naturalLogMagnitude(.value, at: x, p).log10
      #expect(Self.hits(canvas, vp, x: x, u: u, full, tolerance: 24) > 0, "full colour at \(x)")
    }
    // The triangle: full colour just above the bottom edge at x = 0, not a few px aside.
    let px = Int(vp.pixelX(forX: 0)), bottom = Int(vp.plot.bottom)
    func isFull(_ x: Int, _ y: Int) -> Bool {
      let c = canvas[x, y]
      return [16, 8, 0].allSatisfy { (s: UInt32) in
        abs(Int((c >> s) & 0xFF) - Int((full.argb >> s) & 0xFF)) <= 24
      }
    }
    #expect(isFull(px, bottom - 3) && isFull(px - 2, bottom - 2) && isFull(px + 2, bottom - 2))
    #expect(!isFull(px - 20, bottom - 3) && !isFull(px + 20, bottom - 3))
    // The label that explains it (placed where the margins leave room; not in this
    // fixture's, fitted for the linear scale's narrower tick labels).
    #expect(scene.yAxisLabel(frame).contains("negative"))
    var linear = frame
    linear.viewport = Viewport(xMin: -45, xMax: 5, uMin: -1, uMax: 2, plot: vp.plot, yAxisScale: .linear)!
    #expect(scene.yAxisLabel(linear) == scene.yLabel)
  }

  /// The display list strokes GELU twice (positive runs, negative runs thinner) and fills
  /// one triangle; under the log scale it is one stroke with a gap for x < 0.
  @Test func strokesEachSignApart() {
    let (_, scene, frame) = Self.render()
    _ = frame
    let strokes = scene.displayList.items.compactMap { item -> Double? in
      guard case .curve = item.role, case let .stroke(_, s, _, _) = item.content else { return nil }
      return s.width
    }
    #expect(strokes.count == 2 && strokes[1] < strokes[0], "\(strokes)")
  }
}
