// Tests of Sources/PlotCore/Sigmoid.swift against correctly rounded values from
// Fixtures/sigmoid-reference.csv (written by Fixtures/make_reference.py with mpmath).

import Foundation
import TestSupport
import Testing
@testable import PlotCore

/// One fixture row: a double x and S, S', S'' at x, each correctly rounded to a double.
struct ReferenceRow: Sendable {
  var x: Double
  var sigmoid: Double
  var derivative: Double
  var secondDerivative: Double
}

/// The fixture, parsed once; fails loudly (empty, so count checks go red) if missing.
let referenceRows: [ReferenceRow] = {
  guard let url = Bundle.module.url(forResource: "sigmoid-reference", withExtension: "csv"),
        let text = try? String(contentsOf: url, encoding: .utf8)
  else { return [] }
  var lines = text.split(separator: "\n")
  guard lines.first == "x,sigmoid,derivative,second_derivative" else { return [] }
  lines.removeFirst()
  return lines.compactMap { line in
    let fields = line.split(separator: ",").compactMap { Double(String($0)) }
    guard fields.count == 4 else { return nil }
    return ReferenceRow(
      x: fields[0], sigmoid: fields[1], derivative: fields[2], secondDerivative: fields[3])
  }
}()

/// The contract of Sigmoid.swift, in ulps of the correctly rounded value: none (issue 17:
/// every value is the correctly rounded double, so every fixture row must match exactly).
let contractULPs = 0.0

/// The largest |S''|, at x = ±ln(2 + √3): near the zero of S'' the contract is an
/// absolute error of `contractULPs` ulps of this, not a relative one.
let peakSecondDerivative = 1 / (6 * 3.0.squareRoot())  // √3 / 18 ≈ 0.0962

/// |got − want| in ulps of `want` (subnormal `want`s count in ulps of the subnormals).
func ulpError(_ got: Double, _ want: Double) -> Double {
  if got == want { return 0 }  // also ±0 against ∓0
  return (got - want).magnitude / max(want.magnitude, .leastNormalMagnitude).ulp
}

/// Expects `got` within `limit` ulps of `want`, naming x and the error on failure.
func expectULPs(
  _ got: Double, _ want: Double, within limit: Double = contractULPs, at x: Double,
  _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let ulps = ulpError(got, want)
  #expect(
    ulps <= limit, "\(what)(\(x)): want \(want), got \(got): \(ulps) ulp",
    sourceLocation: sourceLocation)
}

/// Where the correctly rounded value is subnormal (or 0), one unit off is a relative error
/// up to 100% (a 1-in-8 one for S'' near 0): there the fixture demands the double itself.
func expectExactWhereSubnormal(
  _ got: Double, _ want: Double, at x: Double, _ what: String,
  sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
  guard want.magnitude < Double.leastNormalMagnitude else { return false }
  #expect(got == want, "\(what)(\(x)): want \(want), got \(got) (subnormal: must be exact)",
          sourceLocation: sourceLocation)
  return true
}

/// Whether S''(x) = `got` meets the contract: `contractULPs` relative, or near the zero at
/// x = 0 (|x| < 1, inside the peaks at ±1.317) that many ulps of the peak, absolutely.
func secondDerivativeMeetsContract(_ got: Double, _ want: Double, at x: Double) -> Bool {
  if ulpError(got, want) <= contractULPs { return true }
  return x.magnitude < 1 && (got - want).magnitude <= contractULPs * peakSecondDerivative.ulp
}

@Suite struct SigmoidTests {
  @Test func fixtureCoversTheLine() throws {
    let xs = referenceRows.map(\.x)
    #expect(xs.count > 5000)
    #expect(xs.contains(0))
    #expect((xs.min() ?? 0) < -746)
    #expect((xs.max() ?? 0) > 746)
    #expect(xs.contains { $0 != 0 && $0.magnitude < 1e-300 })
  }

  @Test func sigmoidMatchesReference() {
    for row in referenceRows {
      if expectExactWhereSubnormal(sigmoid(row.x), row.sigmoid, at: row.x, "S") { continue }
      expectULPs(sigmoid(row.x), row.sigmoid, at: row.x, "S")
    }
  }

  @Test func derivativeMatchesReference() {
    for row in referenceRows {
      if expectExactWhereSubnormal(sigmoidDerivative(row.x), row.derivative, at: row.x, "S'") {
        continue
      }
      expectULPs(sigmoidDerivative(row.x), row.derivative, at: row.x, "S'")
    }
  }

