// Mish, x·tanh(softplus(x)), and its derivatives.

/// mish(x) = x·T, T = tanh(softplus x); mish' = T + x·sech²(softplus x)·S(x);
/// mish'' = sech²·(2S + x·(S' − 2T·S²)), with S the logistic function.
///
/// Hazards and cures:
/// - tanh(softplus x) → 1 and sech² = 1 − T² cancels for x ≫ 0; for x ≪ 0, T ≈ e^x and
///   log(1 + e^x) loses digits. Cure (as the fixture's generator): with q = e^(−|x|),
///   T and sech² are ratios of sums of positive terms, x ≥ 0: T = (1 + 2q)/(1 + 2q + 2q²),
///   sech² = 4(1 + q)²q²/(1 + 2q + 2q²)²; x < 0: T = q(q + 2)/(q² + 2q + 2),
///   sech² = 4(1 + q)²/(q² + 2q + 2)². No subtraction.
/// - mish' (zero at −1.1924) and mish'' (zeros at −2.0, …) are sums of terms of both
///   signs: everything is a double-double from ExpMinus's q (2^-100), rounded once.
/// - Past |x| = 690, q is subnormal while x·q is not: the tail forms x·q(1 − q/2),
///   (1 + x)·q, (2 + x)·q (x < 0) and, past x = 345 where q² is subnormal, 8(1 − x)·q² (mish'') are
///   rounded once.
public struct MishFunction: PlotFunction {
  public init() {}

  public var names: FunctionNames {
    FunctionNames(commandLine: "mish", legend: "Mish", symbol: "mish")
  }
  public var parameters: [FunctionParameter] { [] }

  /// T, sech², S(x), S'(x) as double-doubles for |x| ≤ 690.
  static func parts(_ x: Double)
    -> (t: DoubleDouble, sech2: DoubleDouble, s: DoubleDouble, d: DoubleDouble)
  {
    let l = SplitArgument(x).logistic
    let q = x >= 0 ? l.sNeg.over(l.s) : l.s.over(l.sNeg)  // e^(−|x|) = S(−|x|)/S(|x|)
    let one = DoubleDouble(1), two = DoubleDouble(2)
    let q2 = q.times(q)
    let onePlusQ = one.plus(q)
    let num: DoubleDouble, den: DoubleDouble, top: DoubleDouble
    if x >= 0 {
      num = one.plus(q.times(two))
      den = num.plus(q2.times(two))
      top = onePlusQ.times(onePlusQ).times(q2).times(DoubleDouble(4))
    } else {
      num = q.times(q.plus(two))
      den = num.plus(two)
      top = onePlusQ.times(onePlusQ).times(DoubleDouble(4))
    }
    return (num.over(den), top.over(den.times(den)), l.s, l.d)
  }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x > 0 || x.isNaN ? x : -0.0 }
    if x > TailExponential.threshold { return x }
    if x < -TailExponential.threshold {
      return TailExponential.scaled(-x, by: DoubleDouble(x), minus: 0.5)
    }
    return Self.parts(x).t.times(DoubleDouble(x)).rounded
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x.isNaN ? x : (x > 0 ? 1 : -0.0) }
    if x > TailExponential.threshold { return 1 }
    if x < -TailExponential.threshold {
      return TailExponential.scaled(-x, by: DoubleDouble(1).plus(DoubleDouble(x)))
    }
    let m = Self.parts(x)
    return m.t.plus(m.sech2.times(m.s).times(DoubleDouble(x))).rounded
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x.isNaN ? x : -0.0 }
    if x > TailExponential.threshold / 2 {  // q² subnormal: 8(1 − x)q², q = e^(−x)
      return TailExponential.scaled(2 * x, by: DoubleDouble(8).times(DoubleDouble(sum: 1, -x)))
    }
    if x < -TailExponential.threshold {
      return TailExponential.scaled(-x, by: DoubleDouble(sum: 2, x))
    }
    let m = Self.parts(x)
    let s2 = m.s.times(m.s)
    let inner = m.d.plus(m.t.times(s2).times(DoubleDouble(-2)))
    let bracket = m.s.times(DoubleDouble(2)).plus(inner.times(DoubleDouble(x)))
    return m.sech2.times(bracket).rounded
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
