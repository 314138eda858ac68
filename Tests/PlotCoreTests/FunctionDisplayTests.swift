// Several functions in the viewer's state: listing, adding, removing, the primary one
// (Tab, Shift+click, the picker), the orders keys 1-3 toggle, the y fit over every shown
// curve, the legend's names and the parameter text. No window.

import PlotCore
import Testing

@Suite struct FunctionDisplayTests {
  static func f(_ name: String) -> PlottedCurve {
    PlottedCurve(FunctionCatalogue.function(named: name)!)
  }

  static func display(_ names: [String], orders: Set<DerivativeOrder> = [.value, .first])
    -> DisplayOptions
  {
    var d = DisplayOptions()
    d.setFunctions(names.map(f), orders: orders)
    return d
  }

  static func state(_ names: [String]) -> ViewerState {
    ViewerState(width: 800, height: 600, display: display(names))
  }

  static func row(_ name: String) -> Int {
    FunctionCatalogue.all.firstIndex { $0.names.commandLine == name }!
  }

  @Test func theDefaultIsTheSigmoidAlone() {
    let d = DisplayOptions()
    #expect(d.functions == [.sigmoid] && !d.isMultiFunction)
    #expect(d.primary == .sigmoid && d.tangentCurve == .sigmoid)
    #expect(d.legendName(of: .sigmoidDerivative) == "Sigmoid Derivative")
  }

