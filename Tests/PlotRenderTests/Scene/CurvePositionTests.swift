// Tests that the rendered curves lie where the viewport and the functions say, through the
// real scene (PlotScene.render with the margins the viewer uses), at several views and
// sizes: per column, the curve's coverage-weighted centre against pixelY(f(x(column))).

import PlotCore
import Testing
@testable import PlotRender

/// How far one curve's drawn centre is from where it belongs, over the checked columns.
struct CurveDeviation {
  var columns = 0
  var worst = 0.0
  var worstColumn = -1
}

enum CurveProbe {
  /// Columns every `step` pixels of `canvas` (drawn with `curve` alone) against `bare` (the
  /// same frame without curves): the coverage of the curve's colour in each pixel is
  /// recovered from the blend, bare·(1−a) + colour·a, on the channel where the colour
  /// differs most from what is beneath. Skips columns near the plot's edges, those whose
  /// window (below) meets a legend, where the curve is steeper than 1 px/px (a vertical centre there says little)
  /// and where it is within three stroke widths of the top or bottom (clipped).
  static func deviation(_ curve: PlottedCurve, canvas: Canvas, bare: Canvas, frame: SceneFrame,
                        legends: [Box], strokeWidth: Double, step: Int = 1) -> CurveDeviation {
    let vp = frame.viewport
    let color = PlotStyle().color(for: curve).argb
    let margin = 3 * strokeWidth
    let top = Int(vp.plot.top.rounded()), bottom = Int(vp.plot.bottom.rounded())
    var result = CurveDeviation()
    var column = Int((vp.plot.left + margin).rounded(.up))
    while Double(column) < vp.plot.right - margin {
      defer { column += step }
      let x = vp.x(forPixelX: Double(column) + 0.5)
      let expected = vp.pixelY(forY: curve.evaluate(x))
      let slope = abs(slopeOf(curve, x)) * vp.xPerPixel * vp.yScale
      guard slope <= 1, expected > vp.plot.top + margin, expected < vp.plot.bottom - margin
      else { continue }
      // Rows within 3 stroke widths + 4 px of the expected centre: a curve further off
      // leaves no weight there and fails as infinitely far.
      let window = Int((expected - margin - 4).rounded(.down))..<Int((expected + margin + 4).rounded(.up))
      let rows = window.clamped(to: top..<bottom)
      let near = Box(x0: Double(column), y0: Double(rows.lowerBound), x1: Double(column + 1),
                     y1: Double(rows.upperBound))
      if legends.contains(where: { $0.overlaps(near) }) { continue }
      var weight = 0.0, moment = 0.0
      for y in rows {
        let a = coverage(canvas[column, y], over: bare[column, y], color: color)
        weight += a
        moment += a * (Double(y) + 0.5)
      }
      guard weight > 0.5 else { result.worst = .infinity; result.worstColumn = column; continue }
      let error = abs(moment / weight - expected)
      result.columns += 1
      if error > result.worst { result.worst = error; result.worstColumn = column }
    }
    return result
  }

  static func slopeOf(_ curve: PlottedCurve, _ x: Double) -> Double {
    switch curve.order {
    case .value: return sigmoidDerivative(x)
    case .first: return sigmoidSecondDerivative(x)
    case .second:  // S''' = S'(1 − 6S + 6S²)
      let s = sigmoid(x)
      return sigmoidDerivative(x) * (1 - 6 * s + 6 * s * s)
    }
  }

  /// The coverage a in pixel = under·(1−a) + color·a, from the channel where they differ most.
  static func coverage(_ pixel: UInt32, over under: UInt32, color: UInt32) -> Double {
    var best = 0.0, a = 0.0
    for shift in [16, 8, 0] as [UInt32] {
      let p = Double((pixel >> shift) & 0xFF), u = Double((under >> shift) & 0xFF)
      let c = Double((color >> shift) & 0xFF)
      if abs(u - c) > best { best = abs(u - c); a = (u - p) / (u - c) }
    }
    return best < 32 ? 0 : min(max(a, 0), 1)
  }
}

/// One view at one size whose curves are checked.
struct CurveCase: Sendable, CustomTestStringConvertible {
  var view: SceneView
  var width: Int, height: Int
  var scale = 1.0
  var curves: [PlottedCurve]
  var step = 1
  var testDescription: String { "\(view.name) \(width)x\(height)@\(scale)" }
}

@Suite struct CurvePositionTests {
  static let cases: [CurveCase] = [
    .init(view: .standard, width: 1280, height: 720, curves: [.sigmoid, .sigmoidDerivative]),
    .init(view: .standard, width: 2560, height: 1440, scale: 2, curves: [.sigmoid, .sigmoidDerivative]),
    .init(view: .narrow, width: 800, height: 600, curves: [.sigmoid, .sigmoidDerivative]),
    .init(view: .zoomZero, width: 1280, height: 720, curves: [.sigmoid]),
    .init(view: .zoomThirty, width: 1280, height: 720, curves: [.sigmoid]),
    .init(view: .derivativeThirty, width: 1280, height: 720, curves: [.sigmoidDerivative]),
    .init(view: .standard, width: 320, height: 240, curves: [.sigmoid, .sigmoidDerivative]),
    .init(view: .standard, width: 7680, height: 4320, curves: [.sigmoid, .sigmoidDerivative], step: 7),
  ]

  /// Each curve is drawn alone and compared with the frame drawn without curves, so the
  /// grid beneath and the other curve cannot pull the centre. Markers are off: their dots
  /// and labels sit on the curves (SceneMarkerTests checks them). Within 0.15 px everywhere
  /// (measured: at most 0.045 px; exact-area coverage of a straight stroke is centred).
  @Test(arguments: cases)
  func curvesLieWhereTheViewportPutsThem(_ c: CurveCase) {
    for curve in c.curves {
      // Columns under a legend are skipped: the full frame's, the lone curve's and the
      // bare frame's.
      let legend = SceneFixture.render(c.view, width: c.width, height: c.height, scale: c.scale,
                                       markers: false).1.lastLayout.legend
      let (alone, scene, frame) = SceneFixture.render(c.view, width: c.width, height: c.height,
                                                      scale: c.scale, curves: [curve],
                                                      markers: false)
      // The frame without curves still has a legend (all its entries dimmed), elsewhere.
      let (bare, bareScene, _) = SceneFixture.render(c.view, width: c.width, height: c.height,
                                                     scale: c.scale, curves: [], markers: false)
      #expect(bare.pixels != alone.pixels, "\(curve) drew nothing")
      let legends = [legend, scene.lastLayout.legend, bareScene.lastLayout.legend]
      let d = CurveProbe.deviation(curve, canvas: alone, bare: bare, frame: frame,
                                   legends: legends.compactMap { $0 },
                                   strokeWidth: PlotStyle().curveWidth
                                     * scene.lastLayout.scale, step: c.step)
      #expect(d.columns >= 20, "\(curve): only \(d.columns) columns checked")
      #expect(d.worst <= 0.15, "\(curve): off by \(d.worst) px at column \(d.worstColumn)")
    }
  }
}
