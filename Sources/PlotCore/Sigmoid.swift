// The logistic sigmoid and its first two derivatives, correctly rounded (to nearest, ties
// to even) at every double, subnormal and zero results included. Float versions are in
// Sigmoid+Float.swift. Not a general math library: only what the viewer plots and prints.

// The method is CORE-MATH's and CRlibm's:
// 1. A fast path computes the value with a proven relative error bound and a rounding
//    test decides whether that bound allows only one rounding (CorrectRounding.swift for
//    double-doubles; subnormal results are rounded on their fixed grid, not to 53 bits).
//    It has three attempts, each only when the one before declined:
//    a. x86 only: Float80 (ExtendedKernel.swift), about 2^-61; declines about 1 call in 100.
//    b. the cheap exp (ExpMinus+Fast.swift, 2^-70.5, no exact products) with double-double
//       forms (SigmoidKernel.swift); declines about 1 in 10^4.
//    c. the double-double exp (ExpMinus.swift, 2^-100.9) with the same forms: worst total
//       2^-87.3 (S'' just past x = ±ln2/8192), better than 2^-99 elsewhere; tested with
//       2^-80, so it declines about 1 call in 2^26.
//    No attempt uses glibc's exp (it has no proven bound) nor fma (a libm call on baseline
//    x86-64, slower than Dekker's exact product).
// 2. The accurate path (SigmoidAccurate.swift) evaluates in fixed point at 200+ bits with
//    a bound that holds by construction, doubling the precision until the rounding is
//    decided: the hard cases near midpoints, found and kept in
//    Tests/PlotCoreTests/Fixtures/sigmoid-hard-cases.csv.
// The bounds of each step are derived in the doc comments of those types.
//
// With a = |x| and t = e^(−a) ∈ (0, 1]:
//
//     S(a)   = 1 / (1 + t)          S(−a)   = t / (1 + t)
//     S'(a)  = t / (1 + t)²         (even)
//     S''(a) = −t·(1 − t) / (1 + t)³  (odd)
//
// none of which subtracts except 1 − t, taken as −(e^r − 1) from the exp's own
// reduction where it would cancel. The cut-offs below are where the value is decided
// without computing: each says why.

/// The logistic sigmoid S(x) = 1 / (1 + e^(−x)), correctly rounded.
///
/// S(+∞) = 1, S(−∞) = 0, S(NaN) = NaN. For x > 37.43 (t < 2^-54) S(x) rounds to exactly 1;
/// the left tail keeps full relative accuracy down to the subnormals (S(−745) ≈ 5e−324).
///
/// See also ``sigmoidDerivative(_:)``, ``sigmoidSecondDerivative(_:)``.
public func sigmoid(_ x: Double) -> Double {
  if x.isNaN { return x }
  // x > 37.5: 1 > S(x) > 1 − t > 1 − 2^-54, the midpoint below 1, so S rounds to 1.
  if x > 37.5 { return 1 }
  // x < −746: 0 < S(x) < t < 2^-1076, below half the least subnormal.
  if x < -746 { return 0 }
  if x == 0 { return 0.5 }
  let a = x.magnitude
  if a < 0x1p-28 { return TinySigmoid.sigmoid(x) }
  return FastPath.sigmoid(to: Double.self, a, positive: x > 0)
    ?? SigmoidAccurate.value(.sigmoid, at: x, format: .double)
}

/// The derivative of the logistic function, S'(x) = S(x)·(1 − S(x)), correctly rounded.
///
/// Computed as t / (1 + t)² with t = e^(−|x|), so 1 − S(x) is never formed by
/// subtraction and both tails keep full relative accuracy: S'(40) ≈ 4.2e−18, not 0.
/// S' is even (bit for bit); S'(±∞) = 0, S'(NaN) = NaN.
///
/// See also ``sigmoid(_:)``, ``sigmoidSecondDerivative(_:)``.
public func sigmoidDerivative(_ x: Double) -> Double {
  if x.isNaN { return x }
  let a = x.magnitude
  if a > 746 { return 0 }  // S'(x) < t < 2^-1076: rounds to 0
  // |x| < 2^-28: 1/4 > S'(x) > 1/4 − x²/16 > 1/4 − 2^-60, above the midpoint 1/4 − 2^-56.
  if a < 0x1p-28 { return 0.25 }
  return FastPath.rounded(to: Double.self, a, ExtendedKernel.derivative, SigmoidKernel.derivative)
    ?? SigmoidAccurate.value(.derivative, at: x, format: .double)
}

