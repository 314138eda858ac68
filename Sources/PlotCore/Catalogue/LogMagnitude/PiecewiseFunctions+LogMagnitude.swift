// ln|f| for the piecewise-linear and rational catalogue functions where the double value
// is subnormal although f is not small relative to x (leaky_relu, hardswish near 0) or
// underflows (softsign's derivatives past |x| = 1e154).

import Glibc

extension LeakyReLUFunction {
  /// f = slope·x for x < 0: ln(slope) + ln|x| (slope·x is subnormal for tiny x). f' and
  /// f'' are constants. Exact to glibc's logs.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    guard order == .value, x < 0, p[0] > 0 else { return logMagnitudeFromValue(order, at: x, p) }
    return LogMagnitude(ln: Glibc.log(p[0]) + Glibc.log(-x), isNegative: true)
  }
}

extension HardswishFunction {
  /// f = x(x + 3)/6 = x/2 (1 + x/3) for tiny x, where the double is subnormal.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if order == .value, x.magnitude < TailExponential.linearBelow {
      return TailExponential.logLinear(x, lnC: -M_LN2)
    }
    return logMagnitudeFromValue(order, at: x, p)
  }
}

extension SoftsignFunction {
  /// f' = 1/(1 + |x|)², f'' = −2·sign(x)/(1 + |x|)³, which underflow past |x| ≈ 1e154
  /// and 1e102: ln = −2·log1p|x| and ln 2 − 3·log1p|x| there (for |x| > 1e100).
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    let a = x.magnitude
    guard order != .value, a > 1e100, a.isFinite else { return logMagnitudeFromValue(order, at: x, p) }
    let l = log1p(a)
    if order == .first { return LogMagnitude(ln: -2 * l, isNegative: false) }
    return LogMagnitude(ln: M_LN2 - 3 * l, isNegative: x > 0)
  }
}
