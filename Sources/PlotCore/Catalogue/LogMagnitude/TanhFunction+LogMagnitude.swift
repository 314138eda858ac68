// tanh's ln|f'|, ln|f''| past the double range (tanh itself never underflows: tanh x = x
// to the last bit for tiny x).

extension TanhFunction {
  /// Past |x| = 345, with t = e^(−2|x|): tanh' = 4t(1 − 2t) and tanh'' = −sign(x)·8t(1 − 4t),
  /// the exponent kept: tanh'(400) ≈ 1.1e−347 is ln f' ≈ −798.6. Elsewhere the value is
  /// normal. Within 2 ulps of ln|f| plus 2^-50.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    let a = x.magnitude
    guard order != .value, a > TailExponential.threshold / 2 else {
      return logMagnitudeFromValue(order, at: x, p)
    }
    if order == .first { return TailExponential.logScaled(2 * a, by: DoubleDouble(4), minus: 2) }
    return TailExponential.logScaled(2 * a, by: DoubleDouble(x > 0 ? -8 : 8), minus: 4)
  }
}
