// The defaults behind PlotFunction.naturalLogMagnitude and the helpers built on it: the
// log scale's ln f for functions whose positive values come from their magnitude form,
// and the readout's digits for values a double cannot hold.

import Glibc

extension PlotFunction {
  /// From the value (``LogMagnitude/init(value:)``): exact to the value's rounding where
  /// it is a normal double. A family whose values underflow or overflow overrides this.
  @inlinable
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    logMagnitudeFromValue(order, at: x, p)
  }

  /// ``LogMagnitude/init(value:)`` of the derivative of `order` at x: what the families'
  /// direct forms fall back on where the value is a normal double.
  @inlinable
  public func logMagnitudeFromValue(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    LogMagnitude(value: value(order, at: x, p))
  }

  /// ln y for the log scale from ``naturalLogMagnitude(_:at:_:)``: NaN where y < 0 (or x
  /// is NaN), −infinity at zeros, and past the double range wherever the magnitude form
  /// goes on (GELU'(−40) has no log, GELU''(−40) ≈ −1.5e−345 neither; SiLU'(800) ≈ 1).
  @inlinable
  public func naturalLogFromMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> Double
  {
    if x.isNaN { return x }
    let m = naturalLogMagnitude(order, at: x, p)
    if m.ln == -.infinity { return m.ln }
    return m.isNegative ? .nan : m.ln
  }

  /// The readout's digits for a value whose double is subnormal or has underflowed to 0,
  /// from ``naturalLogMagnitude(_:at:_:)``: |f| = e^(−a) with a = −ln|f| written by
  /// ``UnderflowDigits/expMinus(_:negative:significant:)``, keeping only the digits the
  /// error of a leaves decided (a relative error of |f| equal to a's absolute error,
  /// bounded by the families' 2 ulps of a plus 2^-50: 12 digits near a = 800, fewer only
  /// where the value lies near a rounding midpoint; GELU(−40) = `-1.46235741637e-348`).
  /// nil where the double's own digits are right.
  public func underflowReadoutText(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> String?
  {
    guard x.isFinite else { return nil }
    let v = value(order, at: x, p)
    guard v.magnitude < Double.leastNormalMagnitude else { return nil }
    let m = naturalLogMagnitude(order, at: x, p)
    let a = -m.ln
    // A true zero, or a subnormal the magnitude form does not reach past (its own digits).
    guard a.isFinite, a >= 512 else { return nil }
    // a's error is that relative error of |f| (e^(−(a + δ)) = e^(−a)(1 − δ + …)).
    let error = 2 * a.ulp + 0x1p-50
    return UnderflowDigits.expMinus(a, negative: m.isNegative, relativeError: 1.01 * error).text
  }
}
