// Tests of Sources/PlotCore/UnderflowDigits.swift (and the readout that uses it): where a
// curve's double is subnormal or 0, ProbeReadout.valueText prints the true value's 15
// correctly rounded digits, checked against Fixtures/readout-reference.csv (mpmath at a
// precision raised until every rounding is decided, by make_readout_reference.py).

import Foundation
import Testing
@testable import PlotCore

/// One fixture row: what the readout must print for `curve` at `x`.
struct ReadoutReferenceRow: Sendable {
  var curve: PlottedCurve
  var x: Double
  var text: String
}

/// The fixture, parsed once; empty (so the count check goes red) if missing or malformed.
let readoutReferenceRows: [ReadoutReferenceRow] = {
  guard let url = Bundle.module.url(forResource: "readout-reference", withExtension: "csv"),
        let text = try? String(contentsOf: url, encoding: .utf8)
  else { return [] }
  var lines = text.split(separator: "\n")
  guard lines.first == "curve,x,text" else { return [] }
  lines.removeFirst()
  let curves: [Substring: PlottedCurve] = [
    "sigmoid": .sigmoid, "derivative": .sigmoidDerivative, "second_derivative": .sigmoidSecondDerivative,
  ]
  return lines.compactMap { line in
    let fields = line.split(separator: ",", maxSplits: 2)
    guard fields.count == 3, let curve = curves[fields[0]], let x = Double(String(fields[1]))
    else { return nil }
    return ReadoutReferenceRow(curve: curve, x: x, text: String(fields[2]))
  }
}()

@Suite struct UnderflowDigitsTests {
  @Test func fixtureCoversTailsAndTinyX() {
    let rows = readoutReferenceRows
    #expect(rows.count > 5000)
    for curve in PlottedCurve.sigmoidCurves {
      #expect(rows.contains { $0.curve == curve && $0.x > 0 }, "\(curve), x > 0")
      #expect(rows.contains { $0.curve == curve && $0.x < 0 }, "\(curve), x < 0")
    }
    #expect(rows.contains { $0.x == 708.4 })
    #expect(rows.contains { $0.x == 2.1e19 } && rows.contains { $0.x == 1e300 })
    #expect(rows.contains { $0.x.magnitude < 1e-307 && $0.x != 0 })
  }

  /// Every row, digit for digit: this is the issue's "every digit correctly rounded".
  @Test func readoutMatchesReference() {
    var wrong = 0
    for row in readoutReferenceRows {
      let got = ProbeReadout.valueText(row.curve, at: row.x)
      if got != row.text {
        wrong += 1
        if wrong <= 20 {
          Issue.record("\(row.curve.symbol)(\(row.x)): want \(row.text), got \(got)")
        }
      }
    }
    #expect(wrong == 0, "\(wrong) of \(readoutReferenceRows.count) rows differ")
  }

  /// The issue's example: the log-derived tail's last digit was 6, the true one is 7.
  @Test func derivativeAt708Point4() {
    #expect(ProbeReadout.valueText(.sigmoidDerivative, at: 708.4) == "2.21711908166427e-308")
  }

  /// S''(1e-310) was "-1" (e^(−|x|) of a tiny x); it is −x/8.
  @Test func secondDerivativeAtTinyXIsMinusXOverEight() {
    // The double nearest 1e-310 (a decimal literal of a subnormal warns that it is inexact).
    let x = Double("1e-310")!
    #expect(ProbeReadout.valueText(.sigmoidSecondDerivative, at: x) == "-1.25e-311")
    #expect(ProbeReadout.valueText(.sigmoidSecondDerivative, at: -x) == "1.25e-311")
  }

  /// NaN reads "NaN" and ±∞ the limits, for every curve, instead of trapping.
  @Test func nanAndInfinitiesDoNotTrap() {
    for curve in PlottedCurve.sigmoidCurves {
      #expect(ProbeReadout.valueText(curve, at: .nan) == "NaN")
    }
    #expect(Double(ProbeReadout.valueText(.sigmoid, at: .infinity)) == 1)
    #expect(ProbeReadout.valueText(.sigmoid, at: -.infinity) == "0")
    for curve in [PlottedCurve.sigmoidDerivative, .sigmoidSecondDerivative] {
      #expect(ProbeReadout.valueText(curve, at: .infinity) == "0")
      #expect(ProbeReadout.valueText(curve, at: -.infinity) == "0")
    }
  }

  /// Past |x| = 2.12e19, |x|·log10(e) no longer fits an Int (the old readout trapped):
  /// the exponent is written exactly, however long. e^(−2^k) for integer k has the
  /// exponent −⌊2^k·log10 e⌋ − 1, checked here against the 1280-bit constant's own
  /// integer part, shifted in plain UInt64 arithmetic for k ≤ 64 + 53.
  @Test func hugeArgumentsGiveExactExponents() throws {
    for k in [64, 70, 100] {
      let a = Double(sign: .plus, exponent: k, significand: 1)
      let d = UnderflowDigits.expMinus(a)
      // floor(2^k · L) from L's leading words: the top 128 bits of L suffice for k ≤ 100.
      let w0 = UnderflowDigits.log10eWords[0], w1 = UnderflowDigits.log10eWords[1]
      let integer = WideUnsigned(limbs: [w1, w0]).shiftedRight(by: 128 - k)
      #expect(d.exponent == "-" + integer.plusOne().decimalText, "e^-2^\(k): \(d.text)")
      #expect(d.digits.count <= 15 && d.digits.first != "0")
    }
    for x in [2.1e19, 2.2e19, 1e100, 1e300, .greatestFiniteMagnitude] {
      for curve in PlottedCurve.sigmoidCurves {
        let text = ProbeReadout.valueText(curve, at: -x)
        #expect(text.contains("e-") && !text.hasPrefix("1 - "), "\(curve)(\(-x)) = \(text)")
      }
    }
  }

  /// A mantissa on a rounding midpoint, within any error bound of it, keeps only the
  /// digits that are decided: 2.125 to 3 digits is a tie, to 2 it is 2.1.
  @Test func undecidedRoundingDropsADigit() {
    #expect(UnderflowDigits.rounded(DoubleDouble(2.125), significant: 3).digits == "21")
    #expect(UnderflowDigits.rounded(DoubleDouble(2.125), significant: 4).digits == "2125")
    #expect(UnderflowDigits.rounded(DoubleDouble(1.25), significant: 2).digits == "1")
    let carry = UnderflowDigits.rounded(DoubleDouble(9.9999999999999996), significant: 15)
    #expect(carry.digits == "1" && carry.carried)
  }

  /// The digits of a few exactly known 128-bit and wider numbers.
  @Test func wideDecimalText() {
    #expect(WideUnsigned(0).decimalText == "0")
    #expect(WideUnsigned(UInt64.max).decimalText == "18446744073709551615")
    #expect(WideUnsigned(UInt64.max).plusOne().decimalText == "18446744073709551616")
    var power = WideUnsigned(1)
    for _ in 0..<10 { power = power.multiplied(by: 10_000_000_000) }
    #expect(power.decimalText == "1" + String(repeating: "0", count: 100))
    var five = WideUnsigned(1)
    for _ in 0..<100 { five = five.multiplied(by: 5) }
    #expect(power.shiftedRight(by: 100).decimalText == five.decimalText)  // 10^100 / 2^100
    #expect(five.decimalText.hasPrefix("78886090522101180541172856528278622967"))
  }
}
