// Tests of Sources/PlotCore/Precision/FormatThresholds.swift: the issue's figures come
// out to its printed digits, the real thresholds agree with their closed forms, and each
// first input is where the predicate starts to hold.

import Glibc
import Testing
@testable import PlotCore

@Suite struct FormatThresholdsTests {
  static func thresholds(_ format: NumberFormat, _ kind: FormulaKind = .textbook) throws -> [FormatThreshold] {
    FormatThresholds.compute(try PrecisionFormula(.labDefault, format: format, kind: kind))
  }

  static func digits(_ x: Double?) -> String { x.map { CFormat.string("%.4f", $0) } ?? "none" }

  /// Issue 14: where the textbook S first returns 1, and where the correctly rounded S does.
  @Test(arguments: [
    (NumberFormat.float16, "7.6246", "8.3175"), (.bfloat16, "5.5452", "6.2364"),
    (.float32, "16.6355", "17.3287"), (.float64, "36.7368", "37.4299"),
  ])
  func issueFiguresComeOut(_ format: NumberFormat, _ textbook: String, _ exact: String) throws {
    let t = try Self.thresholds(format)
    #expect(Self.digits(t[0].realX) == textbook)
    #expect(Self.digits(t[1].realX) == exact)
    // s(1 − s) is 0 exactly where s rounds to 1.
    #expect(Self.digits(t[2].realX) == textbook)
  }

  /// 1 + e^−x rounds to 1 from e^−x = 2^−p (ties to even): x = p ln 2; the correctly
  /// rounded S is 1 from 1 − S = 2^−(p+1): x = ln(2^(p+1) − 1).
  @Test(arguments: NumberFormat.all)
  func realThresholdsAreTheClosedForms(_ format: NumberFormat) throws {
    let t = try Self.thresholds(format)
    let p = Double(format.significandBits)
    if format.significandBits > 4 {  // FP8's exp rounds coarser than the sum
      #expect(abs(t[0].realX! - p * M_LN2) < 1e-9 * p)
    }
    #expect(abs(t[1].realX! - Glibc.log(exp2(p + 1) - 1)) < 1e-9 * p, "\(format)")
    let top = format.greatestFinite
    let overflow = Glibc.log(top) + Glibc.log1p(format.ulp(at: top) / 2 / top)  // log(max + ulp/2)
    #expect(abs(t[5].realX! - overflow) < 1e-9 * overflow || format == .float8E4M3, "\(format)")
  }

  /// The first input holds, the input before it does not.
  @Test(arguments: [NumberFormat.float16, .bfloat16, .float8E4M3, .float8E5M2, .float32])
  func firstInputIsWhereItStarts(_ format: NumberFormat) throws {
    let lab = try PrecisionFormula(.labDefault, format: format, kind: .textbook)
    let t = FormatThresholds.compute(lab)
    let first = try #require(t[0].firstInput)
    #expect(lab.computed(at: first).value == 1)
    #expect(lab.computed(at: format.nextDown(first)!).value < 1)
    let zero = try #require(t[4].firstInput)
    #expect(lab.exact(atFormatValue: zero).derivative == 0)
    #expect(lab.exact(atFormatValue: format.nextDown(zero)!).derivative > 0)
  }
}
