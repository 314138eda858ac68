// Tests of Sources/PlotCore/Catalogue/FunctionSpec.swift and FunctionSpecError.swift:
// NAME[:PARAM=VALUE,...] parsing, defaults, and each refusal with a message that lists
// what is valid.

import Testing
@testable import PlotCore

@Suite struct FunctionSpecTests {
  func error(_ text: String) -> FunctionSpecError? {
    do {
      _ = try FunctionSpec.parse(text)
      return nil
    } catch {
      return error
    }
  }

  @Test func plainNamesTakeTheDefaults() throws {
    for name in FunctionCatalogue.names {
      let spec = try FunctionSpec.parse(name)
      #expect(spec.function.names.commandLine == name)
      #expect(spec.parameters == spec.function.defaultParameters)
    }
  }

  @Test func parametersAreSetByName() throws {
    let silu = try FunctionSpec.parse("silu:beta=1.7")
    #expect(silu.parameters == ParameterValues([1.7]))
    #expect(silu.description == "silu:beta=1.7")
    let clamp = try FunctionSpec.parse("hardtanh: max_val=6 , min_val=0x0p+0")
    #expect(clamp.parameters == ParameterValues([0, 6]))
    let sigmoid = try FunctionSpec.parse("Sigmoid:x0=-2")
    #expect(sigmoid.parameters == ParameterValues([1, -2]))
    #expect(sigmoid.curve(.first) == PlottedCurve(SigmoidFunction(), .first,
                                                  parameters: ParameterValues([1, -2])))
  }

  @Test func unknownNamesListTheCatalogue() {
    let e = error("swish")
    #expect(e == .unknownFunction("swish", valid: FunctionCatalogue.names))
    let message = e?.description ?? ""
    #expect(!message.contains("\n"))
    for name in FunctionCatalogue.names { #expect(message.contains(name)) }
  }

  @Test func unknownParametersListTheFamilysOwn() {
    #expect(error("softplus:alpha=2")
            == .unknownParameter(function: "softplus", parameter: "alpha", valid: ["beta"]))
    #expect(error("softplus:alpha=2")?.description
            == "softplus has no parameter \"alpha\"; valid: beta")
    #expect(error("relu:k=1")?.description == "relu takes no parameters (got \"k\")")
    #expect(error("elu:alpha")
            == .malformedParameter(function: "elu", item: "alpha", valid: ["alpha"]))
    #expect(error("elu:") != nil)
    #expect(error("elu:alpha=1,alpha=2") == .repeatedParameter(function: "elu", parameter: "alpha"))
  }

  @Test func valuesMustBeFiniteNumbersInRange() {
    #expect(error("softplus:beta=30")?.description
            == "softplus: beta = 30 is out of range; valid: 0.05 to 20")
    #expect(error("softplus:beta=0.01")
            == .outOfRange(function: "softplus", parameter: "beta", value: 0.01, range: 0.05...20))
    #expect(error("leaky_relu:negative_slope=nan")
            == .notFinite(function: "leaky_relu", parameter: "negative_slope", text: "nan",
                          range: 0...0.9))
    #expect(error("celu:alpha=inf")?.description == "celu: alpha = inf is not finite; valid: 0.05 to 5")
    #expect(error("celu:alpha=-infinity") != nil)
    #expect(error("celu:alpha=two")?.description
            == "celu: alpha = \"two\" is not a number; valid: 0.05 to 5")
    #expect(error("hardtanh:min_val=2")?.description
            == "hardtanh: min_val = 2 must be below max_val = 1")
  }
}
