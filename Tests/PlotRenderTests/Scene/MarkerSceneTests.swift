// Tests of Sources/PlotRender/Scene/PlotScene+Markers.swift through real renders: a hollow
// dot on every story point in view, at the pixel the viewport gives, labels clear of each
// other, the legend and the curves; the vanishing-gradient regions shaded; and none of it
// when markers are off.

import PlotCore
import Testing
@testable import PlotRender

@Suite struct MarkerSceneTests {
  static func render(_ view: SceneView = .standard, width: Int = 1000, height: Int = 640,
                     scale: Double = 1, markers: Bool = true, curves: [PlottedCurve] = PlottedCurve.sigmoidCurves,
                     y: ClosedRange<Double>? = nil) -> (Canvas, PlotScene, SceneFrame) {
    var v = view
    if let y { v.y = y }
    return SceneFixture.render(v, width: width, height: height, scale: scale) { f in
      f.curves = curves
      f.display.showsMarkers = markers
    }
  }

  /// Every story point on a drawn curve inside the plot has a marker centred on
  /// (pixelX(x), pixelY(f(x))), white in the middle, its curve's colour on the ring.
  @Test(arguments: [1.0, 2.0])
  func markersAreDrawnAtTheirPoints(scale: Double) throws {
    // A y range that shows S'' whole, so all six points are in view.
    let (canvas, scene, frame) = Self.render(width: Int(1000 * scale), height: Int(640 * scale),
                                             scale: scale, y: -0.15...1.05)
    let vp = frame.viewport
    let layout = scene.lastLayout
    #expect(layout.markers.count == StoryPoints.points(on: PlottedCurve.sigmoidCurves).count)
    let style = PlotStyle()
    for point in StoryPoints.points(on: PlottedCurve.sigmoidCurves) {
      let want = Point(vp.pixelX(forX: point.x), vp.pixelY(forY: point.curve.evaluate(point.x)))
      let marker = try #require(layout.markers.first { $0.center == want }, "\(point.label)")
      #expect(marker.curve == point.curve && marker.kind == point.kind)
      let cx = Int(want.x.rounded(.down)), cy = Int(want.y.rounded(.down))
      #expect(canvas[cx, cy] == style.background.argb, "\(point.label): not hollow")
      let ring = Int((marker.radius - 1).rounded(.down))
      let color = style.color(for: point.curve).argb
      let ringPixels = [(cx - ring, cy), (cx + ring, cy), (cx, cy - ring), (cx, cy + ring)]
      let onRing = ringPixels.filter {
        SceneFixture.difference(canvas[$0.0, $0.1], color) <= 40
      }.count
      #expect(onRing >= 3, "\(point.label): ring")
    }
    // Labels: one per marker here (there is room), clear of each other, the legend, every
    // marker's dot and the curves' samples.
    let labels = layout.texts(.marker)
    #expect(labels.count == StoryPoints.points(on: PlottedCurve.sigmoidCurves).count)
    for (i, a) in labels.enumerated() {
      #expect(StoryPoints.points(on: PlottedCurve.sigmoidCurves).contains { $0.label == a.text })
      for b in labels[(i + 1)...] { #expect(!a.box.overlaps(b.box), "\(a.text) / \(b.text)") }
      if let legend = layout.legend { #expect(!legend.overlaps(a.box), "\(a.text) / legend") }
      #expect(PlotScene.samples(in: a.box, scene.sampled) == 0, "\(a.text) crosses a curve")
      for m in layout.markers {
        let dot = Box(x0: m.center.x - m.radius, y0: m.center.y - m.radius,
                      x1: m.center.x + m.radius, y1: m.center.y + m.radius)
        #expect(!dot.overlaps(a.box), "\(a.text) covers a dot")
      }
    }
  }

  /// On crowded small plots too, a label never crosses a curve (it is left out instead).
  @Test(arguments: [(320, 240), (480, 320), (640, 360), (800, 800)])
  func labelsNeverCrossCurves(width: Int, height: Int) {
    for view in [SceneView.standard, .narrow, .edges] {
      let (_, scene, _) = Self.render(view, width: width, height: height)
      for label in scene.lastLayout.texts(.marker) {
        #expect(PlotScene.samples(in: label.box, scene.sampled) == 0,
                "\(view.name): \(label.text) crosses a curve")
      }
    }
  }

  @Test func markersFollowTheCurvesShown() {
    let (_, scene, _) = Self.render(curves: [.sigmoid])
    #expect(scene.lastLayout.markers.map(\.kind) == [.inflection])
    let (_, none, _) = Self.render(curves: [])
    #expect(none.lastLayout.markers.isEmpty)
    // Out of view: zoomed on x 2...4 nothing is in view (the vanishing x is ~5.99).
    let (_, away, _) = Self.render(SceneView(name: "2:4", x: 2...4, y: nil))
    #expect(away.lastLayout.markers.isEmpty)
  }

  /// With markers off: no dots, no labels, no shading, and the pixels where the dots were
  /// are the curves', as in the plain plot.
  @Test func markersHideWhenOff() {
    let (on, onScene, _) = Self.render()
    let (off, offScene, _) = Self.render(markers: false)
    #expect(offScene.lastLayout.markers.isEmpty && offScene.lastLayout.texts(.marker).isEmpty)
    #expect(offScene.lastLayout.shading.isEmpty)
    let shade = PlotStyle().vanishingShade.argb
    #expect(!off.pixels.contains(shade))
    #expect(on.pixels.contains(shade))
    for m in onScene.lastLayout.markers {
      let cx = Int(m.center.x.rounded(.down)), cy = Int(m.center.y.rounded(.down))
      #expect(on[cx, cy] == PlotStyle().background.argb)
      #expect(off[cx, cy] != PlotStyle().background.argb, "curve missing under \(m.kind)")
    }
  }

  /// Shading covers x beyond ±x_v (S' below 1% of its peak), full plot height, and is the
  /// shade colour where nothing else is drawn.
  @Test func vanishingRegionsAreShaded() throws {
    let (canvas, scene, frame) = Self.render(curves: [])
    let vp = frame.viewport
    let v = SigmoidFunction.vanishingGradientX
    let boxes = scene.lastLayout.shading
    #expect(boxes.count == 2)
    let left = try #require(boxes.first), right = try #require(boxes.last)
    #expect(left.x0 < vp.plot.left + 2 && abs(left.x1 - vp.pixelX(forX: -v)) <= 0.5)
    #expect(abs(right.x0 - vp.pixelX(forX: v)) <= 0.5 && right.x1 > vp.plot.right - 2)
    #expect(left.height > vp.plot.height - 3)
    let shade = PlotStyle().vanishingShade.argb
    // A column in each region, a column between: shade only where it belongs.
    let row = Int(vp.pixelY(forY: 0.37))
    #expect(canvas[Int(vp.pixelX(forX: -8.3)), row] == shade)
    #expect(canvas[Int(vp.pixelX(forX: 8.3)), row] == shade)
    #expect(canvas[Int(vp.pixelX(forX: 3.3)), row] == PlotStyle().background.argb)
    // Zoomed inside the threshold, nothing is shaded.
    let (_, inside, _) = Self.render(SceneView(name: "-3:3", x: -3...3, y: nil), curves: [])
    #expect(inside.lastLayout.shading.isEmpty)
  }
}
