// Tests of the probe and markers under the log and logit y scales, through real renders:
// dots and markers sit where the curves' scaled values put them (also past the double
// range under log), and the tangent to S is drawn as the data-space line
// y = S(x0) + S'(x0)(x − x0) mapped through the scale, stopping where y leaves its domain.

import PlotCore
import Testing
@testable import PlotRender

@Suite struct ScaledProbeTests {
  /// The default frame at 1000x640 re-viewed under `scale` with u range `u`.
  static func frame(_ scale: YScale, u: ClosedRange<Double>, x: ClosedRange<Double> = -10...10)
    -> (PlotScene, SceneFrame)
  {
    var (scene, frame) = SceneFixture.frame(.standard, width: 1000, height: 640)
    frame.viewport = Viewport(xMin: x.lowerBound, xMax: x.upperBound, uMin: u.lowerBound,
                              uMax: u.upperBound, plot: frame.viewport.plot, yAxisScale: scale)!
    _ = scene
    return (scene, frame)
  }

  static func render(_ scene: PlotScene, _ frame: SceneFrame) -> (Canvas, PlotScene) {
    var scene = scene
    var canvas = Canvas(width: 1000, height: 640)
    scene.render(frame, into: &canvas)
    return (canvas, scene)
  }

  /// Distance from p to the segment a-b.
  static func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
    let dx = b.x - a.x, dy = b.y - a.y
    let l2 = dx * dx + dy * dy
    let t = l2 > 0 ? min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / l2, 0), 1) : 0
    let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
    return (ex * ex + ey * ey).squareRoot()
  }

  /// Under log and logit: every pixel the probe adds in the sigmoid's colour lies within
  /// 1.5 px of the mapped tangent (or under the dot), there are dashes' worth of them, and
  /// none lies where the tangent's y has left the scale's domain.
  @Test(arguments: [(YScale.log, -3.0, -6.0...0.3), (.logit, -1.0, -4.0...4.0),
                    (.logit, 2.5, -4.0...4.0), (.log, 1.0, -1.0...0.05)])
  func tangentFollowsTheDataSpaceLine(scale: YScale, x0: Double, u: ClosedRange<Double>) {
    var (scene, frame) = Self.frame(scale, u: u)
    frame.curves = [.sigmoid]
    frame.display.showsMarkers = false
    let vp = frame.viewport
    let plain = Self.render(scene, frame).0
    frame.pointer = Point(vp.pixelX(forX: x0), vp.plot.top + 5)
    let (canvas, drawn) = Self.render(scene, frame)
    scene = drawn
    guard let probe = scene.lastLayout.probe else {
      Issue.record("no probe")
      return
    }
    #expect(!(probe.readout?.contains(probe.dots[0].center) ?? false))
    // The tangent in pixels, densely sampled where y is inside the scale's domain.
    let y0 = sigmoid(probe.x), slope = sigmoidDerivative(probe.x)
    var tangent: [[Point]] = [[]]
    var column = vp.plot.left
    while column <= vp.plot.right {
      let x = vp.x(forPixelX: column)
      let py = vp.pixelY(forY: y0 + slope * (x - probe.x))
      if py.isFinite {
        tangent[tangent.count - 1].append(Point(column, max(min(py, 1e5), -1e5)))
      } else if !tangent[tangent.count - 1].isEmpty {
        tangent.append([])
      }
      column += 0.25
    }
    // Where y leaves the domain the mapped line goes vertical: at y = 0 (x = x0 − S/S',
    // u → −∞, down) and under logit at y = 1 (x = x0 + (1 − S)/S', u → +∞, up).
    for (y, down) in [(0.0, true), (1.0, false)] where scale == .logit || y == 0 {
      let px = vp.pixelX(forX: probe.x + (y - y0) / slope)
      let near = px < vp.pixelX(forX: probe.x) ? px + 0.25 : px - 0.25
      let start = vp.pixelY(forY: y0 + slope * (vp.x(forPixelX: near) - probe.x))
      tangent.append([Point(px, start), Point(px, down ? 1e5 : -1e5)])
    }
    let dot = scene.lastLayout.probe!.dots[0].center
    let color = PlotStyle().sigmoidColor.argb
    var near = 0
    for y in Int(vp.plot.top)..<Int(vp.plot.bottom) {
      for x in Int(vp.plot.left)..<Int(vp.plot.right) {
        let a = CurveProbe.coverage(canvas[x, y], over: plain[x, y], color: color)
        guard a > 0.5 else { continue }
        let p = Point(Double(x) + 0.5, Double(y) + 0.5)
        if probe.readout?.contains(p) ?? false { continue }  // its swatch and text
        let fromDot = ((p.x - dot.x) * (p.x - dot.x) + (p.y - dot.y) * (p.y - dot.y)).squareRoot()
        if fromDot <= PlotStyle().probeDotRadius + 2 { continue }
        var best = Double.infinity
        for run in tangent where run.count > 1 {
          for i in 1..<run.count where abs(run[i].x - p.x) < 3 {
            best = min(best, Self.distance(p, run[i - 1], run[i]))
          }
        }
        #expect(best <= 1.5, "\(scale) x0 \(x0): pixel (\(x), \(y)) is \(best) px off the tangent")
        near += 1
      }
    }
    #expect(near > 60, "\(scale) x0 \(x0): only \(near) tangent pixels")
  }

  /// Dots and markers through the scaled values: S' at x = -800 under log (u ≈ -347.4,
  /// where S'(x) is 0 as a double) gets its dot; S'' (negative for x > 0) gets none and
  /// its minimum no marker.
  @Test func dotsAndMarkersUnderLog() throws {
    var (scene, frame) = Self.frame(.log, u: -400...0.5, x: -900...10)
    frame.curves = PlottedCurve.sigmoidCurves
    let vp = frame.viewport
    frame.pointer = Point(vp.pixelX(forX: -800), vp.plot.center.y)
    let (_, drawn) = Self.render(scene, frame)
    scene = drawn
    let probe = try #require(scene.lastLayout.probe)
    #expect(probe.dots.map(\.curve) == [.sigmoid, .sigmoidDerivative, .sigmoidSecondDerivative])
    for dot in probe.dots {
      let want = vp.pixelY(forU: dot.curve.scaledValue(probe.x, in: .log))
      #expect(dot.center.y == want && want < vp.plot.bottom - 10, "\(dot.curve)")
    }
    #expect(sigmoidDerivative(probe.x) == 0)  // the point of the exercise
    let kinds = scene.lastLayout.markers.map(\.kind)
    let onS2 = scene.lastLayout.markers.filter { $0.curve == .sigmoidSecondDerivative }.map(\.kind)
    #expect(onS2.contains(.maximum) && !onS2.contains(.minimum), "\(kinds)")
    for m in scene.lastLayout.markers {
      let point = try #require(StoryPoints.points(on: PlottedCurve.sigmoidCurves).first { $0.kind == m.kind && vp.pixelX(forX: $0.x) == m.center.x })
      #expect(m.center.y == vp.pixelY(forU: point.curve.scaledValue(point.x, in: .log)))
    }
    // x > 0 under log: S'' is negative there, so no dot for it.
    frame.pointer = Point(vp.pixelX(forX: 5), vp.plot.center.y)
    let (_, right) = Self.render(scene, frame)
    let curves = try #require(right.lastLayout.probe?.dots.map(\.curve))
    #expect(curves.contains(.sigmoidDerivative) && !curves.contains(.sigmoidSecondDerivative))
  }
}
