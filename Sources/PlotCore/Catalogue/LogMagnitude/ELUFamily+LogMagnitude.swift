// ELU's, CELU's and SELU's ln|f|, ln|f'|, ln|f''| past the double range: the exponential
// tails α·e^x, e^(x/α), e^(x/α)/α and scale·α·e^x with the exponent kept, and the tiny-x
// forms where the double product is subnormal.

import Glibc

extension ELUFunction {
  /// f' = f'' = α·e^x for x < −690 (ELU'(−1000) ≈ 5.1e−435); f = α·x for tiny x < 0.
  /// Within 2 ulps of ln|f| plus 2^-50.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    if order == .value, x < 0, -x < TailExponential.linearBelow {
      return TailExponential.logLinear(x, lnC: Glibc.log(p[0]))
    }
    if order != .value, x < -TailExponential.threshold {
      return TailExponential.logScaled(-x, by: DoubleDouble(p[0]))
    }
    return logMagnitudeFromValue(order, at: x, p)
  }
}

extension CELUFunction {
  /// f' = e^v and f'' = e^v/α for v = x/α (hi + lo) below −690. Within 2 ulps of ln|f|
  /// plus 2^-50.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    let v = SplitArgument(quotient: x, p[0])
    guard order != .value, x < 0, v.hi < -TailExponential.threshold else {
      return logMagnitudeFromValue(order, at: x, p)
    }
    let factor = order == .first ? DoubleDouble(1) : TailExponential.reciprocal(p[0])
    return TailExponential.logScaled(v, by: factor)
  }
}

extension SELUFunction {
  /// f' = f'' = scale·α·e^x for x < −690; f = scale·x (x > 0) or scale·α·x (x < 0) for
  /// tiny x, and scale·x past 1e300 (the double overflows beyond 1.711e308). Within 2 ulps of ln|f| plus 2^-50.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    if order == .value, x.magnitude < TailExponential.linearBelow {
      let c = x > 0 ? Self.scale : Self.scaleAlpha
      return TailExponential.logLinear(x, lnC: Glibc.log(c.hi) + c.lo / c.hi)
    }
    if order != .value, x < -TailExponential.threshold {
      return TailExponential.logScaled(-x, by: Self.scaleAlpha)
    }
    if order == .value, x > 1e300, x.isFinite {  // scale·x overflows past 1.711e308
      return LogMagnitude(ln: Glibc.log(Self.scale.hi) + Self.scale.lo / Self.scale.hi
                            + Glibc.log(x), isNegative: false)
    }
    return logMagnitudeFromValue(order, at: x, p)
  }
}
