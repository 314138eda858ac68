// Correct rounding of S, S', S'' (issue 17): every attempt of the fast path is right when
// it decides, the accurate path is right on its own, the hard cases of
// Fixtures/sigmoid-hard-cases.csv (Fixtures/find_hard_cases.py) are exact, and seeded
// random doubles and floats are judged by the independent exact evaluation of
// ExactSigmoid.swift. The main fixture's exact equality is in SigmoidTests.swift.

import Foundation
import TestSupport
import Testing
@testable import PlotCore

/// One hard case: f, x and the correctly rounded f(x), decided by mpmath.
struct HardCase: Sendable {
  var function: ExactSigmoid.Function
  var x: Double
  var value: Double
  /// log2 of the true value's distance to the nearest midpoint, in ulps.
  var closeness: Double
}

let hardCases: [HardCase] = {
  guard let url = Bundle.module.url(forResource: "sigmoid-hard-cases", withExtension: "csv"),
        let text = try? String(contentsOf: url, encoding: .utf8)
  else { return [] }
  return text.split(separator: "\n").dropFirst().compactMap { line in
    let f = line.split(separator: ",").map(String.init)
    guard f.count == 4, let x = Double(f[1]), let v = Double(f[2]), let c = Double(f[3]) else {
      return nil
    }
    let function: ExactSigmoid.Function = f[0] == "S" ? .sigmoid
      : f[0] == "S'" ? .derivative : .secondDerivative
    return HardCase(function: function, x: x, value: v, closeness: c)
  }
}()

/// The production function for a judge's function tag.
func production(_ f: ExactSigmoid.Function) -> (Double) -> Double {
  switch f {
  case .sigmoid: return sigmoid
  case .derivative: return sigmoidDerivative
  case .secondDerivative: return sigmoidSecondDerivative
  }
}

func productionFloat(_ f: ExactSigmoid.Function) -> (Float) -> Float {
  switch f {
  case .sigmoid: return sigmoid
  case .derivative: return sigmoidDerivative
  case .secondDerivative: return sigmoidSecondDerivative
  }
}

func accurateTag(_ f: ExactSigmoid.Function) -> SigmoidKind {
  switch f {
  case .sigmoid: return .sigmoid
  case .derivative: return .derivative
  case .secondDerivative: return .secondDerivative
  }
}

/// Same double, zero signs included.
func identical(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }

/// The three attempts of the fast path at a = |x| for f, each nil where it declines; the
/// magnitudes they would return (signs are applied by the public functions).
func attempts(_ f: ExactSigmoid.Function, _ x: Double) -> [Double?] {
  let a = x.magnitude
  let kernel: (ExpMinus, ExpAccuracy) -> Estimate
  var extended: Double?
  switch f {
  case .sigmoid:
    if x > 0 { kernel = SigmoidKernel.sigmoidPositive } else { kernel = SigmoidKernel.sigmoidNegative }
    #if arch(x86_64)
    let (y, b): ExtendedEstimate =
      x > 0 ? ExtendedKernel.sigmoidPositive(a) : ExtendedKernel.sigmoidNegative(a)
    extended = ExtendedKernel.double(y, bound: b)
    #endif
  case .derivative:
    kernel = SigmoidKernel.derivative
    #if arch(x86_64)
    let (y, b) = ExtendedKernel.derivative(a)
    extended = ExtendedKernel.double(y, bound: b)
    #endif
  case .secondDerivative:
    kernel = SigmoidKernel.secondDerivativeMagnitude
    #if arch(x86_64)
    let (y, b) = ExtendedKernel.secondDerivativeMagnitude(a)
    extended = ExtendedKernel.double(y, bound: b)
    #endif
  }
  return [extended, CorrectRounding.double(kernel(ExpMinus(fast: a), .fast)),
          CorrectRounding.double(kernel(ExpMinus(a), .doubleDouble))]
}

/// Whether x goes through the kernels at all for f (not a special value or cut-off).
func usesKernels(_ f: ExactSigmoid.Function, _ x: Double) -> Bool {
  let a = x.magnitude
  guard a > 0, a <= 746 else { return false }
  switch f {
  case .sigmoid: return x <= 37.5 && a >= 0x1p-28
  case .derivative, .secondDerivative: return a >= 0x1p-28
  }
}

@Suite struct SigmoidCorrectRoundingTests {
  static let functions: [ExactSigmoid.Function] = [.sigmoid, .derivative, .secondDerivative]

  static func want(_ row: ReferenceRow, _ f: ExactSigmoid.Function) -> Double {
    switch f {
    case .sigmoid: return row.sigmoid
    case .derivative: return row.derivative
    case .secondDerivative: return row.secondDerivative
    }
  }

