// Tests of the scene's texts that issue 9 found rough: the key help at every canvas size
// (legible, never under 9 px, says how to close it), tick labels with the real minus
// sign, marker labels that never meet each other or the legend, and the notice kept off
// the curves' tails near y = 0.

import PlotCore
import Testing
@testable import PlotRender
import ViewerModel

@Suite struct OverlayTextTests {
  static let helpSizes: [CanvasSize] = [
    .init(width: 1, height: 1), .init(width: 60, height: 40), .init(width: 120, height: 90),
    .init(width: 200, height: 150), .init(width: 240, height: 180), .init(width: 320, height: 240),
    .init(width: 400, height: 300), .init(width: 480, height: 360), .init(width: 640, height: 480),
    .init(width: 1280, height: 720), .init(width: 4000, height: 240), .init(width: 320, height: 3000),
    .init(width: 300, height: 900), .init(width: 900, height: 200),
  ]

  /// At every size and scale the help draws no text under 9 px, keeps its texts apart,
  /// inside its box and the canvas, and says how to close it; from 320 x 240 device pixels
  /// up it lists every binding (in short form where the full table does not fit), and
  /// from 640 x 480 points (and pixels) up in full.
  @Test(arguments: helpSizes, [0.5, 1.0, 2.0])
  func helpIsLegibleAtEverySize(size: CanvasSize, scale: Double) throws {
    var (scene, frame) = SceneFixture.frame(.standard, width: size.width, height: size.height,
                                            scale: scale)
    frame.display.showsHelp = true
    let layout = scene.layout(for: frame, width: size.width, height: size.height)
    let help = try #require(layout.help)
    let context = "\(size.width)x\(size.height)@\(scale)"
    if !help.texts.isEmpty {
      #expect(help.textSize >= 9, "\(context): \(help.textSize) px text")
      #expect(layout.canvas.contains(help.box), "\(context): box leaves the canvas")
    }
    for (i, t) in help.texts.enumerated() {
      #expect(help.box.contains(t.box), "\(context): \(t.text) outside the box")
      for u in help.texts[(i + 1)...] {
        #expect(!t.box.overlaps(u.box), "\(context): \(t.text) / \(u.text)")
      }
    }
    let keys = help.texts.filter { $0.role == .helpKeys }.map(\.text)
    let hints = help.texts.filter { $0.role == .helpHint }.map(\.text)
    if size.width >= 320 && size.height >= 240 {
      #expect(keys.count == BindingTable.help.entries.count, "\(context): \(keys.count) bindings listed")
      #expect(hints.contains { $0.contains("Esc") && $0.contains("H") }, "\(context): \(hints)")
    }
    let points = max(1, scale)  // below scale 1 the text is still at least 9 px
    if Double(size.width) >= 640 * points && Double(size.height) >= 480 * points {
      #expect(keys == BindingTable.help.entries.map(\.keys), "\(context): not the full table")
      #expect(hints == [BindingTable.help.closeHint])
    }
    if keys.isEmpty && !help.texts.isEmpty {
      // Too small for the table: it says so (or at least how to close it).
      #expect(hints.contains { $0.contains("Esc") }, "\(context): \(hints)")
    }
  }

  /// The short table names every binding once, with distinct keys.
  @Test func compactHelpKeepsEveryBinding() {
    let short = BindingTable.help.compactEntries
    #expect(short.count == BindingTable.help.entries.count)
    #expect(Set(short.map(\.keys)).count == short.count, "\(short.map(\.keys))")
    for (s, e) in zip(short, BindingTable.help.entries) {
      #expect(s.keys.count <= e.keys.count && s.action.count <= e.action.count)
    }
  }

  /// Tick labels (and offset labels) of every view and y scale write minus as U+2212,
  /// never as the ASCII hyphen, and DejaVu has the glyph, drawn wider than a hyphen.
  @Test func tickLabelsUseTheMinusSign() throws {
    var negatives = 0
    var views = SceneView.all
    views.append(SceneView(name: "y -1:1", x: -3...3, y: -1...1))
    for view in views {
      var (scene, frame) = SceneFixture.frame(view, width: 800, height: 500)
      frame.curves = Curve.allCases
      for scale in [YScale.linear, .log, .logit] {
        if scale != .linear {
          let vp = frame.viewport
          guard let v = Viewport(xMin: vp.x.min, xMax: vp.x.max, uMin: -8, uMax: scale == .log ? 0.2 : 8,
                                 plot: vp.plot, yAxisScale: scale)
          else { continue }
          frame.viewport = v
        }
        let layout = scene.layout(for: frame, width: 800, height: 500)
        for t in layout.texts where [.xTick, .yTick, .xOffset, .yOffset].contains(t.role) {
          #expect(!t.text.contains("-"), "\(view.name) \(scale): \(t.text)")
          if t.text.contains("\u{2212}") { negatives += 1 }
        }
      }
    }
    #expect(negatives >= 10, "\(negatives) labels with a minus")
    let font = TestFonts.dejaVu
    #expect(font.glyphIndex(for: "\u{2212}") != 0)
    let face = FontFace(font: font, pixelSize: 13)
    #expect(face.measure("\u{2212}").width > face.measure("-").width)
  }

