// Tests of the layout's caches (TextWidths.swift, LegendEntries.swift,
// AxisLayoutCache.swift): each answers what working it out again would, and a scene
// reused through zooms, parameter moves, function changes, scale changes and y scales
// lays out and draws every frame exactly as a fresh scene does, so no cache can be stale.

import PlotCore
import Testing
@testable import PlotRender
import ViewerModel

@Suite struct LayoutCacheTests {
  static func curve(_ name: String) -> PlottedCurve {
    PlottedCurve(FunctionCatalogue.function(named: name)!)
  }

  /// Frames of one window, each a change the caches must see: zoom steps, a parameter
  /// moved, a function removed and added, S'' shown, the scale and the y scale changed.
  static func frames() throws -> [SceneFrame] {
    var display = DisplayOptions()
    display.setFunctions(["sigmoid", "tanh", "gelu", "silu"].map(curve), orders: [.value, .first])
    var state = ViewerState(width: 480, height: 320, scale: 1)
    var frames: [SceneFrame] = []
    func add() {
      frames.append(SceneFrame(viewport: state.viewport, scale: state.scale, display: display,
                               drawableWidth: 480, drawableHeight: 320))
    }
    add()
    for _ in 0..<3 {
      _ = state.apply(.wheel(notches: 2, at: Point(300, 150), axes: .both))
      add()
    }
    let silu = curve("silu")
    for beta in [1.7, 2.5] {
      let from = try #require(display.legendCurves.first { $0.function.names.commandLine == "silu" })
      let to = try #require(silu.setting("beta", to: beta))
      let replaced = display.replaceParameters(of: silu.function, from: from.parameters,
                                               to: to.parameters)
      #expect(replaced)
      add()
    }
    display.removeFunction(named: "tanh")
    add()
    display.toggleOrder(.second)
    add()
    display.addFunction(curve("mish"))
    add()
    display.setFunctions([.sigmoid], orders: [.value, .first])
    add()
    state = ViewerState(width: 480, height: 320, scale: 1.5)
    add()
    _ = state.apply(.toggleYScale(.log))
    add()
    return frames
  }

  @Test func reusedSceneLaysOutAndDrawsAsAFreshOne() throws {
    var reused = PlotScene(font: TestFonts.dejaVu)
    var canvas = Canvas(width: 480, height: 320)
    for (i, frame) in try Self.frames().enumerated() {
      var fresh = PlotScene(font: TestFonts.dejaVu)
      #expect(reused.margins(for: frame) == fresh.margins(for: frame), "frame \(i)")
      var freshCanvas = Canvas(width: 480, height: 320)
      reused.render(frame, into: &canvas)
      fresh.render(frame, into: &freshCanvas)
      #expect(reused.lastLayout == fresh.lastLayout, "frame \(i)")
      #expect(canvas.pixels == freshCanvas.pixels, "frame \(i)")
    }
  }

  /// The legend's entries follow a parameter: the moved value is in the text at once.
  @Test func legendEntriesNameTheMovedParameter() throws {
    var scene = PlotScene(font: TestFonts.dejaVu)
    var canvas = Canvas(width: 480, height: 320)
    let frames = try Self.frames()
    for (frame, beta) in [(frames[3], nil), (frames[4], "1.7"), (frames[5], "2.5")] {
      scene.render(frame, into: &canvas)
      let entries = scene.lastLayout.texts.filter { $0.role == .legendEntry }.map(\.text)
      #expect(entries.contains(beta.map { "SiLU (beta = \($0))" } ?? "SiLU"), "\(entries)")
      #expect(entries.count == frame.display.legendCurves.count)
    }
  }

  @Test func legendEntriesAreRemadeOnlyWhenTheListChanges() throws {
    var entries = LegendEntries()
    var display = DisplayOptions()
    display.setFunctions([Self.curve("gelu"), Self.curve("silu")], orders: [.value])
    #expect(entries.names(for: display) == display.legendCurves.map(display.legendName(of:)))
    #expect(entries.names(for: display) == ["GELU", "GELU'", "GELU''", "SiLU", "SiLU'", "SiLU''"])
    #expect(entries.buildCount == 1)
    display.showsGrid = false  // not a legend change
    _ = entries.names(for: display)
    #expect(entries.buildCount == 1)
    display.removeFunction(named: "silu")  // one function: the single-function names
    #expect(entries.names(for: display) == ["GELU", "GELU Derivative", "GELU Second Derivative"])
    #expect(entries.buildCount == 2)
  }

  @Test func textWidthsAreTheMeasuredOnes() {
    var widths = TextWidths()
    let faces = [12.0, 12.5, 18].map { FontFace(font: TestFonts.dejaVu, pixelSize: $0) }
    let texts = ["Sigmoid", "GELU'", "−7.5", "AVAVA", "", "x"]
    for _ in 0..<2 {
      for face in faces {
        for t in texts { #expect(widths.width(t, face) == face.measure(t).width, "\(t)") }
      }
    }
    #expect(widths.measureCount == faces.count * texts.count)
    // Past its capacity it starts again, and stays right.
    for i in 0..<(TextWidths.capacity + 10) {
      let t = "label \(i)"
      #expect(widths.width(t, faces[0]) == faces[0].measure(t).width)
    }
    #expect(widths.width("AVAVA", faces[2]) == faces[2].measure("AVAVA").width)
  }

  @Test func axisLayoutCacheGivesTheAxesOfItsKey() {
    var cache = AxisLayoutCache()
    var state = ViewerState(width: 640, height: 480, scale: 1)
    var views = [state.viewport]
    for _ in 0..<3 {
      _ = state.apply(.wheel(notches: 3, at: Point(200, 200), axes: .both))
      views.append(state.viewport)
    }
    for v in views + views.reversed() {
      for (scale, uniform) in [(1.0, false), (1.0, true), (2.0, false)] {
        let kept = cache.axes(v, scale: scale, uniformDecimals: uniform)
        let made = AxisLayout(viewport: v, scale: scale, uniformDecimals: uniform)
        #expect(kept.x.ticks == made.x.ticks && kept.y.ticks == made.y.ticks)
        #expect(kept.x.offsetLabel == made.x.offsetLabel && kept.y.offsetLabel == made.y.offsetLabel)
      }
    }
    let made = cache.makeCount
    _ = cache.axes(views[0], scale: 2, uniformDecimals: false)
    #expect(cache.makeCount == made)  // the last one asked: kept
  }
}
