// The log scale's form for catalogue functions that have no closed form of their own yet:
// ln of the double value. Exact wherever the value is a normal double; past the double
// range (GELU(−40) ≈ −1.46e−348) it is −∞ where a direct form would go on. Admitted
// shortcut: the log-magnitude scale of issue 12 will replace it per function.

import Glibc

extension PlotFunction {
  /// ln y for y = the derivative of `order` at x: NaN where y < 0 (or x is NaN), −∞ where
  /// y is 0 (also where it underflowed).
  @inlinable
  public func naturalLogFromValue(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> Double
  {
    if x.isNaN { return x }
    let y = value(order, at: x, p)
    if y < 0 { return .nan }
    return y == 0 ? -.infinity : Glibc.log(y)
  }
}
