// GELU's ln|f|, ln|f'|, ln|f''| past the double range: the Mills-ratio tail with
// e^(−x²/2) kept as its exponent.

import Glibc

extension GELUFunction {
  /// For x < −20 (f, f') and |x| > 20 (f''): ln of the value's own tail forms
  /// −φ·(a·M(a)), −φ·(a − M(a)) and φ·(2 − x²), with −x²/2 exact as hi + lo
  /// (``TailExponential/logScaled(_:lo:by:minus:)``); GELU(−40) ≈ −1.46e−348 is
  /// ln|f| ≈ −800.97. Near 0, f = x/2 (1 + O(x)). Elsewhere the value is normal.
  /// Within 2 ulps of ln|f| plus 2^-50 (Tests: LogMagnitudeAccuracyTests).
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    let a = x.magnitude
    if order == .value, a < TailExponential.linearBelow {
      return TailExponential.logLinear(x, lnC: -M_LN2)
    }
    let tail = order == .second ? a > -Self.millsCut : x < Self.millsCut
    guard tail else { return logMagnitudeFromValue(order, at: x, p) }
    let factor: DoubleDouble
    switch order {
    case .value: factor = Self.millsSeries(a).negated
    case .first: factor = DoubleDouble(x).plus(Self.millsRatio(a))
    case .second: factor = DoubleDouble(2).plus(DoubleDouble(square: x).negated)
    }
    let x2 = DoubleDouble(square: x)
    return TailExponential.logScaled(0.5 * x2.hi, lo: 0.5 * x2.lo,
                                     by: Self.invSqrt2Pi.times(factor))
  }
}
