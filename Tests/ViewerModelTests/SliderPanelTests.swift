// The slider panel through the real model and scene: the O key's panel lists k and x0,
// a press on a track sets the value there and a drag follows the pointer, the panel's
// press never pans, the legend shows the moved parameters and avoids the panel, the
// keys step only while the panel is shown, and any key stops a playing parameter.
// SIGMOID_SLIDER_PICTURES=DIR writes the frames drawn here as BMPs to look at.

import Foundation
import PlotCore
import PlotRender
import TestSupport
import Testing
@testable import ViewerModel

@Suite struct SliderPanelTests {
  static let font = Result { try TrueTypeFont(bytes: TestFont.bytes) }

  static func model(width: Int = 1280, height: Int = 720) throws -> PlotFrameModel {
    var m = PlotFrameModel(width: width, height: height, scale: 1, font: try font.get())
    _ = m.apply(.resized(width: width, height: height, scale: 1))
    return m
  }

  /// Draws the model's frame (and saves it when SIGMOID_SLIDER_PICTURES names a folder).
  @discardableResult
  static func draw(_ m: inout PlotFrameModel, _ name: String) -> Canvas {
    var canvas = Canvas(width: m.state.drawableWidth, height: m.state.drawableHeight)
    m.render(into: &canvas)
    if let dir = ProcessInfo.processInfo.environment["SIGMOID_SLIDER_PICTURES"] {
      let bytes = TestBMPImage.encode24(width: canvas.width, height: canvas.height,
                                        pixels: canvas.pixels)
      _ = FileManager.default.createFile(atPath: dir + "/" + name + ".bmp", contents: Data(bytes))
    }
    return canvas
  }

  static func sigmoidParameters(_ m: PlotFrameModel) -> ParameterValues? {
    m.state.display.legendCurves.first { $0.function.names.commandLine == "sigmoid" }?.parameters
  }

  @Test func oShowsOneSliderPerParameterWithItsRange() throws {
    var m = try Self.model()
    for a in InputMap.actions(for: .keyDown("o", modifiers: [], isRepeat: false), scale: 1) {
      if case .input(let i) = a { _ = m.apply(i) }
    }
    Self.draw(&m, "panel")
    let panel = try #require(m.sliderPanel, "O should show the panel")
    #expect(panel.rows.count == 2)
    let texts = panel.texts.map(\.text)
    #expect(texts.contains("k = 1") && texts.contains("x0 = 0"), "\(texts)")
    #expect(texts.contains("0.05") && texts.contains("20"), "k's range ends: \(texts)")
    #expect(panel.rows[0].isSelected && !panel.rows[1].isSelected)
    // The handle sits where the value is along the track.
    let k = panel.rows[0]
    let want = k.trackStart + (1 - 0.05) / (20 - 0.05) * (k.trackEnd - k.trackStart)
    #expect(abs(k.handle.x - want) < 1e-9)
    let legend = try #require(m.scene_legendBox)
    #expect(!legend.overlaps(panel.box), "the legend avoids the panel")
  }

  @Test func pressingATrackSetsTheValueAndDraggingFollows() throws {
    var m = try Self.model()
    _ = m.apply(.parameter(.togglePanel))
    Self.draw(&m, "before-drag")
    let row = try #require(m.sliderPanel?.rows[1])  // x0, range -10...10
    let viewBefore = m.state.viewport
    let quarter = row.trackStart + 0.25 * (row.trackEnd - row.trackStart)
    let pressed = m.apply(.dragBegan(at: Point(quarter, row.trackY)))
    #expect(pressed)
    #expect(Self.sigmoidParameters(m)?[1] == -5, "a quarter along -10...10 is -5")
    #expect(m.state.display.parameterPanel.selected == 1, "the pressed slider is selected")
    for step in 1...20 {
      let x = quarter + Double(step) / 20 * 0.5 * (row.trackEnd - row.trackStart)
      let moved = m.apply(.dragMoved(to: Point(x, row.trackY + 40)))  // off the track: still held
      #expect(moved)
      let f = (x - row.trackStart) / (row.trackEnd - row.trackStart)
      let want = FunctionParameter.snapped(-10 + 20 * f, decimals: 1)
      #expect(Self.sigmoidParameters(m)?[1] == want)
      Self.draw(&m, "drag")
      // The legend follows on every frame of the drag.
      let names = m.legendEntries.map { $0.curve.legendName + $0.curve.parameterSuffix }
      #expect(names[0] == (want == 0 ? "Sigmoid" : "Sigmoid (x0 = \(FunctionParameter.text(want)))"))
    }
    _ = m.apply(.dragEnded)
    #expect(m.state.viewport == viewBefore, "a slider drag never moves the view")
    #expect(m.state.history.back.isEmpty, "nor enters the view history")
  }

  @Test func aPressOnThePanelOffTheTracksDoesNotPan() throws {
    var m = try Self.model()
    _ = m.apply(.parameter(.togglePanel))
    Self.draw(&m, "panel")
    let panel = try #require(m.sliderPanel)
    let before = m.state.viewport
    let p = Point(panel.box.x0 + 3, panel.box.y0 + 3)
    _ = m.apply(.dragBegan(at: p))
    _ = m.apply(.dragMoved(to: Point(p.x - 200, p.y - 100)))
    _ = m.apply(.dragEnded)
    #expect(m.state.viewport == before)
    // Hidden, the same press pans.
    _ = m.apply(.parameter(.togglePanel))
    Self.draw(&m, "hidden")
    _ = m.apply(.dragBegan(at: p))
    _ = m.apply(.dragMoved(to: Point(p.x - 200, p.y - 100)))
    _ = m.apply(.dragEnded)
    #expect(m.state.viewport != before)
  }

