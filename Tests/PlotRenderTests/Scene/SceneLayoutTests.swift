// Tests of Sources/PlotRender/Scene/PlotScene+Layout.swift: over many canvas sizes, scale
// factors and views, no two texts overlap, none touches the frame or a tick mark, all stay
// on the canvas, and the texts that matter are all there.

import PlotCore
import Testing
@testable import PlotRender

/// A canvas size in device pixels.
struct CanvasSize: Sendable, CustomTestStringConvertible {
  var width: Int, height: Int
  var testDescription: String { "\(width)x\(height)" }
}

let layoutSizes: [CanvasSize] = [
  .init(width: 320, height: 240), .init(width: 333, height: 517), .init(width: 641, height: 481),
  .init(width: 1280, height: 720), .init(width: 7680, height: 4320),
  .init(width: 4000, height: 240), .init(width: 320, height: 3000), .init(width: 16384, height: 260),
]
let layoutScales: [Double] = [0.25, 0.5, 1, 1.5, 2, 3, 16]

@Suite struct SceneLayoutTests {
  /// Every problem with one layout, as readable lines (empty when it holds).
  static func problems(_ layout: SceneLayout, _ frame: SceneFrame) -> [String] {
    var found: [String] = []
    let texts = layout.texts.filter { $0.role != .notice }
    for t in texts where !layout.canvas.contains(t.box) {
      found.append("\(t.role) \"\(t.text)\" \(t.box) leaves the canvas \(layout.canvas)")
    }
    for i in texts.indices {
      for j in texts.indices where j > i && texts[i].box.overlaps(texts[j].box) {
        found.append("\(texts[i].role) \"\(texts[i].text)\" \(texts[i].box) overlaps "
          + "\(texts[j].role) \"\(texts[j].text)\" \(texts[j].box)")
      }
      for line in layout.frameLines + layout.tickMarks where line.overlaps(texts[i].box) {
        found.append("\(texts[i].role) \"\(texts[i].text)\" \(texts[i].box) crosses line \(line)")
      }
    }
    for t in layout.dropped {
      found.append("\(t.role) \"\(t.text)\" \(t.box) left out: no room where the layout put it")
    }
    // What must be there: title, both axis labels, at least two tick labels per axis,
    // the offset labels the ticks call for, and the legend.
    for role in [TextRole.title, .xLabel, .yLabel] where layout.texts(role).count != 1 {
      found.append("no \(role)")
    }
    for role in [TextRole.xTick, .yTick] where layout.texts(role).count < 2 {
      found.append("only \(layout.texts(role).count) \(role) labels")
    }
    let xTicks = frame.viewport.xTicks(targetSpacing: AxisLayout.xSpacing * layout.scale)
    let yTicks = frame.viewport.yTicks(targetSpacing: AxisLayout.ySpacing * layout.scale)
    if (xTicks.offsetLabel != nil) != (layout.texts(.xOffset).count == 1) { found.append("x offset") }
    if (yTicks.offsetLabel != nil) != (layout.texts(.yOffset).count == 1) { found.append("y offset") }
    // The legend may be left out only on a canvas under 480x360 points.
    let roomy = layout.canvas.width >= 480 * layout.scale && layout.canvas.height >= 360 * layout.scale
    if roomy && layout.legend == nil { found.append("no legend") }
    // Every curve has an entry, a hidden one too (dimmed, to click it back on).
    if layout.texts(.legendEntry).count != (layout.legend == nil ? 0 : PlottedCurve.sigmoidCurves.count) {
      found.append("legend entries")
    }
    if let legend = layout.legend, !layout.plotFrame.contains(legend) {
      found.append("legend \(legend) outside the plot \(layout.plotFrame)")
    }
    // Explore mode: marker labels inside the plot and off the legend; the readout, a
    // tooltip over the curves, inside the plot; the help inside the canvas, its texts
    // apart and within its box.
    for t in layout.texts(.marker) {
      if let legend = layout.legend, legend.overlaps(t.box) {
        found.append("marker \"\(t.text)\" \(t.box) overlaps the legend \(legend)")
      }
      if !layout.plotFrame.contains(t.box) { found.append("marker \"\(t.text)\" outside the plot") }
    }
    if let probe = layout.probe {
      found += ReadoutPlacementTests.problems(probe, layout, frame)
    }
    if let help = layout.help {
      if !layout.canvas.contains(help.box) { found.append("help \(help.box) leaves the canvas") }
      for (i, t) in help.texts.enumerated() {
        if !help.box.contains(t.box) { found.append("help \"\(t.text)\" outside its box") }
        if help.textSize < 9 { found.append("help text \(help.textSize) px") }
        for u in help.texts[(i + 1)...] where t.box.overlaps(u.box) {
          found.append("help \"\(t.text)\" overlaps \"\(u.text)\"")
        }
      }
    }
    return found
  }

