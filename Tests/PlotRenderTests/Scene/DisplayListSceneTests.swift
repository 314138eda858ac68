import PlotCore
import Testing

@testable import PlotRender

/// The scene's display list: what the pixels come from, what hit-testing reads, and
/// meaning enough for another writer (polylines with strokes, runs, clips).
@Suite struct DisplayListSceneTests {
  /// The legend hit-test and the pixels cannot disagree: every pixel painted exactly in
  /// an entry's swatch colour hit-tests to that entry's curve, and each entry's drawing
  /// lies inside the region hit-testing reads for it.
  @Test(arguments: [(640, 480, 1.0), (1280, 720, 2.0)])
  func legendClicksLandOnWhatIsDrawn(width: Int, height: Int, scale: Double) throws {
    let (canvas, scene, _) = SceneFixture.render(.standard, width: width, height: height,
                                                 scale: scale, curves: [.sigmoid, .sigmoidDerivative])
    let list = scene.displayList
    #expect(list.legendEntries.map(\.curve) == PlottedCurve.sigmoidCurves)
    #expect(list.legendEntries.map(\.box) == scene.lastLayout.legendEntries.map(\.box))
    #expect(list.dimmedLegendCurves == [.sigmoidSecondDerivative])
    var swatches: [(PlottedCurve, Color)] = []
    for (i, item) in list.items.enumerated() {
      guard case .legendEntry(_, let curve, let dimmed) = item.role,
        case .beginGroup(let bounds, _) = item.content
      else { continue }
      var kinds: [String] = []
      for member in list.members(ofGroupAt: i) {
        #expect(member.role == item.role)
        switch member.content {
        case .rect(let box, let paint):
          #expect(bounds.contains(box))
          let color = scene.style.color(for: curve)
          #expect(paint.color == (dimmed ? scene.style.faded(color) : color))
          swatches.append((curve, paint.color))
          kinds.append("swatch")
        case .text(let run):
          #expect(bounds.contains(run.anchorPoint))
          #expect(run.text == curve.legendName)
          kinds.append("name")
        case .endGroup: break
        default: kinds.append("other")
        }
      }
      #expect(kinds == ["swatch", "name"])
    }
    #expect(swatches.count == PlottedCurve.sigmoidCurves.count)
    let legend = try #require(scene.lastLayout.legend)
    for (curve, color) in swatches {
      var hits = 0
      for y in Int(legend.y0)..<Int(legend.y1) {
        for x in Int(legend.x0)..<Int(legend.x1) where canvas[x, y] == color.argb {
          #expect(scene.legendCurve(at: Point(Double(x) + 0.5, Double(y) + 0.5)) == curve,
                  "pixel \(x), \(y) shows \(curve)'s swatch")
          hits += 1
        }
      }
      #expect(hits > 0, "\(curve)'s swatch is drawn")
    }
  }

  /// Drawing the list's sections one after another is drawing the frame: the stages the
  /// benchmark times are the whole frame, nothing drawn twice or left out.
  @Test func sectionsInOrderDrawTheWholeFrame() {
    let (canvas, scene, _) = SceneFixture.render(.standard, width: 640, height: 480) { frame in
      frame.pointer = Point(300, 220)
      frame.selection = PixelRect(left: 200, top: 150, width: 80, height: 60)
      frame.notice = "saved sigmoid-0001.bmp"
    }
    var scene2 = scene
    let list = scene.displayList
    var next = 0
    for section in DisplayList.Section.allCases {
      let range = list.range(of: section)
      #expect(range.lowerBound == next, "\(section) starts where the last ended")
      next = range.upperBound
    }
    #expect(next == list.items.count)
    var again = Canvas(width: 640, height: 480, background: .black)
    for section in DisplayList.Section.allCases { scene2.rasterize(section, into: &again) }
    // A count, not the arrays: a failing comparison of 300k pixels takes minutes to print.
    let differing = zip(again.pixels, canvas.pixels).filter { $0 != $1 }.count
    #expect(differing == 0)
  }

  /// Curves are their sampled polylines with their stroke, inside the plot's clip, and
  /// the tangent a dashed polyline pair from its point of contact: what an SVG writer
  /// needs to write paths with stroke attributes instead of outlines.
  @Test func curvesStayPolylinesWithTheirStroke() throws {
    let (_, scene, frame) = SceneFixture.render(.standard, width: 640, height: 480) {
      $0.pointer = Point(330, 240)
    }
    let list = scene.displayList
    var sampler = CurveSampler()
    var clipDepth = 0
    var curves: [PlottedCurve] = []
    var tangents = 0
    for item in list.items {
      switch item.content {
      case .beginClip: clipDepth += 1
      case .endClip: clipDepth -= 1
      case .stroke(let runs, let stroke, let dash, let paint):
        #expect(clipDepth == 1, "strokes are drawn inside the plot clip")
        if case .curve(let curve) = item.role {
          curves.append(curve)
          let samples = sampler.sample(curve, in: frame.viewport)
          #expect(runs.map { Array(list.geometry.run($0)) }
                    == samples.runEnds.indices.map { Array(samples.run($0)) })
          #expect(stroke == Stroke(width: scene.style.curveWidth * scene.lastLayout.scale))
          #expect(dash == nil && paint.color == scene.style.color(for: curve))
        } else {
          #expect(item.role == .tangent)
          tangents += 1
          let on = scene.style.tangentDash.on * scene.lastLayout.scale
          #expect(dash == Dash(on: on, off: scene.style.tangentDash.off * scene.lastLayout.scale,
                               phase: on / 2))
          #expect(stroke.cap == .butt)
          #expect(runs.count == 2)
          #expect(Set(runs.map { list.geometry.run($0).first! }).count == 1,
                  "both halves start at the point of contact")
        }
      default: break
      }
    }
    #expect(clipDepth == 0)
    #expect(curves == frame.curves && tangents == 1)
  }

  /// The overlays' groups are the regions the layout gave them.
  @Test func overlayGroupsAreTheirLayoutBoxes() throws {
    let (_, scene, _) = SceneFixture.render(.standard, width: 640, height: 480) {
      $0.pointer = Point(330, 240)
      $0.display.showsHelp = true
    }
    let regions = scene.displayList.regions
    let readout = try #require(scene.lastLayout.probe?.readout)
    let help = try #require(scene.lastLayout.help)
    #expect(regions.filter { $0.role == .readout }.map(\.bounds) == [readout])
    #expect(regions.filter { $0.role == .help }.map(\.bounds) == [help.box])
    // Help is drawn last: topmost at its centre.
    let centre = Point((help.box.x0 + help.box.x1) / 2, (help.box.y0 + help.box.y1) / 2)
    #expect(scene.displayList.regions(at: centre).first?.role == .help)
  }
}
