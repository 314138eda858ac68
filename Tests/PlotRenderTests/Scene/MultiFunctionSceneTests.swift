// Several functions drawn: one colour per function from the Okabe–Ito palette, the order
// by the dash (solid f, dashed f', dotted f''), legend swatches with the dash and names
// that say which curve; markers, shading and the tangent only for the primary function;
// the picker overlay listing the catalogue, hit-tested from the display list. One
// function keeps today's colours, solid lines and names.

import PlotCore
import Testing
@testable import PlotRender
import ViewerModel

@Suite struct MultiFunctionSceneTests {
  static func f(_ name: String) -> PlottedCurve {
    PlottedCurve(FunctionCatalogue.function(named: name)!)
  }

  static func model(_ names: [String], orders: Set<DerivativeOrder> = [.value, .first],
                    width: Int = 900, height: Int = 600) -> PlotFrameModel {
    var display = DisplayOptions()
    display.setFunctions(names.map(f), orders: orders)
    return PlotFrameModel(width: width, height: height, scale: 1, display: display,
                          font: TestFonts.dejaVu)
  }

  /// Every curve stroke's curve, colour and dash, in drawing order.
  static func strokes(_ list: DisplayList) -> [(curve: PlottedCurve, color: Color, dash: Dash?)] {
    list.items.compactMap { item in
      guard case .curve(let c) = item.role, case .stroke(_, _, let dash, let paint) = item.content
      else { return nil }
      return (c, paint.color, dash)
    }
  }

  @Test func eachFunctionHasItsPaletteColourAndEachOrderItsDash() {
    var model = Self.model(["sigmoid", "tanh", "gelu", "silu"], orders: [.value, .first, .second])
    let strokes = Self.strokes(model.displayList())
    let palette = PlotStyle().functionPalette
    #expect(strokes.count == 12)
    for s in strokes {
      let i = ["sigmoid", "tanh", "gelu", "silu"].firstIndex(of: s.curve.function.names.commandLine)!
      #expect(s.color == palette[i], "\(s.curve)")
      switch s.curve.order {
      case .value: #expect(s.dash == nil)
      case .first: #expect(s.dash != nil && s.dash!.on > 1, "dashed")
      case .second: #expect(s.dash != nil && s.dash!.on < 0.5, "dotted: round-capped dots")
      }
    }
    #expect(Set(palette.prefix(4).map(\.argb)).count == 4)
  }

