// Tests of Sources/PlotRender/Scene/PlotScene+Kinks.swift and the dead zones of
// PlotScene+Markers.swift: at ReLU's kink the scene draws a filled dot at the value taken
// (relu'(0) = 0), an open dot at the limit not taken (1), an impulse arrow on relu''
// labelled δ, and the dying-ReLU region shaded and labelled; as display-list items, so the
// SVG has them too, and in the rendered pixels.

import PlotCore
import Testing
@testable import PlotRender

@Suite struct KinkSceneTests {
  static let relu = PlottedCurve(ReLUFunction())

  static func render(_ curves: [PlottedCurve], x: ClosedRange<Double> = -2...2,
                     y: ClosedRange<Double> = -0.5...1.5) -> (Canvas, PlotScene, SceneFrame) {
    var (scene, frame) = SceneFixture.frame(SceneView(name: "kinks", x: x, y: y), width: 800,
                                            height: 500, curves: curves)
    frame.display.legendCurves = curves
    frame.display.curves = Set(curves)
    var canvas = Canvas(width: 800, height: 500)
    scene.render(frame, into: &canvas)
    return (canvas, scene, frame)
  }

  @Test func reluKinkDotsAndImpulse() {
    let curves = [Self.relu, Self.relu.withOrder(.first), Self.relu.withOrder(.second)]
    let (canvas, scene, frame) = Self.render(curves)
    let vp = frame.viewport
    let layout = scene.lastLayout
    let d1 = Self.relu.withOrder(.first)
    let dots = layout.kinkDots.filter { $0.curve == d1 }
    let x0 = vp.pixelX(forX: 0)
    #expect(dots.count == 2)
    #expect(dots.contains { $0.filled && $0.center == Point(x0, vp.pixelY(forU: 0)) })
    #expect(dots.contains { !$0.filled && $0.center == Point(x0, vp.pixelY(forU: 1)) })
    // f is continuous at 0 and f'' has no jump: no dots on them.
    #expect(layout.kinkDots.allSatisfy { $0.curve == d1 })
    // One impulse, on f'', upward from its value 0.
    #expect(layout.impulses.count == 1)
    if let arrow = layout.impulses.first {
      #expect(arrow.curve == Self.relu.withOrder(.second) && arrow.weight == 1)
      #expect(arrow.base == Point(x0, vp.pixelY(forU: 0)) && arrow.tip.y < arrow.base.y - 10)
    }
    #expect(layout.texts(.marker).contains { $0.text == "δ" })
    // The display list carries them.
    let roles = scene.displayList.items.map(\.role)
    #expect(roles.contains(.kinkDot(d1, filled: true)))
    #expect(roles.contains(.kinkDot(d1, filled: false)))
    #expect(roles.contains(.impulse(Self.relu.withOrder(.second))))
    // Pixels: the open dot's centre is the background, the filled dot's the curve colour.
    let open = dots.first { !$0.filled }!.center, filled = dots.first { $0.filled }!.center
    let style = PlotStyle()
    #expect(canvas[Int(open.x), Int(open.y)] & 0xFF_FFFF == style.background.argb & 0xFF_FFFF)
    #expect(canvas[Int(filled.x), Int(filled.y)] & 0xFF_FFFF == style.color(for: d1).argb & 0xFF_FFFF)
  }

  @Test func reluDeadZoneIsShadedAndLabelled() {
    let (canvas, scene, frame) = Self.render([Self.relu, Self.relu.withOrder(.first)])
    let layout = scene.lastLayout
    let vp = frame.viewport
    #expect(layout.deadZones.count == 1)
    if let zone = layout.deadZones.first {
      #expect(zone.x1 == vp.pixelX(forX: 0).rounded())
      let style = PlotStyle()
      #expect(canvas[Int(zone.x0) + 3, Int(zone.y1) - 3] & 0xFF_FFFF == style.deadZoneShade.argb & 0xFF_FFFF)
    }
    #expect(layout.texts(.marker).contains { $0.text.contains("dying ReLU") })
    #expect(scene.displayList.items.contains { $0.role == .deadZone })
  }

  /// The sigmoid's frame has none of it (its pictures stay as they were).
  @Test func sigmoidHasNoKinkMarks() {
    let (_, scene, _) = SceneFixture.render(.standard, width: 800, height: 500)
    #expect(scene.lastLayout.kinkDots.isEmpty && scene.lastLayout.impulses.isEmpty)
    #expect(scene.lastLayout.deadZones.isEmpty)
  }

  /// Hardswish: f' breaks at both corners (dots), f'' holds -0.5δ at each (down arrows).
  @Test func hardswishKinks() {
    let h = PlottedCurve(HardswishFunction())
    let (_, scene, _) = Self.render([h, h.withOrder(.first), h.withOrder(.second)],
                                    x: -4...4, y: -1...3.5)
    let layout = scene.lastLayout
    #expect(layout.kinkDots.filter { $0.curve == h.withOrder(.first) }.count == 4)
    #expect(layout.impulses.count == 2 && layout.impulses.allSatisfy { $0.tip.y > $0.base.y })
    #expect(layout.texts(.marker).contains { $0.text == "-0.5δ" })
  }
}
