// Softplus's ln|f|, ln|f'|, ln|f''| past the double range.

extension SoftplusFunction {
  /// Past v = βx = −690 (v as hi + lo): f = e^v(1 − e^v/2)/β, f' = S(v) = e^v(1 − e^v),
  /// and for |v| > 690 f'' = β·t(1 − 2t), t = e^(−|v|), with the exponent kept:
  /// softplus(−1000) ≈ 5.1e−435 is ln f = −1000. Elsewhere the value is normal. Within
  /// 2 ulps of ln|f| plus 2^-50.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    let v = SplitArgument(product: p[0], x)
    let far = v.hi.magnitude > TailExponential.threshold
    switch order {
    case .value where far && v.hi < 0:
      return TailExponential.logScaled(v, by: TailExponential.reciprocal(p[0]), minus: 0.5)
    case .first where far && v.hi < 0:
      return TailExponential.logScaled(v, by: DoubleDouble(1), minus: 1)
    case .second where far:
      return TailExponential.logScaled(v, by: DoubleDouble(p[0]), minus: 2)
    default:
      return logMagnitudeFromValue(order, at: x, p)
    }
  }
}
