// Mish's ln|f|, ln|f'|, ln|f''| past the double range.

import Glibc

extension MishFunction {
  /// The value's tail forms with the exponent kept: for x < −690, f = x·e^x(1 − e^x/2),
  /// f' = (1 + x)·e^x, f'' = (2 + x)·e^x; for x > 345, f'' = 8(1 − x)·e^(−2x);
  /// mish(−1000) ≈ −5.1e−432. Near 0, f = x·tanh(ln 2) = 0.6·x. Elsewhere the value is
  /// normal. Within 2 ulps of ln|f| plus 2^-50.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    if order == .value, x.magnitude < TailExponential.linearBelow {
      return TailExponential.logLinear(x, lnC: Glibc.log(0.6))
    }
    let left = x < -TailExponential.threshold
    switch order {
    case .value where left:
      return TailExponential.logScaled(-x, by: DoubleDouble(x), minus: 0.5)
    case .first where left:
      return TailExponential.logScaled(-x, by: DoubleDouble(1).plus(DoubleDouble(x)))
    case .second where left:
      return TailExponential.logScaled(-x, by: DoubleDouble(sum: 2, x))
    case .second where x > TailExponential.threshold / 2:
      return TailExponential.logScaled(2 * x, by: DoubleDouble(8).times(DoubleDouble(sum: 1, -x)))
    default:
      return logMagnitudeFromValue(order, at: x, p)
    }
  }
}
