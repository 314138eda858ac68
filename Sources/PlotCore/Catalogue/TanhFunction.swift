// The hyperbolic tangent and its derivatives, through the correctly rounded logistic
// function where that is exact and glibc's tanh only near 0.

import Glibc

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
///   glibc's tanh (about 1 ulp, tanh(1e−300) = 1e−300).
public struct TanhFunction: PlotFunction {
  public init() {}

  public var names: FunctionNames {
    FunctionNames(commandLine: "tanh", legend: "Tanh", symbol: "tanh")
  }
  public var parameters: [FunctionParameter] { [] }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    let a = x.magnitude
    if !(a >= 0.55) { return Glibc.tanh(x) }  // NaN too
    let t = 1 - 2 * sigmoid(-2 * a)
    return x < 0 ? -t : t
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
    naturalLogFromValue(order, at: x, p)
  }
}