  /// Marker labels over zooms about every story point, sizes and scales, with all
  /// curves: pairwise apart, off the legend, inside the plot; every marker in view keeps
  /// its dot even when its label had no room.
  @Test(arguments: [CanvasSize(width: 320, height: 240), CanvasSize(width: 480, height: 320),
                    CanvasSize(width: 1000, height: 640)], [1.0, 2.0])
  func markerLabelsNeverMeet(size: CanvasSize, scale: Double) {
    var unlabelled = 0
    for center in [-6.0, -1.3, 0, 1.3, 6] {
      for half in [0.05, 0.5, 2, 6, 12, 40, 400] {
        for y: ClosedRange<Double>? in [nil, -0.15...1.05, -0.12...0.3] {
          let view = SceneView(name: "x \(center)±\(half)", x: (center - half)...(center + half), y: y)
          var (scene, frame) = SceneFixture.frame(view, width: size.width, height: size.height,
                                                  scale: scale, curves: Curve.allCases)
          let layout = scene.layout(for: frame, width: size.width, height: size.height)
          let labels = layout.texts(.marker)
          let context = "\(view.name) y \(String(describing: y)) \(size.width)x\(size.height)@\(scale)"
          for (i, a) in labels.enumerated() {
            for b in labels[(i + 1)...] {
              #expect(!a.box.overlaps(b.box), "\(context): \(a.text) / \(b.text)")
            }
            if let legend = layout.legend {
              #expect(!legend.overlaps(a.box), "\(context): \(a.text) / legend")
            }
            #expect(layout.plotFrame.contains(a.box), "\(context): \(a.text) outside")
          }
          // Every story point inside the plot has its marker, labelled or not.
          let vp = frame.viewport
          let inView = StoryPoints.points(on: Curve.allCases).filter { p in
            let c = Point(vp.pixelX(forX: p.x), vp.pixelY(forY: p.curve.evaluate(p.x)))
            return c.x > layout.plotFrame.x0 + 2 && c.x < layout.plotFrame.x1 - 2
              && c.y > layout.plotFrame.y0 + 2 && c.y < layout.plotFrame.y1 - 2
          }
          #expect(layout.markers.count >= inView.count, "\(context)")
          unlabelled += layout.markers.count - labels.count
        }
      }
    }
    _ = unlabelled
  }

  /// The notice, over views and sizes where the curves' tails run along y = 0, covers no
  /// curve pixel: inside its box the frame equals the frame without the notice except for
  /// the notice itself, and the same view without curves has the same pixels there when
  /// the notice is absent (so no curve was under it). It also stays off the legend.
  @Test(arguments: [(1280, 720), (640, 480), (480, 320), (320, 240)])
  func noticeAvoidsTheTails(width: Int, height: Int) throws {
    let views = [SceneView.standard, .narrow, SceneView(name: "x ±30", x: -30...30, y: nil),
                 SceneView(name: "x 0:12", x: 0...12, y: nil)]
    for view in views {
      for curves in [[Curve.sigmoid, .derivative], Curve.allCases, [.derivative]] {
        var (scene, frame) = SceneFixture.frame(view, width: width, height: height, curves: curves)
        frame.display.showsMarkers = false  // their dots and labels would count as curves
        frame.notice = "saved sigmoid-20260101-120000.bmp"
        var canvas = Canvas(width: width, height: height)
        scene.render(frame, into: &canvas)
        let box = try #require(scene.lastLayout.notice, "\(view.name)")
        if let legend = scene.lastLayout.legend { #expect(!legend.overlaps(box)) }
        #expect(scene.lastLayout.canvas.contains(box))
        // What lies under the box: the frame without the notice, against the frame with
        // no curves (and no notice).
        var plain = frame
        plain.notice = nil
        var under = Canvas(width: width, height: height)
        scene.render(plain, into: &under)
        var bare = plain
        bare.curves = []
        var empty = Canvas(width: width, height: height)
        let legend = scene.lastLayout.legend
        scene.render(bare, into: &empty)
        let legends = [legend, scene.lastLayout.legend].compactMap { $0 }
        var covered = 0
        for y in Int(box.y0)..<Int(box.y1) {
          for x in Int(box.x0)..<Int(box.x1) {
            if legends.contains(where: { $0.contains(Point(Double(x) + 0.5, Double(y) + 0.5)) }) {
              continue
            }
            if SceneFixture.difference(under[x, y], empty[x, y]) > 24 { covered += 1 }
          }
        }
        #expect(covered == 0, "\(view.name) \(curves) \(width)x\(height): \(covered) curve pixels under \(box)")
      }
    }
  }
}
