// S_k,x0 away from the defaults: u = k·(x − x0) carried as a double-double, so the
// rounding of the argument is not amplified by the tails (issue 12's exactness for every
// parameter value). At the defaults SigmoidFunction.swift uses Sigmoid.swift unchanged.

extension SigmoidFunction {
  /// u = k·(x − x0) as hi + lo: x − x0 exact (TwoSum), the product's error from fma.
  /// Non-finite hi (x = ±∞, or k·(x − x0) past the largest double) carries lo = 0.
  static func splitArgument(_ x: Double, _ p: ParameterValues) -> SplitArgument {
    let k = p[0]
    let d = DoubleDouble(sum: x, -p[1])
    let head = k * d.hi
    return SplitArgument(hi: head, lo: (-head).addingProduct(k, d.hi) + k * d.lo)
  }

  /// S(u) = S(hi) + lo·S'(hi): S correctly rounded, then the first-order correction
  /// (the error of dropping lo·S'' is below 2^-104·u²): within about 1 ulp.
  @usableFromInline static func parameterizedValue(_ x: Double, _ p: ParameterValues) -> Double {
    splitArgument(x, p).sigmoidValue
  }

  /// k·S'(u) from the double-double S'(u) (ExpMinus, 2^-100) rounded once; past |u| = 690,
  /// where S'(u) alone is subnormal but k·S'(u) may not be, k·t(1 − 2t), t = e^(−|u|).
  @usableFromInline static func parameterizedDerivative(_ x: Double, _ p: ParameterValues) -> Double {
    let u = splitArgument(x, p)
    if !u.hi.isFinite { return 0 }
    let a = u.hi.magnitude
    if a > TailExponential.threshold {
      return TailExponential.scaled(a, lo: u.hi < 0 ? -u.lo : u.lo, by: DoubleDouble(p[0]),
                                    minus: 2)
    }
    return DoubleDouble(p[0]).times(u.logistic.d).rounded
  }

  /// k²·S''(u), S'' = S'·(S(−u) − S(u)) in double-double, rounded once; −k²u/8 near the
  /// zero (|u| < 2^-27, relative error below u²/3); k²·t(1 − 4t) with the sign of −u past
  /// |u| = 690.
  @usableFromInline static func parameterizedSecondDerivative(_ x: Double, _ p: ParameterValues) -> Double {
    let u = splitArgument(x, p)
    if !u.hi.isFinite { return u.hi > 0 ? -0.0 : 0 }
    let k2 = DoubleDouble(square: p[0])
    let a = u.hi.magnitude
    if a < 0x1p-27 { return u.hi == 0 ? 0 : -0.125 * k2.times(u.doubleDouble).rounded }
    if a > TailExponential.threshold {
      let m = TailExponential.scaled(a, lo: u.hi < 0 ? -u.lo : u.lo, by: k2, minus: 4)
      return u.hi > 0 ? -m : m
    }
    let l = u.logistic
    return k2.times(l.d.times(l.sNeg.plus(l.s.negated))).rounded
  }
}