  @Test func oneFunctionKeepsTodaysColoursSolidLinesAndNames() {
    var model = Self.model(["gelu"], orders: [.value, .first, .second])
    let strokes = Self.strokes(model.displayList())
    let style = PlotStyle()
    #expect(strokes.map(\.color) == [style.sigmoidColor, style.derivativeColor,
                                     style.secondDerivativeColor])
    #expect(strokes.allSatisfy { $0.dash == nil })
    #expect(model.withScene { scene, _ in scene.lastLayout.texts(.legendEntry).map(\.text) }
      == ["GELU", "GELU Derivative", "GELU Second Derivative"])
  }

  @Test func legendNamesAndSwatchesSayWhichCurve() throws {
    var display = DisplayOptions()
    display.setFunctions([Self.f("gelu"), try FunctionSpec.parse("silu:beta=1.7").curve()],
                         orders: [.value, .first])
    var model = PlotFrameModel(width: 900, height: 600, scale: 1, display: display,
                               font: TestFonts.dejaVu)
    let list = model.displayList()
    let names = model.withScene { scene, _ in scene.lastLayout.texts(.legendEntry).map(\.text) }
    #expect(names == ["GELU", "GELU'", "GELU''", "SiLU (beta = 1.7)", "SiLU' (beta = 1.7)",
                      "SiLU'' (beta = 1.7)"])
    // Each legend entry of a derivative strokes its swatch with the curve's dash; f's is a bar.
    var dashed: [DerivativeOrder: Int] = [:]
    for (start, item) in list.items.enumerated() {
      guard case .legendEntry(_, let curve, _) = item.role, case .beginGroup = item.content
      else { continue }
      let swatchDash = list.members(ofGroupAt: start).compactMap { member -> Dash? in
        if case .stroke(_, _, let dash, _) = member.content { return dash }
        return nil
      }
      dashed[curve.order, default: 0] += swatchDash.count
    }
    #expect(dashed[.value] == 0 && dashed[.first] == 2 && dashed[.second] == 2)
    #expect(model.withScene { scene, frame in scene.title(for: frame) } == "GELU and SiLU")
  }

  @Test func onlyThePrimaryFunctionHasMarkersAndShading() {
    var model = Self.model(["sigmoid", "gelu"])
    _ = model.displayList()
    let sigmoidMarkers = model.withScene { scene, _ in scene.lastLayout.markers }
    #expect(!sigmoidMarkers.isEmpty)
    #expect(sigmoidMarkers.allSatisfy { $0.curve.function.names.commandLine == "sigmoid" })
    #expect(model.withScene { scene, _ in !scene.lastLayout.shading.isEmpty })
    _ = model.apply(.cyclePrimary(1))
    _ = model.displayList()
    // GELU primary: its own markers and shading (whatever its family gives), as GELU
    // drawn alone on the same view has them; none of the sigmoid's.
    let geluMarkers = model.withScene { scene, _ in scene.lastLayout.markers }
    #expect(geluMarkers.allSatisfy { $0.curve.function.names.commandLine == "gelu" })
    var alone = Self.model(["gelu"])
    _ = alone.displayList()
    let mine = model.withScene { scene, _ in scene.lastLayout.shading }
    let its = alone.withScene { scene, _ in scene.lastLayout.shading }
    #expect(mine.count == its.count)
    #expect(geluMarkers.count == alone.withScene { scene, _ in scene.lastLayout.markers.count })
  }

  @Test func theTangentFollowsThePrimaryFunction() {
    var model = Self.model(["sigmoid", "gelu"])
    _ = model.apply(.cyclePrimary(1))
    let plot = model.state.viewport.plot
    _ = model.apply(.hover(Point(plot.left + plot.width * 0.75, plot.center.y)))
    let list = model.displayList()
    let tangent = list.items.first { if case .tangent = $0.role { return true }; return false }
    guard case .stroke(_, _, _, let paint)? = tangent?.content else {
      Issue.record("no tangent drawn")
      return
    }
    #expect(paint.color == PlotStyle().functionPalette[1], "GELU's colour")
    // The readout lists every shown curve, of both functions.
    #expect(model.readout?.split(separator: "\n").count == 5, "\(model.readout ?? "")")
  }

  @Test func thePickerListsTheCatalogueMarksShownFunctionsAndIsHitTested() {
    var model = Self.model(["gelu", "tanh"])
    _ = model.apply(.togglePicker)
    let list = model.displayList()
    var rows: [(row: Int, shown: Bool, box: Box)] = []
    for region in list.regions {
      if case .pickerEntry(let row, let shown) = region.role { rows.append((row, shown, region.bounds)) }
    }
    #expect(rows.map(\.row) == Array(FunctionCatalogue.all.indices))
    let shown = rows.filter(\.shown).map { FunctionCatalogue.all[$0.row].names.commandLine }
    #expect(Set(shown) == ["gelu", "tanh"])
    let mish = rows.first { FunctionCatalogue.all[$0.row].names.commandLine == "mish" }!
    let centre = Point((mish.box.x0 + mish.box.x1) / 2, (mish.box.y0 + mish.box.y1) / 2)
    #expect(model.pickerRow(at: centre) == mish.row)
    let r1 = model.click(at: centre, makePrimary: false)
    #expect(r1)
    #expect(model.state.display.primary == Self.f("mish") && model.state.display.functions.count == 3)
    #expect(model.legendCurve(at: centre) == nil, "the picker covers the legend")
  }

  @Test(arguments: [(320, 240), (640, 480), (1920, 1080)])
  func thePickerFitsTheCanvas(_ size: (Int, Int)) {
    var model = Self.model(["gelu"], width: size.0, height: size.1)
    _ = model.apply(.togglePicker)
    _ = model.displayList()
    let layout = model.withScene { scene, _ in scene.lastLayout }
    let picker = layout.picker!
    #expect(layout.canvas.contains(picker.box), "\(size)")
    #expect(picker.textSize >= 9)
    for t in picker.texts { #expect(picker.box.contains(t.box), "\(t.text) at \(size)") }
  }
}
