// Tests of Sources/PlotRender/Scene/PlotScene+Probe.swift through real renders: the probe
// line in the pointer's column, a dot on each drawn curve where the functions put it, the
// dashed tangent to S along the line the derivative gives, and the readout saying what
// ProbeReadout says, inside the plot and clear of the line.

import PlotCore
import Testing
@testable import PlotRender

@Suite struct ProbeSceneTests {
  static let (width, height) = (1000, 640)

  /// The default view with all three curves and the pointer at data (x, y).
  static func render(x: Double, y: Double, curves: [PlottedCurve] = PlottedCurve.sigmoidCurves,
                     view: SceneView = .standard) -> (Canvas, PlotScene, SceneFrame) {
    SceneFixture.render(view, width: width, height: height) { f in
      f.curves = curves
      f.pointer = Point(f.viewport.pixelX(forX: x), f.viewport.pixelY(forY: y))
    }
  }

  @Test(arguments: [(-7.3, 0.8), (1.2, 0.6), (8.9, 0.1)])
  func lineIsInThePointersColumn(x: Double, y: Double) throws {
    let (canvas, scene, frame) = Self.render(x: x, y: y)
    let probe = try #require(scene.lastLayout.probe)
    let column = Int(frame.pointer!.x.rounded(.down))
    #expect(probe.line.x0 == Double(column) && probe.line.x1 == Double(column + 1))
    // The column is the line's colour over most of the plot's height (curves, dots and
    // the odd label cross it), and the columns beside it never are.
    let top = Int(frame.viewport.plot.top) + 2, bottom = Int(frame.viewport.plot.bottom) - 2
    let color = PlotStyle().probeLine.argb
    let on = (top..<bottom).filter { canvas[column, $0] == color }.count
    #expect(Double(on) > 0.8 * Double(bottom - top), "\(on) of \(bottom - top) rows")
    for side in [column - 2, column + 2] {
      #expect(!(top..<bottom).contains { canvas[side, $0] == color })
    }
  }

  @Test func noProbeWithoutPointerOrOutsideThePlot() {
    let plain = SceneFixture.render(.standard, width: Self.width, height: Self.height) { _ in }
    for pointer in [nil, Point(5, 5), Point(500, 635), Point(.nan, 300)] as [Point?] {
      let (canvas, scene, _) = SceneFixture.render(.standard, width: Self.width,
                                                   height: Self.height) { $0.pointer = pointer }
      #expect(scene.lastLayout.probe == nil)
      #expect(canvas.pixels == plain.0.pixels, "pointer \(String(describing: pointer))")
    }
  }

