// ln|f|, ln|f'|, ln|f''| of every catalogue function against mpmath at tail points far
// past the double range (Fixtures/Catalogue/catalogue-logmag-reference.csv, written by
// make_catalogue_logmag.py), the sign, and totality: never NaN or infinite for finite x
// except −infinity exactly at zeros.

import Foundation
import TestSupport
import Testing
@testable import PlotCore

@Suite struct LogMagnitudeAccuracyTests {
  /// One fixture row: function, parameters, x, and for each order ln|f| and the sign
  /// ("+", "-", "0").
  struct Row: Sendable {
    var function: String
    var parameters: [Double]
    var x: Double
    var ln: [Double]
    var sign: [String]
  }

  static let rows: [Row] = {
    guard let url = Bundle.module.url(forResource: "catalogue-logmag-reference",
                                      withExtension: "csv", subdirectory: "Catalogue"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").dropFirst().map { line in
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let ln = [3, 6, 9].map { Double(f[$0]) ?? .nan }
      return Row(function: f[0], parameters: f[1].split(separator: " ").compactMap { Double($0) },
                 x: Double(f[2])!, ln: ln, sign: [4, 7, 10].map { f[$0] })
    }
  }()

  /// The stated bound: 2 ulps of ln|f| plus 2^-50 (a relative 2^-50 of |f| itself).
  static func bound(_ want: Double) -> Double { 2 * want.ulp + 0x1p-50 }

  @Test(arguments: FunctionCatalogue.names)
  func withinTheBoundOfTheMpmathLogs(name: String) throws {
    let function = try #require(FunctionCatalogue.function(named: name))
    let rows = Self.rows.filter { $0.function == name }
    #expect(rows.count >= 20, "\(name): \(rows.count) rows")
    var worst = 0.0, at = ""
    for row in rows {
      #expect(row.parameters.count == function.parameters.count)
      let p = ParameterValues(row.parameters)
      for order in DerivativeOrder.allCases {
        let got = function.naturalLogMagnitude(order, at: row.x, p)
        let want = row.ln[order.rawValue]
        if want == -.infinity {
          #expect(got.ln == -.infinity, "\(name)\(p) \(order) at \(row.x): \(got), want a zero")
          continue
        }
        #expect(got.isNegative == (row.sign[order.rawValue] == "-"),
                "\(name)\(p) \(order) at \(row.x): sign of \(got)")
        let error = abs(got.ln - want)
        let ratio = error / Self.bound(want)
        if ratio > worst { (worst, at) = (ratio, "\(order) at \(row.x) \(p): \(got.ln) vs \(want)") }
        #expect(error <= Self.bound(want), "\(name)\(p) \(order) at \(row.x): \(got.ln) vs \(want)")
      }
    }
    print("\(name): worst \(worst) of the bound, \(at)")
  }

  /// The fixture really reaches past the double range: GELU(−40) ≈ −1.46e−348 (0 as a
  /// double) and GELU(−10) ≈ −7.62e−23, the examples.
  @Test func geluReadsDownPastTheDoubleRange() {
    let gelu = GELUFunction()
    let m40 = gelu.naturalLogMagnitude(.value, at: -40, gelu.defaultParameters)
    #expect(m40.isNegative && abs(m40.log10 - log10(1.4623574163660118815) + 348) < 1e-12)
    let m10 = gelu.naturalLogMagnitude(.value, at: -10, gelu.defaultParameters)
    #expect(m10.isNegative && abs(m10.log10 - log10(7.619853024160526066) + 23) < 1e-13)
    #expect(gelu.value(at: -40, gelu.defaultParameters) == 0)
  }

  /// Every function and order at random x over the whole double range: ln|f| is finite, or
  /// −infinity where the value is exactly 0 and the fixture-tested forms say it is a zero
  /// (the rectifiers' flat parts); never NaN. The log scale's ln f agrees with it where
  /// f > 0 and is NaN where f < 0.
  @Test(arguments: FunctionCatalogue.names)
  func totalOverTheDoubles(name: String) throws {
    let function = try #require(FunctionCatalogue.function(named: name))
    var rng = SplitMix64(seed: 0x106_3A6 &+ UInt64(name.count))
    let p = function.defaultParameters
    for i in 0..<3000 {
      let magnitude = i < 1000 ? rng.uniform(0...50) : rng.logUniform(0x1p-1063...1.7e308)
      let x = rng.next() & 1 == 0 ? magnitude : -magnitude
      for order in DerivativeOrder.allCases {
        let m = function.naturalLogMagnitude(order, at: x, p)
        #expect(!m.ln.isNaN && m.ln != .infinity, "\(name) \(order) at \(x): \(m)")
        if m.ln == -.infinity {
          #expect(function.value(order, at: x, p) == 0, "\(name) \(order) at \(x): −∞ but not 0")
        }
        let ln = function.naturalLog(order, at: x, p)
        if m.ln == -.infinity || !m.isNegative {
          #expect(ln == m.ln, "\(name) \(order) at \(x): log scale \(ln) vs \(m)")
        } else {
          #expect(ln.isNaN, "\(name) \(order) at \(x): log scale \(ln) for a negative value")
        }
      }
    }
    for x in [Double.greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1.75e308, -1.75e308,
              .leastNonzeroMagnitude, -.leastNonzeroMagnitude] {
      for order in DerivativeOrder.allCases {
        let m = function.naturalLogMagnitude(order, at: x, p)
        #expect(m.ln.isFinite || (m.ln == -.infinity && function.value(order, at: x, p) == 0),
                "\(name) \(order) at \(x): \(m)")
      }
    }
    #expect(function.naturalLogMagnitude(.value, at: .nan, p).ln.isNaN)
  }
}
