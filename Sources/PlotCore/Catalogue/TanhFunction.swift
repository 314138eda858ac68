// The hyperbolic tangent and its derivatives, through the correctly rounded logistic
// function where that is exact and glibc's tanh only near 0.

/// tanh x, tanh' x = sech² x, tanh'' x = −2·tanh x·sech² x.
///
/// Hazards and cures:
/// - sech² x = 1 − tanh² x cancels in both tails (tanh'(20) ≈ 1.7e−17, not 0). It is
///   4·S'(2x) exactly (sech² u = 4·S(2u)·S(−2u)), and S' is correctly rounded: so is
///   tanh' (2x and the factor 4 are exact; 2x overflows only where tanh' is 0).
/// - tanh'' = −2·tanh·sech² would round three times; it is 8·S''(2x) exactly
///   (S''(u) = −S'(u)·tanh(u/2)): correctly rounded, zero at 0 with full relative accuracy.
/// - Past |x| = 345, S'(2x) and S''(2x) are subnormal while 4·S' and 8·S'' are not yet:
///   there the tail forms 4t(1 − 2t) and 8t(1 − 4t), t = e^(−2|x|), are rounded once
///   (``TailExponential``).
/// - tanh x for |x| ≥ 0.55 is 1 − 2·S(−2|x|) with the sign of x: S is correctly rounded,
///   the difference exact or one rounding of a value ≥ 1/2: within 0.75 ulp. Below 0.55
///   not glibc's tanh (it errs by up to 2.04 ulps there, measured against mpmath near
///   x = 0.2538) but (1 − t)/(1 + t), t = e^(−2|x|), in double-double from ExpMinus;
///   x itself below 2^-27 (tanh(1e−300) = 1e−300).
public struct TanhFunction: PlotFunction {
  public init() {}

  public var names: FunctionNames {
    FunctionNames(commandLine: "tanh", legend: "Tanh", symbol: "tanh")
  }
  public var parameters: [FunctionParameter] { [] }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    let a = x.magnitude
    if x.isNaN { return x }
    if a < 0x1p-27 { return x }  // tanh x = x(1 − x²/3 + …): within 2^-55.6 of x
    let t = a >= 0.55 ? DoubleDouble(1 - 2 * sigmoid(-2 * a)) : Self.smallTanh(a)
    return x < 0 ? -t.rounded : t.rounded
  }

  /// tanh a = (1 − t)/(1 + t), t = e^(−2a), for 2^-27 ≤ a < 0.55 in double-double:
  /// ExpMinus gives t to 2^-100.9 and, for 2a < 2^-13.5, 1 − t = −p to 2^-99 directly;
  /// elsewhere 1 − t ≥ 2^-13.5 loses at most 2^-13.5 of t's accuracy.
  static func smallTanh(_ a: Double) -> DoubleDouble {
    let e = ExpMinus(2 * a)
    let t = e.t
    let oneMinus = e.isUnreduced ? e.p.negated : DoubleDouble(1).plus(t.negated)
    return oneMinus.over(DoubleDouble(1).plus(t))
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    let a = x.magnitude
    if a > TailExponential.threshold / 2 {  // S'(2x) subnormal: 4t(1 − 2t), t = e^(−2|x|)
      return TailExponential.scaled(2 * a, by: DoubleDouble(4), minus: 2)
    }
    return 4 * sigmoidDerivative(2 * x)
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    let a = x.magnitude
    if a > TailExponential.threshold / 2 {  // −sign(x)·8t(1 − 4t)
      let m = TailExponential.scaled(2 * a, by: DoubleDouble(8), minus: 4)
      return x > 0 ? -m : m
    }
    // Near 0, S''(2x) ≈ −x/4 is subnormal for tiny x while −2x is not; tanh'' =
    // −2x(1 − 8x²/3 + …), so −2x is within 2^-57 relative below 2^-30.
    if a < 0x1p-30 { return -2 * x }
    return 8 * sigmoidSecondDerivative(2 * x)
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
