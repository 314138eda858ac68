// Tests of where PlotScene+Probe.swift puts the readout: over sizes, scales, views, curve
// sets and pointer positions it never covers the legend, a probe dot, the pointer's arrow
// or the notice, stays inside the plot (on the canvas, over the margins, only on canvases
// under 480 x 320 points); and where the plot has room it hides no curve.

import PlotCore
import Testing
@testable import PlotRender

@Suite struct ReadoutPlacementTests {
  /// Every way `probe`'s readout breaks its contract in `layout` (empty when it holds).
  static func problems(_ probe: ProbeLayout, _ layout: SceneLayout, _ frame: SceneFrame)
    -> [String]
  {
    guard let box = probe.readout else { return [] }
    var found: [String] = []
    // Inside the plot; on a plot too small for it, over the margins but on the canvas.
    if !layout.canvas.contains(box) { found.append("readout \(box) leaves the canvas") }
    let small = layout.canvas.width < 480 * frame.scale || layout.canvas.height < 320 * frame.scale
    if !small && !layout.plotFrame.contains(box) { found.append("readout \(box) outside the plot") }
    for t in probe.texts where !box.contains(t.box) {
      found.append("readout text \"\(t.text)\" outside its box")
    }
    if let legend = layout.legend, legend.overlaps(box) {
      found.append("readout \(box) over the legend \(legend)")
    }
    if let notice = layout.notice, notice.overlaps(box) {
      found.append("readout \(box) over the notice \(notice)")
    }
    let r = PlotStyle().probeDotRadius * layout.scale + max(1, (1.5 * layout.scale).rounded())
    for dot in probe.dots {
      let disc = Box(x0: dot.center.x - r, y0: dot.center.y - r, x1: dot.center.x + r,
                     y1: dot.center.y + r)
      if disc.overlaps(box) { found.append("readout \(box) over the \(dot.curve) dot \(disc)") }
    }
    if let p = frame.pointer {
      // The arrow: its tip and 12 × 20 points down and right of it.
      let s = max(1, frame.scale)
      let arrow = Box(x0: p.x - 1, y0: p.y - 1, x1: p.x + 12 * s, y1: p.y + 20 * s)
      if arrow.overlaps(box) { found.append("readout \(box) over the pointer at \(p)") }
    }
    for t in probe.texts where t.role == .readoutValue || t.role == .readoutLabel {
      if probe.textSize < 9 { found.append("readout text \(probe.textSize) px") }
    }
    return found
  }

  static let sizes: [CanvasSize] = [
    .init(width: 320, height: 240), .init(width: 480, height: 320), .init(width: 641, height: 481),
    .init(width: 1280, height: 720), .init(width: 333, height: 517), .init(width: 1000, height: 260),
  ]

  /// A grid of pointer positions over the whole plot (corners and edges included) for
  /// every size, scale, view and curve set: the readout keeps its contract everywhere,
  /// and on canvases of 480 x 320 points or more it is always shown.
  @Test(arguments: sizes, [1.0, 1.5, 2])
  func neverCoversLegendDotsOrPointer(size: CanvasSize, scale: Double) {
    let views = [SceneView.standard, .narrow, .zoomThirty, .edges]
    let curveSets: [[PlottedCurve]] = [PlottedCurve.sigmoidCurves, [.sigmoidDerivative], [.sigmoid, .sigmoidDerivative]]
    var shown = 0, total = 0
    for view in views {
      for curves in curveSets {
        for yScale in [YScale.linear, .log] {
          var (scene, frame) = SceneFixture.frame(view, width: size.width, height: size.height,
                                                  scale: scale, curves: curves)
          if yScale == .log {
            let vp = frame.viewport
            guard let v = Viewport(xMin: vp.x.min, xMax: vp.x.max, uMin: -6, uMax: 0.2,
                                   plot: vp.plot, yAxisScale: .log)
            else { continue }
            frame.viewport = v
          }
          let plot = frame.viewport.plot
          for fy in stride(from: 0.02, through: 0.98, by: 0.12) {
            for fx in stride(from: 0.02, through: 0.98, by: 0.08) {
              frame.pointer = Point(plot.left + fx * plot.width, plot.top + fy * plot.height)
              frame.notice = fx > 0.5 && fy > 0.5 ? "saved sigmoid-20260101-000000.bmp" : nil
              let layout = scene.layout(for: frame, width: size.width, height: size.height)
              guard let probe = layout.probe else { continue }
              total += 1
              if probe.readout != nil { shown += 1 }
              let found = Self.problems(probe, layout, frame)
              #expect(found.isEmpty, "\(view.name) \(curves) \(yScale) at (\(fx), \(fy)): \(found)")
              let roomy = Double(size.width) >= 480 * scale && Double(size.height) >= 320 * scale
              #expect(!roomy || probe.readout != nil, "\(view.name) \(curves) at (\(fx), \(fy))")
            }
          }
        }
      }
    }
    #expect(total > 100 && shown > total / 2, "\(shown) of \(total) shown")
  }

  /// Where the user reads a shoulder or a tail (S' at its peak, S' and S in the lower
  /// right, S low on the left, the inflection) the readout lands where no curve or the
  /// tangent passes: the curves, evaluated every quarter pixel, and the tangent, as
  /// drawTangent lays it, stay a stroke's half width clear of its box.
  @Test(arguments: [(0.0, 0.25), (8.5, 0.01), (6.0, 0.5), (-4.0, 0.02), (0.0, 0.5), (-1.3, 0.2),
                    (9.6, 0.98)])
  func hidesNoCurveWhereThereIsRoom(x: Double, y: Double) throws {
    for (w, h) in [(1280, 720), (640, 480), (480, 320)] {
      var (scene, frame) = SceneFixture.frame(.standard, width: w, height: h)
      frame.display.showsMarkers = false
      frame.pointer = Point(frame.viewport.pixelX(forX: x), frame.viewport.pixelY(forY: y))
      let layout = scene.layout(for: frame, width: w, height: h)
      let probe = try #require(layout.probe)
      let box = try #require(probe.readout)
      let vp = frame.viewport
      let half = PlotStyle().curveWidth * layout.scale / 2
      let grown = Box(x0: box.x0 - half, y0: box.y0 - half, x1: box.x1 + half, y1: box.y1 + half)
      var hits: [String] = []
      var px = vp.plot.left
      while px <= vp.plot.right {
        let vx = vp.x(forPixelX: px)
        for curve in frame.curves where grown.contains(Point(px, vp.pixelY(forY: curve.evaluate(vx)))) {
          hits.append("\(curve) at x \(vx)")
        }
        px += 0.25
      }
      // The tangent to S: straight in pixels, 160 points either side of the contact.
      let p0 = Point(vp.pixelX(forX: probe.x), vp.pixelY(forY: sigmoid(probe.x)))
      let k = -sigmoidDerivative(probe.x) * vp.xPerPixel * vp.yScale
      let norm = (1 + k * k).squareRoot()
      var u = -PlotStyle().tangentHalfLength * layout.scale
      while u <= PlotStyle().tangentHalfLength * layout.scale {
        let t = Point(p0.x + u / norm, p0.y + u * k / norm)
        if vp.plot.left...vp.plot.right ~= t.x, grown.contains(t) { hits.append("tangent at \(t)") }
        u += 0.25
      }
      #expect(hits.isEmpty, "\(w)x\(h) probe at (\(x), \(y)): readout \(box) over \(hits.prefix(3)) (\(hits.count))")
    }
  }
}
