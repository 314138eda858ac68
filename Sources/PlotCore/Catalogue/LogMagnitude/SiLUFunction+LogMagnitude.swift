// SiLU's ln|f|, ln|f'|, ln|f''| past the double range.

import Glibc

extension SiLUFunction {
  /// Past |v| = 690 (v = βx carried as hi + lo) the value's tail forms x·t(1 − t),
  /// (1 + v)·t, β(2 − |v|)·t with t = e^(−|v|) kept as the exponent: SiLU(−800) ≈
  /// −1.9e−345 is ln|f| ≈ −793.3. Near 0, f = x/2 (1 + O(x)). Elsewhere the value is
  /// normal. Within 2 ulps of ln|f| plus 2^-50.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    if order == .value, x.magnitude < TailExponential.linearBelow {
      return TailExponential.logLinear(x, lnC: -M_LN2)
    }
    let v = SplitArgument(product: p[0], x)
    let far = v.hi.magnitude > TailExponential.threshold
    switch order {
    case .value where far && v.hi < 0:
      return TailExponential.logScaled(v, by: DoubleDouble(x), minus: 1)
    case .first where far && v.hi < 0:
      return TailExponential.logScaled(v, by: DoubleDouble(1).plus(v.doubleDouble))
    case .second where far:
      let twoMinus = DoubleDouble(2).plus(DoubleDouble(hi: -v.hi.magnitude,
                                                       lo: v.hi < 0 ? v.lo : -v.lo))
      return TailExponential.logScaled(v, by: DoubleDouble(p[0]).times(twoMinus))
    default:
      return logMagnitudeFromValue(order, at: x, p)
    }
  }
}