  @Test func secondDerivativeMatchesReference() {
    for row in referenceRows {
      let got = sigmoidSecondDerivative(row.x)
      if expectExactWhereSubnormal(got, row.secondDerivative, at: row.x, "S''") { continue }
      #expect(
        secondDerivativeMeetsContract(got, row.secondDerivative, at: row.x),
        "S''(\(row.x)): want \(row.secondDerivative), got \(got): \(ulpError(got, row.secondDerivative)) ulp")
    }
  }

  /// The measured quality, better than the contract: the double-double steps leave only
  /// exp/expm1's own error and one final rounding. Prints the per-column maxima.
  @Test func everyColumnIsUnderTwoULPs() {
    // Got and want are both doubles, so errors come in whole ulps (but at powers of 2);
    // also count the rows that are not correctly rounded.
    typealias ColumnError = (ulps: Double, x: Double, missed: Int)
    var worst = [ColumnError](repeating: (0, 0, 0), count: 3)
    for row in referenceRows {
      let errors = [
        ulpError(sigmoid(row.x), row.sigmoid),
        ulpError(sigmoidDerivative(row.x), row.derivative),
        ulpError(sigmoidSecondDerivative(row.x), row.secondDerivative),
      ]
      for (column, error) in errors.enumerated() {
        if error != 0 { worst[column].missed += 1 }
        if !(error <= worst[column].ulps) { (worst[column].ulps, worst[column].x) = (error, row.x) }
      }
    }
    let report = zip(["S", "S'", "S''"], worst).map {
      "\($0) max \($1.ulps) ulp (at x = \($1.x)), \($1.missed) rows not correctly rounded"
    }.joined(separator: "; ")
    print("max error against \(referenceRows.count) reference rows: \(report)")
    for column in worst {
      #expect(column.ulps < 2, "max error: \(report)")
    }
  }

  /// S''(x) = −x/8 + x³/24 − …, just below |x|/8, so where the result is subnormal
  /// (|x| < 2^-1019) the correct double is n/8 subnormal steps (n = |x|/2^-1074) rounded
  /// to the nearest step, an exact tie (n ≡ 4 mod 8) going toward zero. Checked in exact
  /// integer arithmetic for every n up to 2^17, and for 2^16 n in every class mod 8 up to
  /// 2^55, both signs. (S''(6e-323) gave -1e-323 for the correct -5e-324.)
  @Test func secondDerivativeNearZeroIsCorrectlyRounded() {
    var rng = SplitMix64(seed: 0x5EC0_0D)
    var ns = [UInt64](1...(1 << 17))
    for _ in 0..<(1 << 16) { ns.append(rng.next() % (1 << 55 - 1) + 1) }
    ns.append((1 << 55) - 1)
    for drawn in ns {
      // n · 2^-1074 is exact for n < 2^53; above, the double keeps n to a multiple of 2 or 4.
      let x = Double(drawn) * 0x1p-600 * 0x1p-474
      let n = UInt64(x * 0x1p600 * 0x1p474)
      let got = sigmoidSecondDerivative(x)
      // The steps k of the result satisfy |8k − n| ≤ 4, and 8k < n at a tie.
      let k = UInt64((-got * 0x1p600 * 0x1p474).rounded())
      let miss = Int64(bitPattern: 8 &* k &- n)
      let ok = got <= 0 && miss.magnitude <= 4 && (miss.magnitude < 4 || miss < 0)
      #expect(ok, "S''(\(n)·2^-1074) = \(got), \(k) steps; want \(n)/8 rounded half toward 0")
      if !ok { break }
      #expect(sigmoidSecondDerivative(-x) == -got)
    }
  }

  /// Just above the subnormal results, S''(x) = −x/8 exactly (x/8 is a double there and
  /// the true value lies a relative x²/3 below it).
  @Test func secondDerivativeJustAboveTheSubnormalsIsMinusXOverEight() {
    var x = 0x1p-1019
    for _ in 0..<10_000 {
      #expect(sigmoidSecondDerivative(x) == -x / 8, "x = \(x)")
      x = x.nextUp
    }
    for e in -1019 ... -1000 {
      let x = Double(sign: .plus, exponent: e, significand: 1.375)
      #expect(sigmoidSecondDerivative(x) == -x / 8, "x = \(x)")
    }
  }

  @Test func centre() {
    #expect(sigmoid(0) == 0.5)
    #expect(sigmoidDerivative(0) == 0.25)
    #expect(sigmoidSecondDerivative(0) == 0)
  }

  @Test func infinitiesGiveTheLimits() {
    #expect(sigmoid(.infinity) == 1)
    #expect(sigmoid(-.infinity) == 0)
    #expect(sigmoidDerivative(.infinity) == 0)
    #expect(sigmoidDerivative(-.infinity) == 0)
    // S'' approaches 0 from below on the right and from above on the left.
    let right = sigmoidSecondDerivative(.infinity)
    let left = sigmoidSecondDerivative(-.infinity)
    #expect(right == 0 && right.sign == .minus)
    #expect(left == 0 && left.sign == .plus)
  }

  @Test func nanGivesNaN() {
    #expect(sigmoid(.nan).isNaN)
    #expect(sigmoidDerivative(.nan).isNaN)
    #expect(sigmoidSecondDerivative(.nan).isNaN)
  }

  /// Finite inputs from the subnormals to the largest double, both signs, plus a dense
  /// sweep of [−800, 800]: every result finite and inside the functions' true ranges.
  @Test func finiteInputsGiveFiniteResultsInRange() {
    var xs: [Double] = [.greatestFiniteMagnitude, .leastNonzeroMagnitude, .leastNormalMagnitude]
    xs += (-1074...1023).map { Double(sign: .plus, exponent: $0, significand: 1) }
    xs += stride(from: -800.0, through: 800.0, by: 0.0625)
    xs += xs.map { -$0 }
    for x in xs {
      let s = sigmoid(x), d = sigmoidDerivative(x), dd = sigmoidSecondDerivative(x)
      #expect(s >= 0 && s <= 1, "S(\(x)) = \(s)")
      #expect(d >= 0 && d <= 0.25, "S'(\(x)) = \(d)")
      #expect(dd.magnitude <= peakSecondDerivative * (1 + 1e-15), "S''(\(x)) = \(dd)")
    }
  }

  /// S(−x) = 1 − S(x). For x ≥ 0, S(x) ≥ 1/2, so 1 − S(x) is exact (Sterbenz) and the two
  /// sides differ only by the two functions' errors: within one ulp of 1 in total.
  @Test func sigmoidIsSymmetricAboutOneHalf() {
    for x in referenceRows.map(\.x) where x >= 0 {
      let complement = 1 - sigmoid(x)
      #expect(
        (sigmoid(-x) - complement).magnitude <= 1.0.ulp,
        "S(-\(x)) = \(sigmoid(-x)), 1 - S(\(x)) = \(complement)")
    }
  }

  /// At x = 0 itself S'' is +0 from both sides (its doc says why), so oddness is checked
  /// off zero.
  @Test func derivativeIsEvenAndSecondDerivativeOddBitForBit() {
    #expect(sigmoidSecondDerivative(0).bitPattern == 0)
    #expect(sigmoidSecondDerivative(-0.0).bitPattern == 0)
    for x in referenceRows.map(\.x) {
      #expect(sigmoidDerivative(-x).bitPattern == sigmoidDerivative(x).bitPattern, "x = \(x)")
      if x == 0 { continue }
      #expect(
        sigmoidSecondDerivative(-x).bitPattern == (-sigmoidSecondDerivative(x)).bitPattern,
        "x = \(x)")
    }
  }

  /// The doc comment's example: S'(40) ≈ 4.2e−18 survives where S·(1 − S) gives 0.
  @Test func derivativeAtFortyKeepsItsTail() throws {
    let row = try #require(referenceRows.first { $0.x == 40 })
    #expect(row.derivative > 4e-18 && row.derivative < 5e-18)
    expectULPs(sigmoidDerivative(40), row.derivative, within: 1, at: 40, "S'")
    expectULPs(sigmoidSecondDerivative(40), row.secondDerivative, within: 1, at: 40, "S''")
  }

  /// For x ≳ 36.7 the true S(x) is within half an ulp of 1, so it must round to 1 exactly.
  @Test func sigmoidRoundsToOneInTheRightTail() {
    for row in referenceRows where row.sigmoid == 1 {
      #expect(sigmoid(row.x) == 1, "S(\(row.x)) = \(sigmoid(row.x))")
    }
    #expect(referenceRows.contains { $0.sigmoid == 1 && $0.x < 40 })
  }
}
