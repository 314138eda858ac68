// Tests of the overlay's provisional frames (PlotScene+Precision.swift's
// progressivePrecision, PlotFrameModel's needsRefinement and renderExact): in the
// window a frame over inputs not evaluated yet (a new parameter value) is sampled and
// drawn without thresholds, says so in the list, and asks to be refined; the refined
// frame is exactly what a scene that never sampled draws; figures are never provisional.

import PlotCore
import Testing
@testable import PlotRender
import TestSupport
import ViewerModel

@Suite struct PrecisionProgressiveTests {
  static let pending = "sampled while input moves: exact when it pauses"

  static func frame(_ spec: String = "sigmoid:k=2.5") throws -> SceneFrame {
    var display = DisplayOptions()
    display.precision = PrecisionOverlay(format: .float16)
    let curve = try FunctionSpec.parse(spec)
    display.setFunctions([curve.curve()], orders: [.value, .first])
    let state = ViewerState(width: 960, height: 600, display: display)
    return SceneFrame(viewport: state.viewport, scale: 1, display: display,
                      drawableWidth: 960, drawableHeight: 600)
  }

  static func draw(_ scene: inout PlotScene, _ frame: SceneFrame) -> DisplayList {
    var canvas = Canvas(width: 960, height: 600)
    scene.render(frame, into: &canvas)
    return scene.displayList
  }

  @Test func aNewParameterValueIsSampledThenRefinedExactly() throws {
    let frame = try Self.frame()
    var scene = PlotScene(font: TestFonts.dejaVu)
    scene.progressivePrecision = true
    _ = Self.draw(&scene, frame)
    #expect(scene.precisionNeedsRefinement)
    #expect(scene.precisionColumns.isProvisional)
    #expect(scene.lastLayout.precision?.thresholdLines.isEmpty == true)
    #expect(scene.lastLayout.texts(.marker).contains { $0.text == Self.pending })
    // The refinement: exact, the same items as a scene that never sampled.
    scene.progressivePrecision = false
    let refined = Self.draw(&scene, frame)
    #expect(!scene.precisionNeedsRefinement && !scene.precisionColumns.isProvisional)
    var plain = PlotScene(font: TestFonts.dejaVu)
    #expect(refined.items == Self.draw(&plain, frame).items)
    #expect(!(scene.lastLayout.precision?.thresholdLines.isEmpty ?? true))
    // Back in the window's mode, the same view is warm: exact at once.
    scene.progressivePrecision = true
    #expect(Self.draw(&scene, frame).items == refined.items)
    #expect(!scene.precisionNeedsRefinement)
  }

  @Test func withoutProgressiveFramesEveryFrameIsExact() throws {
    var scene = PlotScene(font: TestFonts.dejaVu)
    _ = Self.draw(&scene, try Self.frame("sigmoid:k=3"))
    #expect(!scene.precisionNeedsRefinement && !scene.precisionColumns.isProvisional)
    #expect(!scene.lastLayout.texts(.marker).contains { $0.text == Self.pending })
  }

  @Test func theModelRefinesAndItsFiguresAreExact() throws {
    var display = DisplayOptions()
    display.precision = PrecisionOverlay(format: .float16)
    var model = PlotFrameModel(width: 960, height: 600, scale: 1, display: display,
                               font: TestFonts.dejaVu)
    _ = model.apply(.resized(width: 960, height: 600, scale: 1))
    model.progressivePrecision = true
    var canvas = Canvas(width: 960, height: 600)
    model.render(into: &canvas)
    #expect(model.needsRefinement)
    // A figure (the SVG screenshot) is exact, and so is the refined frame.
    let figure = model.displayList()
    var exact = PlotFrameModel(width: 960, height: 600, scale: 1, display: display,
                               font: TestFonts.dejaVu)
    _ = exact.apply(.resized(width: 960, height: 600, scale: 1))
    #expect(figure.items == exact.displayList().items)
    model.render(into: &canvas)  // warm now: exact
    #expect(!model.needsRefinement)
    var fresh = PlotFrameModel(width: 960, height: 600, scale: 1, display: display,
                               font: TestFonts.dejaVu)
    _ = fresh.apply(.resized(width: 960, height: 600, scale: 1))
    fresh.progressivePrecision = true
    fresh.render(into: &canvas)
    #expect(fresh.needsRefinement)
    fresh.renderExact(into: &canvas)
    #expect(!fresh.needsRefinement)
    #expect(fresh.displayList().items == figure.items)
  }
}
