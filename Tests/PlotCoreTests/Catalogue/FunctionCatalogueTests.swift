// Tests of Sources/PlotCore/Catalogue/FunctionCatalogue.swift: the names are PyTorch's and
// unique, every family has a fixture whose defaults are its own, every family is total
// (finite in, finite out) over its whole parameter ranges, and PyTorch's values at the
// kinks (Fixtures/Catalogue/catalogue-kinks.csv).

import Foundation
import Testing
@testable import PlotCore
import TestSupport

@Suite struct FunctionCatalogueTests {
  @Test func namesArePyTorchsInTheIssuesOrder() {
    #expect(FunctionCatalogue.names == [
      "sigmoid", "tanh", "softsign", "softplus", "logsigmoid", "relu", "relu6", "leaky_relu",
      "elu", "celu", "selu", "gelu", "gelu_tanh", "silu", "mish", "hardsigmoid", "hardswish",
      "hardtanh",
    ])
    #expect(Set(FunctionCatalogue.all.map(\.names.legend)).count == FunctionCatalogue.all.count)
    #expect(FunctionCatalogue.function(named: "GELU")?.names.commandLine == "gelu")
    #expect(FunctionCatalogue.function(named: "swish") == nil)
  }

  /// The first row of each fixture is at the family's defaults (the README's rule).
  @Test func defaultsAreTheFixturesFirstParameterSet() {
    for f in FunctionCatalogue.all {
      let rows = catalogueRows(f.names.commandLine, for: f)
      #expect(rows.first?.parameters == f.defaultParameters, "\(f.names.commandLine)")
    }
  }

  /// Finite x and any parameters in range give a finite f, f', f'' (SELU excepted past
  /// 1.711e308, where the true value is past the largest double): a seeded sweep over
  /// magnitudes 1e-320 ... 1.8e308 of both signs, at the ends and middle of each range.
  @Test func everyFamilyIsTotal() {
    var rng = SplitMix64(seed: 12)
    var xs: [Double] = [0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                        .greatestFiniteMagnitude, -.greatestFiniteMagnitude]
    for _ in 0..<400 {
      let magnitude = rng.logUniform(0x1.fap-1064...1.7e308)  // from about 1e-320, a subnormal
      xs.append(rng.pick([magnitude, -magnitude]))
      xs.append(rng.uniform(-800...800))
    }
    for f in FunctionCatalogue.all {
      let specs = f.parameters
      let settings: [[Double]] = [specs.map(\.range.lowerBound), specs.map(\.defaultValue),
                                  specs.map(\.range.upperBound)]
      for setting in settings {
        var values = setting
        if f.names.commandLine == "hardtanh" { values = [setting[0], max(setting[1], 10)] }
        let p = ParameterValues(values)
        for x in xs {
          for order in DerivativeOrder.allCases {
            let y = f.value(order, at: x, p)
            let overflowAllowed = f.names.commandLine == "selu" && x > 1.7e308
            #expect(y.isFinite || (overflowAllowed && y == .infinity),
                    "\(f.names.commandLine)\(order) at \(x) \(p) = \(y)")
          }
        }
      }
    }
  }

  /// At every kink: PyTorch's convention exactly, and the neighbouring doubles within
  /// 2 ulps (one-sided values, no smoothing across the corner).
  @Test func kinksFollowPyTorch() throws {
    let url = try #require(Bundle.module.url(forResource: "catalogue-kinks", withExtension: "csv",
                                             subdirectory: "Catalogue"))
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
    #expect(lines.count > 50)
    for line in lines {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let params = fields[1].replacingOccurrences(of: ";", with: ",")
      let spec = try FunctionSpec.parse(params.isEmpty ? fields[0] : fields[0] + ":" + params)
      let order: DerivativeOrder = ["value": .value, "derivative": .first,
                                    "second_derivative": .second][fields[3]]!
      let x = Double(fields[2])!
      let atKink = Double(fields[5])!, left = Double(fields[8])!, right = Double(fields[9])!
      let curve = spec.curve(order)
      #expect(curve.evaluate(x) == atKink, "\(curve) at the kink \(x)")
      for (neighbour, want) in [(x.nextDown, left), (x.nextUp, right)] {
        let got = curve.evaluate(neighbour)
        #expect((got - want).magnitude <= 2 * want.ulp, "\(curve) at \(neighbour): \(got) vs \(want)")
      }
    }
  }
}