  /// Each drawn curve gets a dot centred on (pixelX(x), pixelY(f(x))) for the readout's x:
  /// the dot's centre pixel and the pixels a radius minus one away are the curve's colour.
  @Test func dotsSitOnTheCurves() throws {
    for curves in [PlottedCurve.sigmoidCurves, [.sigmoidDerivative], [.sigmoid, .sigmoidSecondDerivative]] {
      let (canvas, scene, frame) = Self.render(x: -1.7, y: 0.5, curves: curves)
      let probe = try #require(scene.lastLayout.probe)
      let readout = try #require(ProbeReadout(viewport: frame.viewport, pixelX: frame.pointer!.x,
                                              curves: curves))
      #expect(probe.x == readout.x)
      #expect(probe.dots.map(\.curve) == curves)
      let r = PlotStyle().probeDotRadius - 1
      for (dot, (curve, value)) in zip(probe.dots, readout.values) {
        let want = Point(frame.viewport.pixelX(forX: readout.x), frame.viewport.pixelY(forY: value))
        #expect(dot.center == want)
        // Later dots may cover part of earlier ones where curves are close: look at the
        // last one drawn, and for others at the side away from the next dot.
        let color = PlotStyle().color(for: curve).argb & 0xFF_FFFF
        let cx = Int(want.x.rounded(.down)), cy = Int(want.y.rounded(.down))
        let isLast = dot == probe.dots.last
        if isLast { #expect(canvas[cx, cy] & 0xFF_FFFF == color, "\(curve) centre") }
        let pixels = [(cx - Int(r), cy), (cx + Int(r), cy)]
        #expect(pixels.contains { canvas[$0.0, $0.1] & 0xFF_FFFF == color }, "\(curve) dot")
      }
    }
  }

  /// Dashes of the sigmoid's colour lie along y = S(x0) + S'(x0)(x − x0), computed here in
  /// data space and mapped, with a dash centred on the contact point and gaps between, up
  /// to the tangent's half length either side and not beyond.
  @Test func tangentIsDashedAlongTheDerivative() throws {
    let x0 = -0.8
    let (canvas, scene, frame) = Self.render(x: x0, y: 0.9, curves: [.sigmoid])
    let (bare, _, _) = Self.render(x: x0, y: 0.9, curves: [])
    let probe = try #require(scene.lastLayout.probe)
    let vp = frame.viewport
    let style = PlotStyle()
    let period = style.tangentDash.on + style.tangentDash.off
    let p0 = Point(vp.pixelX(forX: probe.x), vp.pixelY(forY: sigmoid(probe.x)))
    // A point `u` px along the tangent, from its data-space equation.
    func along(_ u: Double) -> Point {
      // dx data per px of x; the line's pixel length per px of x is √(1 + k²).
      let k = -sigmoidDerivative(probe.x) * vp.xPerPixel * vp.yScale
      let dxPixels = u / (1 + k * k).squareRoot()
      let x = probe.x + dxPixels * vp.xPerPixel
      let y = sigmoid(probe.x) + sigmoidDerivative(probe.x) * (x - probe.x)
      return Point(vp.pixelX(forX: x), vp.pixelY(forY: y))
    }
    var dashes = 0, gaps = 0
    let reach = style.tangentHalfLength
    var beyond = 0
    for j in -40...40 where j != 0 {
      for (u, dashIfNear) in [(Double(j) * period, true), ((Double(j) + 0.5) * period, false)] {
        let isDash = dashIfNear && u.magnitude < reach - style.tangentDash.on
        if dashIfNear && !isDash && u.magnitude < reach + period { continue }  // the end dash
        let p = along(u)
        // Only where nothing else is drawn: away from the contact, the curve, the readout.
        guard p.x > vp.plot.left + 4, p.x < vp.plot.right - 4, p.y > vp.plot.top + 4,
          p.y < vp.plot.bottom - 4, (p.x - p0.x).magnitude > 8,
          (vp.pixelY(forY: sigmoid(vp.x(forPixelX: p.x))) - p.y).magnitude > 6,
          !(scene.lastLayout.probe!.readout?.contains(p) ?? false)
        else { continue }
        let x = Int(p.x.rounded(.down)), y = Int(p.y.rounded(.down))
        // A dash covers some pixel next to its centre; a gap (4 px long) leaves the pixel
        // at its centre (nearly) untouched.
        var most = 0.0
        let around = isDash ? 1 : 0
        for dy in -around...around {
          for dx in -around...around {
            most = max(most, CurveProbe.coverage(canvas[x + dx, y + dy], over: bare[x + dx, y + dy],
                                                 color: style.sigmoidColor.argb))
          }
        }
        if isDash {
          #expect(most > 0.6, "no dash at u = \(u): \(most)")
          dashes += 1
        } else {
          #expect(most < 0.2, "no gap at u = \(u): \(most)")
          gaps += 1
          if u.magnitude > reach { beyond += 1 }
        }
      }
    }
    #expect(dashes >= 6 && gaps >= 6 && beyond >= 6, "\(dashes), \(gaps), \(beyond)")
    // The tangent goes only with S.
    let (_, noS, _) = Self.render(x: x0, y: 0.9, curves: [.sigmoidDerivative])
    #expect(noS.lastLayout.probe != nil)
  }

  @Test func readoutSaysWhatProbeReadoutSays() throws {
    for (x, y) in [(-9.5, 0.95), (9.5, 0.05), (0.3, 0.5), (9.8, 0.98)] {
      let (canvas, scene, frame) = Self.render(x: x, y: y)
      let probe = try #require(scene.lastLayout.probe)
      let readout = try #require(ProbeReadout(viewport: frame.viewport, pixelX: frame.pointer!.x,
                                              curves: frame.curves))
      let labels = probe.texts.filter { $0.role == .readoutLabel }.map(\.text)
      let values = probe.texts.filter { $0.role == .readoutValue }.map(\.text)
      #expect(labels == readout.rows.map { $0.label + " =" })
      #expect(values == readout.rows.map(\.value))
      // Inside the plot, clear of the probe line, the pointer in neither.
      let inner = Box(x0: frame.viewport.plot.left, y0: frame.viewport.plot.top,
                      x1: frame.viewport.plot.right, y1: frame.viewport.plot.bottom)
      let b = try #require(probe.readout)
      #expect(inner.contains(b))
      #expect(!b.overlaps(probe.line))
      #expect(!b.contains(frame.pointer!))
      // Values left-aligned in one column, labels right-aligned on their "=".
      let valueBoxes = probe.texts.filter { $0.role == .readoutValue }.map(\.box)
      let labelBoxes = probe.texts.filter { $0.role == .readoutLabel }.map(\.box)
      #expect(Set(valueBoxes.map(\.x0)).count == 1 && Set(labelBoxes.map(\.x1)).count == 1)
      for placed in probe.texts { #expect(b.contains(placed.box)) }
      // Its box is drawn: the border colour at its top edge, (nearly) background inside.
      let midX = Int((b.x0 + b.x1) / 2)
      #expect(canvas[midX, Int(b.y0)] == PlotStyle().legendBorder.argb)
      #expect(SceneFixture.difference(canvas[Int(b.x0) + 2, Int(b.y0) + 2],
                                      PlotStyle().background.argb) <= 32)
    }
  }
}