  @Test func theArrowsStepOnlyWhileThePanelIsShown() throws {
    func act(_ m: inout PlotFrameModel, _ key: Key, _ mods: KeyModifiers = []) {
      for a in InputMap.actions(for: .keyDown(key, modifiers: mods, isRepeat: false), scale: 1,
                                slidersShown: m.slidersShown) {
        if case .input(let i) = a { _ = m.apply(i) }
      }
    }
    var m = try Self.model()
    let view = m.state.viewport
    act(&m, .right)
    #expect(m.state.viewport != view, "hidden: the arrows pan")
    #expect(Self.sigmoidParameters(m) == ParameterValues([1, 0]))
    var n = try Self.model()
    act(&n, "o")
    let start = n.state.viewport
    act(&n, .right)
    #expect(Self.sigmoidParameters(n) == ParameterValues([1.05, 0]))
    act(&n, .right, .shift)
    #expect(Self.sigmoidParameters(n) == ParameterValues([1.055, 0]))
    act(&n, .up, .control)
    #expect(Self.sigmoidParameters(n) == ParameterValues([1.555, 0]))
    act(&n, "-")
    #expect(Self.sigmoidParameters(n) == ParameterValues([1.505, 0]))
    act(&n, .end)
    #expect(Self.sigmoidParameters(n) == ParameterValues([20, 0]))
    act(&n, .home)
    #expect(Self.sigmoidParameters(n) == ParameterValues([0.05, 0]))
    act(&n, "]")
    act(&n, .left)
    #expect(Self.sigmoidParameters(n) == ParameterValues([0.05, -0.1]))
    #expect(n.state.viewport == start, "stepping parameters moves no view")
    act(&n, .left, .alt)
    #expect(Self.sigmoidParameters(n) == ParameterValues([0.05, -0.1]), "Alt+Left is the history")
    act(&n, "r", .shift)
    #expect(Self.sigmoidParameters(n) == ParameterValues([1, 0]))
    Self.draw(&n, "reset")
  }

  @Test func spacePlaysAndAnyKeyOrClickStops() throws {
    var m = try Self.model()
    _ = m.apply(.parameter(.togglePanel))
    let view = m.state.viewport
    _ = m.apply(.parameter(.togglePlay))
    #expect(m.isPlaying)
    var values: [Double] = []
    for _ in 0..<30 {
      _ = m.apply(.parameter(.advance(seconds: 1.0 / 60)))
      values.append(Self.sigmoidParameters(m)![0])
      Self.draw(&m, "playing")
    }
    #expect(values.last! > values.first!, "k rises")
    #expect(m.state.viewport == view, "the view does not move while a parameter plays")
    // An unbound key stops it.
    for a in InputMap.actions(for: .keyDown("x", modifiers: [], isRepeat: false), scale: 1,
                              slidersShown: true) {
      if case .input(let i) = a { _ = m.apply(i) }
    }
    #expect(!m.isPlaying)
    _ = m.apply(.parameter(.togglePlay))
    _ = m.apply(.dragBegan(at: Point(640, 300)))
    #expect(!m.isPlaying, "a click stops it")
  }

  /// A frame after a change re-samples the curves that carry the changed parameter and
  /// only those: with SiLU shown beside S and S', moving k samples S and S' anew, and
  /// moving SiLU's beta samples SiLU alone.
  @Test func aChangeResamplesOnlyItsOwnCurves() throws {
    var d = DisplayOptions()
    let silu = PlottedCurve(SiLUFunction())
    d.legendCurves.append(silu)
    d.curves.insert(silu)
    var m = PlotFrameModel(width: 800, height: 500, scale: 1, display: d, font: try Self.font.get())
    _ = m.apply(.resized(width: 800, height: 500, scale: 1))
    _ = m.apply(.parameter(.togglePanel))
    Self.draw(&m, "three")
    func sampled(after input: ParameterInput) -> Int {
      let before = m.withScene { scene, _ in scene.samplingCount }
      _ = m.apply(.parameter(input))
      Self.draw(&m, "three")
      return m.withScene { scene, _ in scene.samplingCount } - before
    }
    #expect(sampled(after: .step(1)) == 2, "k: S and S'")
    #expect(sampled(after: .select(2)) == 0, "a new selection: nothing")
    #expect(sampled(after: .step(1)) == 1, "beta: SiLU alone")
    #expect(m.state.display.visibleCurves.map(\.parameterSuffix) == [" (k = 1.05)", " (k = 1.05)", " (beta = 1.05)"])
  }
}

extension PlotFrameModel {
  /// The legend's box in the last frame drawn.
  var scene_legendBox: Box? {
    legendEntries.isEmpty ? nil : legendEntries.map(\.box).reduce(legendEntries[0].box) {
      Box(x0: Swift.min($0.x0, $1.x0), y0: Swift.min($0.y0, $1.y0), x1: Swift.max($0.x1, $1.x1),
          y1: Swift.max($0.y1, $1.y1))
    }
  }
}
