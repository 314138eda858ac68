// `exact` in float32 and float64, and the float64 format operations, against mpmath's
// correctly rounded values (Fixtures/Precision/make_exact_reference.py): every catalogue
// function and order at random, tail, kink, tiny and hard points, every value equal;
// and no rounding of any function, order, format or parameter left undecided.

import Foundation
import Testing
import TestSupport
@testable import PlotCore

@Suite struct ExactReferenceTests {
  /// The rows of one of the generator's CSV files (comment and header lines skipped).
  static func rows(_ name: String) throws -> [[Substring]] {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Precision"))
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").dropFirst(2).filter { !$0.hasPrefix("#") }
      .map { $0.split(separator: ",", omittingEmptySubsequences: false) }
  }

  /// A hexadecimal float, or ±inf.
  static func number(_ s: Substring) -> Double {
    if s == "inf" { return .infinity }
    if s == "-inf" { return -.infinity }
    return Double(String(s))!
  }

  /// The function spec of a row: "hardtanh:min_val=-7.5,max_val=2.25" was written with
  /// its commas as the CSV's; rows are split back by the known column count.
  static func split(_ fields: [Substring]) -> (spec: String, values: [Double]) {
    let values = fields.suffix(7).map(number)
    return (fields.dropLast(7).joined(separator: ","), values)
  }

  @Test func float32AndFloat64MatchMpmath() throws {
    let rows = try Self.rows("exact-reference")
    #expect(rows.count > 1500)
    var wrong: [String] = [], undecided = 0, catalogueMisrounds = 0, checked = 0
    var cache: [String: FunctionSpec] = [:]
    for fields in rows {
      let (text, v) = Self.split(fields)
      let spec = try cache[text] ?? FunctionSpec.parse(text)
      cache[text] = spec
      let x = v[0]
      for (format, offset) in [(NumberFormat.float32, 1), (.float64, 4)] {
        let lab = try PrecisionFormula(spec, format: format, kind: .exact)
        for order in DerivativeOrder.allCases {
          let expected = v[offset + order.rawValue]
          let got = lab.exactRounding(order, at: x)
          checked += 1
          if got.decision == .undecided { undecided += 1 }
          if got.value != expected { wrong.append("\(text) \(order) \(format) at \(x.hexDescription): \(got.value) vs \(expected)") }
          if format == .float64, spec.function[order, x, spec.parameters] != expected { catalogueMisrounds += 1 }
          // The balls alone, without the fast steps before them (float32 takes them only
          // for its rare near-midpoints): every third row, the hard cases among them.
          if format == .float32, checked % 3 == 0 {
            let direct = lab.multiprecisionRounding(order, at: x, catalogue: spec.function[order, x, spec.parameters])
            if direct.value != expected || direct.decision != .multiprecision {
              wrong.append("balls: \(text) \(order) float32 at \(x.hexDescription): \(direct.value) vs \(expected)")
            }
          }
        }
      }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of \(checked): \(wrong.prefix(8))")
    #expect(undecided == 0)
    // The fixture is worth having: the catalogue's double alone gets many float64 wrong.
    #expect(catalogueMisrounds > 20, "catalogue misrounds \(catalogueMisrounds)")
  }

  @Test func float64OperationsMatchMpmath() throws {
    let rows = try Self.rows("elementary-reference")
    #expect(rows.count > 1500)
    let arithmetic = FormatArithmetic(.float64)
    var wrong: [String] = [], estimateUndecided = 0, checkedDirectly = 0
    for fields in rows {
      let op = try #require(ElementaryOperation(rawValue: String(fields[0])))
      let x = Self.number(fields[1]), expected = Self.number(fields[2])
      let estimate = NumberFormat.float64.rounded(estimate: op.extended(Float80(x)),
                                                  relativeError: FormatArithmetic.extendedError)
      if !estimate.decided { estimateUndecided += 1 }
      let got = arithmetic.elementary(op, x)
      if got.value != expected || !got.decided { wrong.append("\(op)(\(x.hexDescription)): \(got.value) vs \(expected)") }
      // The balls on their own (glibc is right almost everywhere, so the line above alone
      // would not show a broken fallback): where the estimate is undecided, and every
      // fourth row besides.
      if !estimate.decided || checkedDirectly % 4 == 0 {
        let direct = op.correctlyRounded(at: x, in: .float64)
        if direct.value != expected || !direct.decided {
          wrong.append("balls: \(op)(\(x.hexDescription)): \(direct.value) vs \(expected)")
        }
      }
      checkedDirectly += 1
    }
    #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(8))")
    // The cases the long double bound leaves to the balls are there (about one in four).
    #expect(estimateUndecided > rows.count / 8, "\(estimateUndecided) undecided by the estimate")
  }

  /// No function, order, format or parameter value leaves a rounding undecided: random
  /// format inputs over wide ranges, tiny and huge ones, every format.
  @Test func noRoundingIsUndecided() throws {
    var random = SplitMix64(seed: 2026)
    func unit() -> Double { Double(random.next() >> 11) * 0x1p-53 }
    let specs = FunctionCatalogue.names + ["sigmoid:k=0.35,x0=4.5", "softplus:beta=13", "silu:beta=0.05",
                                          "elu:alpha=4.2", "celu:alpha=0.07", "hardtanh:min_val=-2,max_val=3.5"]
    var undecided: [String] = []
    for text in specs {
      let spec = try FunctionSpec.parse(text)
      for format in NumberFormat.all {
        let lab = try PrecisionFormula(spec, format: format, kind: .exact)
        let count = format == .float64 ? 24 : 40
        for i in 0..<count {
          let raw = i % 2 == 0 ? (unit() * 2 - 1) * [5, 50, 1000][i % 3]
            : (unit() < 0.5 ? -1 : 1) * Double(sign: .plus, exponent: Int(unit() * 2100) - 1070, significand: 1 + unit())
          let x = format.input(raw)
          guard x.isFinite else { continue }
          for order in DerivativeOrder.allCases where lab.exactRounding(order, at: x).decision == .undecided {
            undecided.append("\(text) \(format) \(order) at \(x)")
          }
        }
      }
    }
    #expect(undecided.isEmpty, "\(undecided.prefix(6))")
  }
}

extension ExactReferenceTests {
  /// The overlay's fast values: the same as ``computed(at:)`` in the narrow formats; in
  /// float64, `exact` is the catalogue's double and the formulas agree with the proven
  /// ones to an ulp.
  @Test func drawingValuesAreTheFastOnes() throws {
    for text in ["sigmoid", "gelu", "mish", "softplus"] {
      let spec = try FunctionSpec.parse(text)
      for kind in PrecisionFormula.kinds(of: spec.function.names.commandLine) {
        for format in [NumberFormat.float64, .float32, .bfloat16] {
          let lab = try PrecisionFormula(spec, format: format, kind: kind)
          for x in stride(from: -30.0, through: 30, by: 0.37) {
            let fast = lab.computedForDrawing(at: x), proven = lab.computed(at: x)
            for order in DerivativeOrder.allCases {
              if format != .float64 {
                #expect(fast[order] == proven[order] || (fast[order].isNaN && proven[order].isNaN))
              } else if kind == .exact {
                #expect(fast[order] == lab.trueValues(atFormatValue: x)[order])
              } else {
                let a = fast[order], b = proven[order]
                #expect(a == b || (a.isNaN && b.isNaN) || (a - b).magnitude <= 2 * b.ulp,
                        "\(text) \(kind) \(order) at \(x): \(a) vs \(b)")
              }
            }
          }
        }
      }
    }
  }
}

extension Double {
  var hexDescription: String { String(format: "%a", self) }
}
