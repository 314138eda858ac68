// --function (repeatable), --primary and --curves for the window and render: parsing,
// the one-line errors that list what is valid, and the reproducing options of a
// several-function view, which parse back to the same display choices.

import PlotCore
import Testing
@testable import SigmoidViewer
import ViewerModel

@Suite struct FunctionOptionsTests {
  static func view(_ arguments: [String]) throws -> ViewOptions {
    try RenderCommand(arguments: ["out.bmp"] + arguments).view
  }

  static func f(_ name: String) -> PlottedCurve {
    PlottedCurve(FunctionCatalogue.function(named: name)!)
  }

  static func message(_ arguments: [String]) -> String {
    do { _ = try view(arguments) } catch { return "\(error)" }
    return ""
  }

  @Test func withoutFunctionTheViewIsTodays() throws {
    #expect(try Self.view([]).display == DisplayOptions())
    #expect(try Self.view(["--curves", "f,f''"]).display.curves
      == [.sigmoid, .sigmoidSecondDerivative])
  }

  @Test func functionsAreListedInOrderWithParameters() throws {
    let d = try Self.view(["--function", "GELU", "--function=silu:beta=1.7"]).display
    #expect(d.functions.map(\.function.names.commandLine) == ["gelu", "silu"])
    #expect(d.functions[1].parameter("beta") == 1.7)
    #expect(d.primary == Self.f("gelu"))
    #expect(d.visibleCurves.count == 4 && d.visibleCurves.allSatisfy { $0.order != .second })
    let w = try WindowOptions.parse(["--function", "tanh", "--function", "relu"])
    #expect(w.view.display.functions.map(\.function.names.commandLine) == ["tanh", "relu"])
  }

  @Test func curvesNameOrdersOfEveryFunctionOrSingleCurves() throws {
    let all = try Self.view(["--function", "gelu", "--function", "tanh", "--curves", "f''"])
    #expect(all.display.curves == [Self.f("gelu").withOrder(.second),
                                   Self.f("tanh").withOrder(.second)])
    let some = try Self.view(["--function", "sigmoid", "--function", "gelu",
                              "--curves", "S',GELU''"])
    #expect(some.display.curves == [.sigmoidDerivative, Self.f("gelu").withOrder(.second)])
    let none = try Self.view(["--function", "gelu", "--curves", "none"])
    #expect(none.display.curves.isEmpty)
  }

  @Test func primaryChoosesAmongTheFunctions() throws {
    let d = try Self.view(["--function", "gelu", "--function", "mish", "--primary", "mish"])
      .display
    #expect(d.primary == Self.f("mish") && d.tangentCurve == Self.f("mish"))
  }

  @Test(arguments: [
    (["--function", "swish"], "valid: sigmoid, tanh"),
    (["--function", "silu:alpha=2"], "valid: beta"),
    (["--function", "silu:beta=50"], "valid: 0.05 to 20"),
    (["--function", "silu:beta=nan"], "not finite"),
    (["--function", "silu:beta=inf"], "not finite"),
    (["--function", "gelu", "--function", "gelu"], "once"),
    (["--function", "gelu", "--primary", "tanh"], "valid: gelu"),
    (["--function", "gelu", "--curves", "S"], "gelu'"),
    (["--function", "gelu", "--curves", "f,f"], "f''"),
  ])
  func badChoicesAreOneLineListingWhatIsValid(_ arguments: [String], _ says: String) {
    let m = Self.message(arguments)
    #expect(m.contains(says), "\(arguments): \(m)")
    #expect(!m.isEmpty && !m.contains("\n"))
  }

  @Test func severalFunctionsReproduceThroughTheirOptions() throws {
    var display = DisplayOptions()
    display.setFunctions([Self.f("gelu"), try FunctionSpec.parse("silu:beta=1.7").curve(),
                          Self.f("tanh")], orders: [.value, .first])
    var state = ViewerState(width: 700, height: 500, display: display)
    for input: ViewerInput in [.cyclePrimary(1), .toggleOrder(.second),
                               .toggleCurve(Self.f("tanh")),
                               .wheel(notches: 2, at: Point(300, 200), axes: .both)] {
      _ = state.apply(input)
    }
    let options = ViewReproduction(state: state, fontPath: nil, style: .default).options
    #expect(options.contains("--function=silu:beta=1.7") && options.contains("--primary=silu"))
    let view = try RenderCommand(arguments: ["p.bmp"] + options).view
    #expect(view.display.functions == state.display.functions)
    #expect(view.display.curves == state.display.curves, "\(options)")
    #expect(view.display.primary == state.display.primary)
    // The sigmoid alone writes no --function: today's command lines stay as they were.
    let plain = ViewReproduction(state: ViewerState(width: 700, height: 500), fontPath: nil,
                                 style: .default).options
    #expect(!plain.contains { $0.hasPrefix("--function") || $0.hasPrefix("--primary") })
  }
}
