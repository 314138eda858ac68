// Tests of the precision overlay in the scene (PlotScene+Precision*.swift): without a
// format nothing changes (no item, no layout, the same plot); with one the computed
// curves, the strip (under the plot, its x axis shared, 15-20% of the plot's height, its
// own labels), the threshold lines at FormatThresholds' real x and the probe's rows are
// drawn, and the strip turned off gives the plot its room back.

import PlotCore
import Testing
@testable import PlotRender
import ViewerModel

@Suite struct PrecisionSceneTests {
  /// The frame and scene for the default view (or `x`) with `overlay`, margins fitted as
  /// the window fits them.
  static func render(_ overlay: PrecisionOverlay, x: ClosedRange<Double>? = nil,
                     y: ClosedRange<Double>? = nil,
                     width: Int = 960, height: Int = 600, pointer: Point? = nil)
    -> (PlotScene, SceneFrame, Canvas)
  {
    var display = DisplayOptions()
    display.precision = overlay
    var scene = PlotScene(font: TestFonts.dejaVu)
    var state = ViewerState(width: width, height: height, xRange: x, yRange: y, display: display)
    func frame() -> SceneFrame {
      SceneFrame(viewport: state.viewport, scale: 1, display: display, pointer: pointer,
                 drawableWidth: width, drawableHeight: height)
    }
    state.fitMargins(measuredBy: &scene, drawing: frame())
    var canvas = Canvas(width: width, height: height)
    scene.render(frame(), into: &canvas)
    return (scene, frame(), canvas)
  }

  static func precisionItems(_ list: DisplayList) -> [DisplayItem] {
    list.items.filter { if case .precision = $0.role { return true } else { return false } }
  }

  @Test func withoutAFormatNothingIsAdded() {
    let (off, offFrame, _) = Self.render(PrecisionOverlay())
    #expect(off.lastLayout.precision == nil)
    #expect(Self.precisionItems(off.displayList).isEmpty)
    // The same layout and plot as the fixture's scene, which never sets the overlay.
    let (_, plain, plainFrame) = SceneFixture.render(.standard, width: 960, height: 600)
    #expect(offFrame.viewport == plainFrame.viewport)
    #expect(off.lastLayout.texts == plain.lastLayout.texts)
    #expect(off.lastLayout.frameLines == plain.lastLayout.frameLines)
  }

  @Test func overlayDrawsStepsStripAndThresholds() throws {
    let (scene, frame, _) = Self.render(PrecisionOverlay(format: .float16))
    let layout = scene.lastLayout
    let p = try #require(layout.precision)
    let strip = try #require(p.strip)
    let plot = frame.viewport.plot
    // Under the plot, the same x extent, 15-20% of its height.
    #expect(strip.y0 > plot.bottom && strip.x0 >= plot.left - 2 && strip.x1 <= plot.right + 2)
    let ratio = strip.height / plot.height
    #expect(ratio >= 0.15 && ratio <= 0.21, "strip/plot = \(ratio)")
    // The x tick labels moved below the strip; the strip has its own y labels.
    for t in layout.texts(.xTick) { #expect(t.box.y0 >= strip.y1) }
    let stripLabels = layout.texts(.yTick).filter { $0.box.y0 >= strip.y0 - 10 && $0.box.y1 <= strip.y1 + 10 }
    #expect(stripLabels.count >= 2)
    #expect(layout.dropped.isEmpty, "\(layout.dropped)")
    let items = Self.precisionItems(scene.displayList)
    func count(_ part: (PrecisionPart) -> Bool) -> Int {
      items.filter { if case .precision(let q) = $0.role { return part(q) } else { return false } }.count
    }
    #expect(count { if case .steps(.value) = $0 { return true } else { return false } } > 10)
    #expect(count { if case .steps(.first) = $0 { return true } else { return false } } > 10)
    #expect(count { if case .error(.value) = $0 { return true } else { return false } } > 10)
    // Past 7.6246 the textbook S' is 0: the zero band is drawn.
    #expect(count { if case .event(.zero) = $0 { return true } else { return false } } >= 2)
    // Thresholds: one line per distinct real x in view, at FormatThresholds' x.
    let lab = try PrecisionFormula(.labDefault, format: .float16, kind: .textbook)
    let xs = Set(FormatThresholds.compute(lab).compactMap(\.realX).filter { $0 >= -10 && $0 <= 10 })
    #expect(p.thresholdLines.count == xs.count && xs.count >= 2)
    for (line, x) in zip(p.thresholdLines, xs.sorted()) {
      #expect(abs((line.x0 + line.x1) / 2 - frame.viewport.pixelX(forX: x)) <= 1)
    }
    let list = layout.texts(.marker).map(\.text)
    #expect(list.contains { $0.hasPrefix("1  textbook S = 1.0, textbook S' = 0 from 7.6246 (first float16 input 7.625)") })
  }

  @Test func stripOffGivesThePlotItsRoomBack() throws {
    let (on, onFrame, _) = Self.render(PrecisionOverlay(format: .float16))
    let (off, offFrame, _) = Self.render(PrecisionOverlay(format: .float16, showsErrorStrip: false))
    let (none, noneFrame, _) = Self.render(PrecisionOverlay())
    #expect(off.lastLayout.precision?.strip == nil && on.lastLayout.precision?.strip != nil)
    #expect(offFrame.viewport.plot == noneFrame.viewport.plot)
    #expect(onFrame.viewport.plot.height < 0.9 * noneFrame.viewport.plot.height)
    _ = none
  }

  @Test func stepsAreTheFormatsValuesWhereZoomedIn() throws {
    // float16 textbook around 7.6: flat treads at 1 − 2^-10 then at 1 (vertical riser).
    let (scene, frame, _) = Self.render(PrecisionOverlay(format: .float16), x: 7.55...7.7,
                                        y: 0.9985...1.0003)
    let steps = scene.displayList.items.compactMap { item -> Box? in
      if case .precision(.steps(.value)) = item.role, case .rect(let b, _) = item.content { return b }
      return nil
    }
    let vp = frame.viewport
    let one = vp.pixelY(forY: 1)
    let below = vp.pixelY(forY: 1 - 0x1p-10)
    // Treads: wide flat rectangles through 1 and through 1 - 2^-10, a line's width tall.
    func tread(at y: Double) -> Bool {
      steps.contains { $0.y0 <= y && $0.y1 >= y && $0.width > 50 && $0.height <= 3 }
    }
    #expect(tread(at: one) && tread(at: below))
    // The riser: where 7.62109375 and 7.625 round apart, one column spans both treads.
    let riserX = vp.pixelX(forX: (7.62109375 + 7.625) / 2)
    #expect(steps.contains { $0.x0 <= riserX + 1 && $0.x1 >= riserX - 1 && $0.y0 <= one
      && $0.y1 >= below && $0.width <= 2 })
  }

  @Test func probeReadsTheFormat() throws {
    let (scene, frame, _) = Self.render(PrecisionOverlay(format: .float16), x: 7...8,
                                        pointer: nil)
    let px = frame.viewport.pixelX(forX: 7.625)
    let py = frame.viewport.plot.center.y
    let (probed, _, _) = Self.render(PrecisionOverlay(format: .float16), x: 7...8,
                                     pointer: Point(px, py))
    _ = scene
    let texts = try #require(probed.lastLayout.probe).texts.map(\.text)
    #expect(texts.contains("x in float16 ="))
    #expect(texts.contains("textbook S ="))
    #expect(texts.contains { $0.hasPrefix("1.0 (0x3c00)") })
  }
}
