// gelu_tanh's ln|f|, ln|f'|, ln|f''| past the double range (the values are 0 past
// |x| = 30; the logs go on with the cubic v = 2u kept as hi + lo).

import Glibc

extension GELUTanhFunction {
  /// Where |v| > 690 (|x| ≳ 21.3), the value's tail forms x·e^v(1 − e^v),
  /// (1 + 2x·u')·e^v and (linear ± curvature)·e^(−|v|) with the exponent kept, also past
  /// |x| = 30 where the values return 0; gelu_tanh(−40) ≈ −1.7e−1987. Near 0, f = x/2.
  /// Past |x| ≈ 2.9e102 v itself overflows and ln|f| saturates (``LogMagnitude``).
  /// Within 2 ulps of ln|f| plus 2^-50.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    if order == .value, x.magnitude < TailExponential.linearBelow {
      return TailExponential.logLinear(x, lnC: -M_LN2)
    }
    guard x.magnitude > 20 else { return logMagnitudeFromValue(order, at: x, p) }
    let (v, du, ddu) = Self.arguments(x)
    guard v.hi.isFinite, du.hi.isFinite else {
      let negative = order == .second ? x > 0 : x < 0
      return order != .second && x > 0 ? logMagnitudeFromValue(order, at: x, p)
        : LogMagnitude(ln: -.greatestFiniteMagnitude, isNegative: negative)
    }
    let far = v.hi.magnitude > TailExponential.threshold
    switch order {
    case .value where far && v.hi < 0:
      return TailExponential.logScaled(v, by: DoubleDouble(x), minus: 1)
    case .first where far && v.hi < 0:
      return TailExponential.logScaled(v, by: DoubleDouble(1).plus(du.times(DoubleDouble(2 * x))))
    case .second where far:
      let linear = du.times(DoubleDouble(4)).plus(ddu.times(DoubleDouble(2 * x)))
      let curvature = du.times(du).times(DoubleDouble(4 * x))
      let factor = v.hi > 0 ? linear.plus(curvature.negated) : linear.plus(curvature)
      return TailExponential.logScaled(v, by: factor)
    default:
      return logMagnitudeFromValue(order, at: x, p)
    }
  }
}
