// logsigmoid's ln|f|, ln|f'|, ln|f''| past the double range.

extension LogSigmoidFunction {
  /// Past |x| = 690, with t = e^(−|x|): f = −log1p(t) = −t(1 − t/2) and f' = S(−x) =
  /// t(1 − t) for x > 0, f'' = −S'(x) = −t(1 − 2t), the exponent kept:
  /// logsigmoid(1000) ≈ −5.1e−435 is ln|f| = −1000, negative. Elsewhere the value is
  /// normal. Within 2 ulps of ln|f| plus 2^-50.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    let v = SplitArgument(x)
    let far = x.magnitude > TailExponential.threshold
    switch order {
    case .value where far && x > 0:
      return TailExponential.logScaled(v, by: DoubleDouble(-1), minus: 0.5)
    case .first where far && x > 0:
      return TailExponential.logScaled(v, by: DoubleDouble(1), minus: 1)
    case .second where far:
      return TailExponential.logScaled(v, by: DoubleDouble(-1), minus: 2)
    default:
      return logMagnitudeFromValue(order, at: x, p)
    }
  }
}