/// The second derivative of the logistic function, S''(x) = S'(x)·(1 − 2·S(x)),
/// correctly rounded, including right down to its zero at x = 0 (S''(x) ≈ −x/8).
///
/// With t = e^(−|x|): S''(|x|) = −t·(1 − t) / (1 + t)³, and S'' is odd (bit for bit).
/// S''(±0) = +0 (a readout of "−0.0" at the inflection would only puzzle), S''(+∞) = −0,
/// S''(−∞) = +0, S''(NaN) = NaN.
///
/// See also ``sigmoid(_:)``, ``sigmoidDerivative(_:)``.
public func sigmoidSecondDerivative(_ x: Double) -> Double {
  if x.isNaN { return x }
  if x == 0 { return 0 }
  let a = x.magnitude
  if a > 746 { return x > 0 ? -0.0 : 0 }  // |S''| < t < 2^-1076: rounds to ∓0
  if a < 0x1p-28 {
    let magnitude = TinySecondDerivative.magnitude(a)
    return x > 0 ? -magnitude : magnitude
  }
  if let magnitude = FastPath.rounded(
    to: Double.self, a, ExtendedKernel.secondDerivativeMagnitude, SigmoidKernel.secondDerivativeMagnitude
  ) {
    return x > 0 ? -magnitude : magnitude
  }
  return SigmoidAccurate.value(.secondDerivative, at: x, format: .double)
}

/// The fast path's attempts, each with its own proven bound and rounding test: Float80
/// (ExtendedKernel.swift, on x86: all but about 1 call in 100), the cheap exp with
/// double-double forms (all but about 1 in 10,000), the double-double exp (all but about
/// 1 in 2^26). What none decides goes to the accurate path.
enum FastPath {
  /// The extended-precision attempt first where the hardware has it (x86), then the two
  /// double-double ones, each rounded to `T` by its own test; nil when none decides.
  @inline(__always)
  static func rounded<T: FastPathFormat>(
    to _: T.Type, _ a: Double, _ extended: (Double) -> ExtendedEstimate,
    _ kernel: (ExpMinus, ExpAccuracy) -> Estimate
  ) -> T? {
    if let r = T.rounded(extended(a)) { return r }  // off x86: a no-op that never decides
    if let r = T.rounded(kernel(ExpMinus(fast: a), .fast)) { return r }
    return T.rounded(kernel(ExpMinus(a), .doubleDouble))
  }
}

extension FastPath {
  /// S(a) (`positive`) or S(−a) for a > 0 through the attempts: each side has its kernels.
  @inline(__always)
  static func sigmoid<T: FastPathFormat>(to _: T.Type, _ a: Double, positive: Bool) -> T? {
    positive
      ? rounded(to: T.self, a, ExtendedKernel.sigmoidPositive, SigmoidKernel.sigmoidPositive)
      : rounded(to: T.self, a, ExtendedKernel.sigmoidNegative, SigmoidKernel.sigmoidNegative)
  }
}

/// A format the fast path rounds to: each attempt's rounding test for it.
protocol FastPathFormat {
  static func rounded(_ e: ExtendedEstimate) -> Self?
  static func rounded(_ x: Estimate) -> Self?
}

extension Double: FastPathFormat {
  @inline(__always) static func rounded(_ e: ExtendedEstimate) -> Double? { ExtendedKernel.double(e) }
  @inline(__always) static func rounded(_ x: Estimate) -> Double? { CorrectRounding.double(x) }
}

extension Float: FastPathFormat {
  @inline(__always) static func rounded(_ e: ExtendedEstimate) -> Float? { ExtendedKernel.float(e) }
  @inline(__always) static func rounded(_ x: Estimate) -> Float? { CorrectRounding.float(x) }
}

/// S(x) for 0 < |x| < 2^-28, decided by its series alone.
///
/// S(x) = 1/2 + x/4 − x³/48 + … (alternating, terms shrinking): the true value lies a
/// hair from v = 1/2 + x/4 toward 1/2. v is exact as a double-double (Fast2Sum), and its
/// distance to any rounding midpoint, when not 0, is a multiple of the last bit of x/4
/// (≥ |x|·2^-55) or of 2^-55, far more than |x|³/48 < |x|·2^-61: so S(x) rounds as v does,
/// except where v is exactly a midpoint (x = odd·2^-52, or −odd·2^-53: the hardest cases
/// of all, 2^-160 from it): there it rounds toward 1/2, not to even.
enum TinySigmoid {
  static func sigmoid(_ x: Double) -> Double {
    let v = DoubleDouble(fastSum: 0.5, 0.25 * x)  // exact: x/4 is exact, |x/4| < 1/2
    let halfULP = (v.hi > 0.5 || (v.hi == 0.5 && v.lo > 0) ? v.hi.ulp : v.hi.nextDown.ulp) / 2
    guard v.lo.magnitude == halfULP else { return v.hi + v.lo }  // one rounding of v
    // Exactly a midpoint: the neighbour of the two that is nearer 1/2.
    let other = v.lo > 0 ? v.hi.nextUp : v.hi.nextDown
    return (v.hi - 0.5).magnitude < (other - 0.5).magnitude ? v.hi : other
  }
}

