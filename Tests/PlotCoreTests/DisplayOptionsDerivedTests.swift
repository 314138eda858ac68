// Tests of Sources/PlotCore/DisplayOptions+Derived.swift: the lists DisplayOptions keeps
// (drawn curves, functions, primary and its curves) always equal what the choices imply,
// after every kind of change: functions added, removed and cycled, orders toggled,
// parameters moved, and the stored choices set directly or mutated in place.

import Testing
@testable import PlotCore

@Suite struct DisplayOptionsDerivedTests {
  /// The derived lists worked out afresh from the three stored choices, by the
  /// definitions (not by DisplayDerived), to compare the kept ones against.
  static func expectFresh(_ d: DisplayOptions, _ step: String) {
    let family = { (c: PlottedCurve) in c.function.names.commandLine }
    let visible = d.legendCurves.filter { d.curves.contains($0) }
    var functions: [PlottedCurve] = []
    for c in d.legendCurves where !functions.contains(where: { family($0) == family(c) }) {
      functions.append(PlottedCurve(c.function, .value, parameters: c.parameters))
    }
    let primary = functions.first { family($0) == d.primaryName } ?? functions.first
    let isPrimary = { (c: PlottedCurve) in primary.map { family($0) == family(c) } ?? false }
    let multi = Set(d.legendCurves.map(family)).count > 1
    #expect(d.visibleCurves == visible, "visibleCurves after \(step)")
    #expect(d.functions == functions, "functions after \(step)")
    #expect(d.isMultiFunction == multi, "isMultiFunction after \(step)")
    #expect(d.primary == primary, "primary after \(step)")
    #expect(d.primaryCurves == visible.filter(isPrimary), "primaryCurves after \(step)")
    #expect(d.primaryLegendCurves == d.legendCurves.filter(isPrimary),
            "primaryLegendCurves after \(step)")
    #expect(d.tangentCurve == visible.first { $0.order == .value && isPrimary($0) },
            "tangentCurve after \(step)")
  }

  static func curve(_ name: String) -> PlottedCurve {
    PlottedCurve(FunctionCatalogue.function(named: name)!)
  }

  @Test func keptListsFollowEveryKindOfChange() throws {
    var d = DisplayOptions()
    Self.expectFresh(d, "init")
    d.setFunctions([Self.curve("gelu"), Self.curve("silu"), Self.curve("tanh")],
                   orders: [.value, .first])
    Self.expectFresh(d, "setFunctions")
    d.addFunction(.sigmoid)
    Self.expectFresh(d, "addFunction")
    d.cyclePrimary(by: 1)
    Self.expectFresh(d, "cyclePrimary")
    d.makePrimary(Self.curve("silu"))
    Self.expectFresh(d, "makePrimary")
    d.toggleOrder(.second)
    Self.expectFresh(d, "toggleOrder")
    d.toggle(Self.curve("gelu").withOrder(.first))
    Self.expectFresh(d, "toggle")
    d.removeFunction(named: "silu")
    Self.expectFresh(d, "removeFunction of the primary")
    // A parameter moved: every curve of the group is a new curve.
    let silu = try #require(Self.curve("silu").setting("beta", to: 1.7))
    d.addFunction(silu)
    let faster = try #require(silu.setting("beta", to: 2.5))
    let replaced = d.replaceParameters(of: silu.function, from: silu.parameters,
                                       to: faster.parameters)
    #expect(replaced)
    Self.expectFresh(d, "replaceParameters")
    let reset = d.resetParameters()
    #expect(reset)
    Self.expectFresh(d, "resetParameters")
    // The stored choices set directly and mutated in place.
    d.primaryName = "tanh"
    Self.expectFresh(d, "primaryName set")
    d.primaryName = "nosuch"
    Self.expectFresh(d, "primaryName not listed")
    d.curves.insert(Self.curve("tanh").withOrder(.second))
    Self.expectFresh(d, "curves.insert")
    d.curves.removeAll()
    Self.expectFresh(d, "curves.removeAll")
    d.curves = Set(d.legendCurves)
    Self.expectFresh(d, "curves set")
    d.legendCurves.removeFirst()
    Self.expectFresh(d, "legendCurves.removeFirst")
    d.legendCurves.append(Self.curve("mish"))
    Self.expectFresh(d, "legendCurves.append")
    d.legendCurves[0] = try #require(Self.curve("elu").setting("alpha", to: 0.5))
    Self.expectFresh(d, "legendCurves[0] set")
    d.legendCurves = [.sigmoid]
    Self.expectFresh(d, "one function")
    d.legendCurves = []
    Self.expectFresh(d, "empty legend")
  }

  /// Copies keep their own lists: changing one leaves the other as it was.
  @Test func copiesAreIndependent() {
    var a = DisplayOptions()
    a.setFunctions([Self.curve("gelu"), Self.curve("silu")], orders: [.value])
    let b = a
    a.removeFunction(named: "gelu")
    Self.expectFresh(a, "change of the copy")
    Self.expectFresh(b, "the original")
    #expect(b.functions.count == 2 && a.functions.count == 1)
  }
}