  @Test(arguments: layoutSizes, layoutScales)
  func textsNeverOverlapAndAllFit(size: CanvasSize, scale: Double) {
    for view in SceneView.all {
      var (scene, frame) = SceneFixture.frame(view, width: size.width, height: size.height,
                                              scale: scale)
      let layout = scene.layout(for: frame, width: size.width, height: size.height)
      let found = Self.problems(layout, frame)
      #expect(found.isEmpty, "\(view.name) at scale \(scale): \(found.joined(separator: "; "))")
      // Only a canvas too small for the scale lowers it.
      let roomy = Double(size.width) >= 320 * scale && Double(size.height) >= 240 * scale
      #expect(!roomy || layout.scale == scale, "\(view.name): scale \(layout.scale) not \(scale)")
    }
  }

  /// Everything explore mode adds, at once: all three curves, markers, the probe near the
  /// plot's lower right (so the readout must flip) and the help, over the same sizes and
  /// scales and the views where the story points are in view or just out of it.
  @Test(arguments: layoutSizes, layoutScales)
  func exploreModeKeepsTheLayoutClean(size: CanvasSize, scale: Double) {
    for view in [SceneView.standard, .narrow, .zoomThirty, .edges] {
      var (scene, frame) = SceneFixture.frame(view, width: size.width, height: size.height,
                                              scale: scale, curves: PlottedCurve.sigmoidCurves)
      let plot = frame.viewport.plot
      frame.pointer = Point(plot.left + 0.9 * plot.width, plot.top + 0.8 * plot.height)
      frame.display.showsHelp = true
      let layout = scene.layout(for: frame, width: size.width, height: size.height)
      let found = Self.problems(layout, frame)
      #expect(found.isEmpty, "\(view.name) at scale \(scale): \(found.joined(separator: "; "))")
      #expect(layout.probe != nil && layout.help != nil, "\(view.name) at scale \(scale)")
    }
  }

  /// The render records the same layout the layout function computes.
  @Test func renderRecordsItsLayout() {
    var (canvasScene, frame) = SceneFixture.frame(.farNarrow, width: 500, height: 400)
    var canvas = Canvas(width: 500, height: 400)
    canvasScene.render(frame, into: &canvas)
    #expect(canvasScene.lastLayout == canvasScene.layout(for: frame, width: 500, height: 400))
    #expect(canvasScene.lastLayout.texts.count > 10)
  }

  /// Text boxes double with the scale (HiDPI): the 2560x1440 layout at scale 2 is the
  /// 1280x720 one at scale 1, every box twice the size within 3 points: baselines are
  /// whole pixels and x-height snapping stretches each face by up to ~1 px at either size.
  @Test func boxesDoubleAtScaleTwo() {
    var (scene1, frame1) = SceneFixture.frame(.standard, width: 1280, height: 720, scale: 1)
    var (scene2, frame2) = SceneFixture.frame(.standard, width: 2560, height: 1440, scale: 2)
    let one = scene1.layout(for: frame1, width: 1280, height: 720)
    let two = scene2.layout(for: frame2, width: 2560, height: 1440)
    #expect(one.texts.map(\.text) == two.texts.map(\.text))
    for (a, b) in zip(one.texts, two.texts) {
      let worst = max(abs(2 * a.box.x0 - b.box.x0), abs(2 * a.box.y0 - b.box.y0),
                      abs(2 * a.box.x1 - b.box.x1), abs(2 * a.box.y1 - b.box.y1))
      #expect(worst <= 6, "\(a.text): \(a.box) ×2 vs \(b.box)")
    }
    #expect(abs(2 * one.plotFrame.width - two.plotFrame.width) <= 2)
  }

  /// A title wider than the canvas is shortened with an ellipsis, not cut by the edge.
  @Test func longTitleIsEllipsized() {
    var (scene, frame) = SceneFixture.frame(.standard, width: 320, height: 240)
    scene.title = String(repeating: "Sigmoid ", count: 20)
    let layout = scene.layout(for: frame, width: 320, height: 240)
    let title = layout.texts(.title)
    #expect(title.count == 1 && title[0].text.hasSuffix("…") && layout.canvas.contains(title[0].box))
  }
}