  /// Each attempt, wherever it decides, gives the fixture's double: a bound that is too
  /// tight anywhere shows up here even when a later attempt would have covered for it.
  @Test func everyAttemptIsRightWhereItDecides() {
    var decided = [0, 0, 0], total = 0
    for row in referenceRows {
      for f in Self.functions where usesKernels(f, row.x) {
        let want = Self.want(row, f).magnitude
        total += 1
        for (i, got) in attempts(f, row.x).enumerated() {
          guard let got else { continue }
          decided[i] += 1
          #expect(got == want, "attempt \(i) of \(f)(\(row.x)): want \(want), got \(got)")
        }
      }
    }
    print("attempts decided \(decided) of \(total) fixture evaluations")
    #expect(total > 15_000)
    // The double-double attempt declines only near midpoints: a handful at most.
    #expect(decided[2] > total - 40)
  }

  /// The accurate path alone, on every third fixture row: it must not lean on the fast path.
  @Test func accuratePathMatchesTheFixture() {
    for (i, row) in referenceRows.enumerated() where i % 3 == 0 {
      for f in Self.functions where usesKernels(f, row.x) {
        let got = SigmoidAccurate.value(accurateTag(f), at: row.x, format: .double)
        #expect(identical(got, Self.want(row, f)),
                "accurate \(f)(\(row.x)): want \(Self.want(row, f)), got \(got)")
      }
    }
  }

  /// The searched and structured hard cases: exact, through the public functions and
  /// through the accurate path alone; and the fast attempts decline or agree.
  @Test func hardCasesAreExact() {
    #expect(hardCases.count >= 60)
    #expect(hardCases.contains { $0.closeness < -60 })
    for c in hardCases {
      let got = production(c.function)(c.x)
      #expect(identical(got, c.value), "\(c.function)(\(c.x)): want \(c.value), got \(got)")
      if usesKernels(c.function, c.x) {
        // Within 2^-30 ulp of a midpoint no attempt's bound (2^-80 relative at best, that
        // is 2^-27 ulp or more) can exclude it: only the accurate path may decide.
        if c.closeness < -30 {
          let step = sigmoidDecidingStep(accurateTag(c.function), at: c.x)
          #expect(step == 3, "\(c.function)(\(c.x)), 2^\(c.closeness) ulp from a midpoint: step \(step)")
        }
        let accurate = SigmoidAccurate.value(accurateTag(c.function), at: c.x, format: .double)
        #expect(identical(accurate, c.value), "accurate \(c.function)(\(c.x)): got \(accurate)")
        for (i, attempt) in attempts(c.function, c.x).enumerated() {
          guard let attempt else { continue }
          #expect(attempt == c.value.magnitude, "attempt \(i) of \(c.function)(\(c.x))")
        }
      }
    }
  }

  /// Seeded random doubles against the exact judge: random bit patterns over the useful
  /// range and log-uniform magnitudes from the subnormals up, both signs.
  @Test func randomDoublesAreCorrectlyRounded() {
    let count = ProcessInfo.processInfo.environment["SIGMOID_CR_CASES"].flatMap { Int($0) } ?? 120
    var rng = SplitMix64(seed: 0x17_C0DE)
    var failures = 0
    for i in 0..<count {
      let x: Double
      switch i % 3 {
      case 0:  // uniform bits among doubles of magnitude below 746
        var candidate: Double
        repeat { candidate = Double(bitPattern: rng.next() >> 1) } while !(candidate < 746)
        x = candidate
      case 1: x = rng.uniform(-40...40)
      default: x = rng.logUniform(0x1p-1074...746)
      }
      let signed = rng.next() & 1 == 0 ? x : -x
      for f in Self.functions {
        let y = production(f)(signed)
        let ok = ExactSigmoid.isCorrectlyRounded(f, signed, y)
        #expect(ok, "case \(i): \(f)(\(signed)) = \(y) is not correctly rounded")
        if !ok { failures += 1 }
      }
      if failures > 5 { break }
    }
  }

  /// Below |x| = 2^-28 the series decides (TinySigmoid, TinySecondDerivative, S' = 1/4):
  /// those rules against the accurate path, which knows nothing of them, at the exact
  /// midpoint structures (x = odd·2^-52, −odd·2^-53 for S; (8j + 4)·2^-1074 for S'') and
  /// at log-uniform random x.
  @Test func tinyArgumentRulesMatchTheAccuratePath() {
    var rng = SplitMix64(seed: 0x7171)
    var xs: [Double] = [0x1p-28.nextDown, 0x1p-1074, 0x1p-1022, 0x1p-1019, 0x1p-1019.nextDown]
    for _ in 0..<20 {
      let odd = Double(rng.next() % (1 << 24) | 1)
      xs += [odd * 0x1p-52, -odd * 0x1p-53, Double(8 * (rng.next() % (1 << 40)) + 4) * 0x1p-1074]
      xs.append(rng.logUniform(0x1p-1074...0x1p-28))
    }
    xs += xs.map { -$0 }
    for x in xs where x.magnitude < 0x1p-28 {
      for f in Self.functions {
        let want = SigmoidAccurate.value(accurateTag(f), at: x, format: .double)
        let got = production(f)(x)
        #expect(identical(got, want), "\(f)(\(x)): tiny rule \(got), accurate path \(want)")
      }
    }
  }

  /// Seeded random floats against the same judge, rounding to float.
  @Test func randomFloatsAreCorrectlyRounded() {
    var rng = SplitMix64(seed: 0xF10A7)
    for i in 0..<90 {
      let x = Float(i % 2 == 0 ? rng.uniform(-20...20) : rng.logUniform(0x1p-149...104))
      let signed = rng.next() & 1 == 0 ? x : -x
      for f in Self.functions {
        let y = productionFloat(f)(signed)
        #expect(ExactSigmoid.isCorrectlyRounded(f, Double(signed), Double(y), float: true),
                "case \(i): \(f)(\(signed) as Float) = \(y) is not correctly rounded")
      }
    }
  }

  /// The micro-benchmark's Float deciding step: −1 exactly at the cut-offs the Float
  /// functions decide without evaluating, an attempt (0 ... 3) everywhere else, and the
  /// Float80 attempt (x86) or the cheap exp deciding an ordinary input.
  @Test func floatDecidingStepFollowsTheCutOffs() {
    let tags: [(SigmoidKind, ExactSigmoid.Function)] =
      [(.sigmoid, .sigmoid), (.derivative, .derivative), (.secondDerivative, .secondDerivative)]
    for (tag, f) in tags {
      for x: Float in [.nan, 0, -0.0, 0x1p-29, -0x1p-29, 105, -105, .infinity, -.infinity] {
        #expect(sigmoidDecidingStep(tag, at: x) == -1, "\(f) at \(x)")
      }
      for x: Float in [0x1p-28, -0x1p-28, 0.5, -3, 20, 39.5, -104] {
        #expect((0...3).contains(sigmoidDecidingStep(tag, at: x)), "\(f) at \(x)")
      }
    }
    #expect(sigmoidDecidingStep(.sigmoid, at: Float(41)) == -1)
    #expect(sigmoidDecidingStep(.derivative, at: Float(104)) != -1)
    #if arch(x86_64) || arch(i386)
    #expect(sigmoidDecidingStep(.sigmoid, at: Float(0.75)) == 0)
    #else
    #expect(sigmoidDecidingStep(.sigmoid, at: Float(0.75)) == 1)
    #endif
  }

  /// Float limits and special values, as for the doubles.
  @Test func floatSpecialValues() {
    #expect(sigmoid(Float.infinity) == 1 && sigmoid(-Float.infinity) == 0)
    #expect(sigmoid(Float(0)) == 0.5 && sigmoidDerivative(Float(0)) == 0.25)
    #expect(sigmoidSecondDerivative(Float(0)).bitPattern == 0)
    #expect(sigmoidSecondDerivative(-Float(0)).bitPattern == 0)
    #expect(sigmoidSecondDerivative(Float.infinity).bitPattern == (-Float(0)).bitPattern)
    #expect(sigmoidSecondDerivative(-Float.infinity).bitPattern == 0)
    #expect(sigmoid(Float.nan).isNaN && sigmoidDerivative(Float.nan).isNaN)
  }

  /// The subnormal branch of the rounding test against exact rounding onto the grid
  /// 2^-1074: exact estimates (bound 2^-100) of random values between 2^-1081 and
  /// 2^-1021 (where that grid holds), including ones built to sit near midpoints.
  @Test func roundingTestOnTheSubnormalGrid() {
    var rng = SplitMix64(seed: 0x5AB)
    for i in 0..<4000 {
      let exponent = -1081 + Int(rng.next() % 60)
      var hi = 1 + rng.unit()
      if i % 4 == 0 {  // a midpoint of the grid, in the scaled units, then nudged
        let unit = PowerOfTwo.double(-1074 - exponent)
        hi = ((hi / unit).rounded(.down) + 0.5) * unit
      }
      let lo = i % 8 == 0 ? 0 : hi.ulp * (rng.unit() - 0.5)
      let estimate = Estimate(m: DoubleDouble(hi: hi, lo: lo), exponent: exponent, bound: 0x1p-100)
      // The exact value n·2^-1074 + remainder, rounded to nearest even by hand.
      let exact = Dyadic(hi) + Dyadic(lo.magnitude)  // lo ≥ 0 case only below
      guard lo >= 0 else { continue }
      let scaled = Dyadic(exact.n, exact.e + exponent + 1074)  // value / 2^-1074
      let (whole, _) = scaled.n.shiftedDown(-scaled.e)
      let remainder = scaled - Dyadic(whole, 0)
      let half = Dyadic(TestNatural(1), -1)
      let q = Double(whole.limbs.reversed().reduce(UInt64(0)) { $0 << 32 | UInt64($1) })
      var want = q
      if half < remainder || (!(remainder < half) && UInt64(q) & 1 == 1) { want = q + 1 }
      let wantValue = want * .leastNonzeroMagnitude
      if let got = CorrectRounding.double(estimate) {
        #expect(got == wantValue, "hi \(hi) lo \(lo) e \(exponent): want \(wantValue), got \(got)")
      } else {
        // Declining is allowed only within the test's slack (2^-50 of the grid, plus the
        // bound) of a midpoint.
        let gap = remainder < half ? half - remainder : remainder - half
        #expect(gap < Dyadic(TestNatural(1), -45), "declined off a midpoint: \(hi) e \(exponent)")
      }
    }
  }
}