  @Test func settingFunctionsListsThreeOrdersEachAndShowsTheGivenOnes() {
    let d = Self.display(["gelu", "tanh"])
    #expect(d.functions.map(\.function.names.commandLine) == ["gelu", "tanh"])
    #expect(d.legendCurves.count == 6 && d.isMultiFunction)
    #expect(d.visibleCurves == [Self.f("gelu"), Self.f("gelu").withOrder(.first),
                                Self.f("tanh"), Self.f("tanh").withOrder(.first)])
    #expect(d.primary == Self.f("gelu"))
    #expect(d.tangentCurve == Self.f("gelu"))
  }

  @Test func onlyThePrimaryFunctionHasMarkersAndTheTangent() {
    var d = Self.display(["sigmoid", "gelu"])
    #expect(d.primaryCurves == [.sigmoid, .sigmoidDerivative])
    let r1 = d.makePrimary(Self.f("gelu").withOrder(.second))
    #expect(r1)
    #expect(d.primaryCurves == [Self.f("gelu"), Self.f("gelu").withOrder(.first)])
    #expect(d.primaryLegendCurves.count == 3 && d.primaryLegendCurves.allSatisfy(d.isPrimary))
    #expect(d.tangentCurve == Self.f("gelu"))
    let r2 = d.makePrimary(Self.f("gelu"))
    #expect(!r2, "already primary")
    let r3 = d.makePrimary(Self.f("relu"))
    #expect(!r3, "not listed")
  }

  @Test func tabCyclesThePrimaryBothWaysWithWrapping() {
    var s = Self.state(["sigmoid", "tanh", "gelu"])
    let r4 = s.apply(.cyclePrimary(1))
    #expect(r4)
    #expect(s.display.primary == Self.f("tanh"))
    _ = s.apply(.cyclePrimary(1))
    _ = s.apply(.cyclePrimary(1))
    #expect(s.display.primary == .sigmoid, "wraps past the last")
    _ = s.apply(.cyclePrimary(-1))
    #expect(s.display.primary == Self.f("gelu"), "Shift+Tab wraps before the first")
    var one = Self.state(["gelu"])
    let r5 = one.apply(.cyclePrimary(1))
    #expect(!r5, "one function: nothing to cycle")
  }

  @Test func shiftClickOnALegendEntryMakesItsFunctionPrimary() {
    var s = Self.state(["sigmoid", "silu"])
    let r6 = s.apply(.makePrimary(Self.f("silu").withOrder(.second)))
    #expect(r6)
    #expect(s.display.primary == Self.f("silu"))
    #expect(s.display.visibleCurves.count == 4, "shows and hides nothing")
  }

  @Test func addingAFunctionShowsThePrimarysOrdersAndMakesItPrimary() {
    var d = Self.display(["gelu"], orders: [.first, .second])
    let r7 = d.addFunction(Self.f("mish"))
    #expect(r7)
    #expect(d.primary == Self.f("mish"))
    #expect(d.shownOrders(of: Self.f("mish")) == [.first, .second])
    let r8 = d.addFunction(Self.f("mish"))
    #expect(!r8, "listed already")
    #expect(d.functions.count == 2)
  }

  @Test func removingKeepsTheLastFunctionAndPassesThePrimaryOn() {
    var d = Self.display(["sigmoid", "tanh", "gelu"])
    _ = d.makePrimary(Self.f("tanh"))
    let r9 = d.removeFunction(named: "tanh")
    #expect(r9)
    #expect(d.primary == Self.f("gelu"), "the next one")
    #expect(!d.curves.contains { $0.function.names.commandLine == "tanh" })
    let r10 = d.removeFunction(named: "gelu")
    #expect(r10)
    #expect(d.primary == .sigmoid, "the previous one when it was last")
    let r11 = d.removeFunction(named: "sigmoid")
    #expect(!r11, "the last function stays")
    #expect(!d.isMultiFunction && d.legendName(of: .sigmoid) == "Sigmoid")
  }

  @Test func keysOneToThreeToggleThePrimarysOrders() {
    var s = Self.state(["sigmoid", "gelu"])
    _ = s.apply(.makePrimary(Self.f("gelu")))
    let r12 = s.apply(.toggleOrder(.second))
    #expect(r12)
    #expect(s.display.curves.contains(Self.f("gelu").withOrder(.second)))
    #expect(!s.display.curves.contains(.sigmoidSecondDerivative))
    _ = s.apply(.toggleOrder(.value))
    #expect(!s.display.curves.contains(Self.f("gelu")))
    #expect(s.display.tangentCurve == nil, "the primary's f is hidden")
  }

  @Test func theYFitCoversEveryShownCurve() {
    // GELU reaches 10 at x = 10, the sigmoid stays below 1: the fit must take GELU's top.
    let s = Self.state(["sigmoid", "gelu"])
    #expect(s.viewport.y.max > 10 && s.viewport.y.max < 11)
    var t = Self.state(["sigmoid"])
    #expect(t.viewport.y.max < 1.1)
    // Adding GELU through the picker refits while y is the automatic fit.
    _ = t.apply(.togglePicker)
    _ = t.apply(.pickerChoose(row: Self.row("gelu"), makePrimary: false))
    #expect(t.yIsFitted && t.viewport.y.max > 10)
    _ = t.apply(.pickerChoose(row: Self.row("gelu"), makePrimary: false))
    #expect(t.viewport.y.max < 1.1, "removed again: back to the sigmoid's fit")
  }

  @Test func thePickerOpensOnThePrimaryMovesWithTheArrowsAndCloses() {
    var s = Self.state(["sigmoid", "gelu"])
    let r13 = s.apply(.togglePicker)
    #expect(r13)
    #expect(s.display.picker?.highlighted == 0, "on the primary (sigmoid)")
    let r14 = s.apply(.panStep(dx: 0, dy: -0.1))
    #expect(r14, "Down moves the highlight, not the view")
    #expect(s.display.picker?.highlighted == 1)
    let before = s.viewport
    _ = s.apply(.panStep(dx: 0, dy: 0.1))
    _ = s.apply(.panStep(dx: 0, dy: 0.1))
    #expect(s.display.picker?.highlighted == FunctionCatalogue.all.count - 1, "wraps up")
    #expect(s.viewport == before)
    // Enter adds the highlighted function (hardtanh) and makes it primary.
    let r15 = s.apply(.pickerActivate(makePrimary: false))
    #expect(r15)
    #expect(s.display.primary == Self.f("hardtanh") && s.display.functions.count == 3)
    // Shift+Enter on a listed one makes it primary without removing it.
    _ = s.apply(.pickerMove(-(FunctionCatalogue.all.count - 1 - Self.row("gelu"))))
    #expect(s.display.picker?.highlighted == Self.row("gelu"))
    let r16 = s.apply(.pickerActivate(makePrimary: true))
    #expect(r16)
    #expect(s.display.primary == Self.f("gelu") && s.display.functions.count == 3)
    // Enter on a listed one hides (removes) it.
    _ = s.apply(.pickerActivate(makePrimary: false))
    #expect(!s.display.lists("gelu"))
    let r17 = s.apply(.dismiss)
    #expect(r17 && s.display.picker == nil, "Esc closes it")
    let r18 = s.apply(.pickerActivate(makePrimary: false))
    #expect(!r18, "closed: Enter does nothing")
    let r19 = s.apply(.panStep(dx: 0, dy: -0.1))
    #expect(r19 && s.viewport != before, "arrows pan again")
  }

  @Test func legendNamesSayWhichFunctionOnceThereAreSeveral() {
    var d = Self.display(["gelu", "silu"])
    #expect(d.legendName(of: Self.f("gelu")) == "GELU")
    #expect(d.legendName(of: Self.f("gelu").withOrder(.first)) == "GELU'")
    #expect(d.legendName(of: Self.f("silu").withOrder(.second)) == "SiLU''")
    let silu = try! FunctionSpec.parse("silu:beta=1.7").curve()
    d.setFunctions([Self.f("gelu"), silu], orders: [.value])
    #expect(d.legendName(of: silu) == "SiLU (beta = 1.7)")
    var one = DisplayOptions()
    one.setFunctions([Self.f("gelu")], orders: [.value])
    #expect(one.legendName(of: Self.f("gelu").withOrder(.first)) == "GELU Derivative")
  }

  @Test func parameterTextListsOnlyValuesAwayFromTheDefaults() throws {
    #expect(PlottedCurve.sigmoid.parameterSuffix == "")
    #expect(try FunctionSpec.parse("sigmoid:k=2.5,x0=1").curve().parameterSuffix
      == " (k = 2.5, x0 = 1)")
    #expect(try FunctionSpec.parse("sigmoid:x0=-0.1").curve().parameterSuffix == " (x0 = -0.1)")
    #expect(Self.f("gelu").parameterSuffix == "")
  }
}