/// |S''(x)| for 0 < |x| < 2^-28, where it is decided by its series alone.
///
/// |S''(x)| = a/8 − a³/24 + … (a = |x|; alternating, terms shrinking): just below a/8,
/// by a relative a²/3 < 2^-57.
/// - a ≥ 2^-1019: a/8 is a normal double, exact, and the midpoint below it is at least
///   2^-55 below (relative): |S''| lies between, so it rounds to a/8.
/// - a < 2^-1019: a/8 lands on the subnormal grid 2^-1074 only if a's last three bits of
///   n = a·2^1074 are 0. Otherwise a/8 = (n/8)·2^-1074 rounds by n mod 8 as usual, except
///   that at n mod 8 = 4, where a/8 is exactly a midpoint, the true value lies just below
///   it and rounds down (toward 0) rather than to even: the "exact midpoint" pitfall.
enum TinySecondDerivative {
  static func magnitude(_ a: Double) -> Double {
    if a >= 0x1p-1019 { return a * 0.125 }
    let n = UInt64(a * 0x1p600 * 0x1p474)  // exact: a is a multiple of 2^-1074 below 2^-1019
    let q = (n >> 3) + (n & 7 > 4 ? 1 : 0)
    return Double(q) * .leastNonzeroMagnitude
  }

  /// The same for floats: grid 2^-149, a/8 a normal float from a ≥ 2^-123.
  static func magnitude(_ a: Float) -> Float {
    if a >= 0x1p-123 { return a * 0.125 }
    let n = UInt32(Double(a) * 0x1p149)  // exact: a is a multiple of 2^-149 below 2^-123
    let q = (n >> 3) + (n & 7 > 4 ? 1 : 0)
    return Float(q) * .leastNonzeroMagnitude
  }
}

/// Which step of the method decides f(x) for a double: 0 (the Float80 attempt, x86 only),
/// 1 (cheap exp, double-double forms), 2 (double-double exp), 3 (the accurate path), or −1
/// (a special value or cut-off, decided without evaluating). For `sigmoid-benchmark
/// micro` and the tests: it repeats the attempts, so it costs more than the function.
public func sigmoidDecidingStep(_ f: SigmoidKind, at x: Double) -> Int {
  let a = x.magnitude
  guard !x.isNaN, a >= 0x1p-28, a <= 746, f != .sigmoid || x <= 37.5 else { return -1 }
  return FastPath.decidingStep(Double.self, f, a, positive: x > 0)
}

extension FastPath {
  /// The method's attempts for |x| = a, rounding to T, in order: the number of the first
  /// that decides (0 Float80, x86 only; 1 cheap exp; 2 double-double exp), else 3 (the
  /// accurate path). One sequence for doubles and floats, as ``rounded(to:_:_:_:)`` is.
  static func decidingStep<T: FastPathFormat>(
    _: T.Type, _ f: SigmoidKind, _ a: Double, positive: Bool
  ) -> Int {
    let extended: (Double) -> ExtendedEstimate
    let kernel: (ExpMinus, ExpAccuracy) -> Estimate
    switch f {
    case .sigmoid where positive:
      (extended, kernel) = (ExtendedKernel.sigmoidPositive, SigmoidKernel.sigmoidPositive)
    case .sigmoid:
      (extended, kernel) = (ExtendedKernel.sigmoidNegative, SigmoidKernel.sigmoidNegative)
    case .derivative:
      (extended, kernel) = (ExtendedKernel.derivative, SigmoidKernel.derivative)
    case .secondDerivative:
      (extended, kernel) =
        (ExtendedKernel.secondDerivativeMagnitude, SigmoidKernel.secondDerivativeMagnitude)
    }
    if T.rounded(extended(a)) != nil { return 0 }  // never off x86: no Float80 there
    if T.rounded(kernel(ExpMinus(fast: a), .fast)) != nil { return 1 }
    if T.rounded(kernel(ExpMinus(a), .doubleDouble)) != nil { return 2 }
    return 3
  }
}
