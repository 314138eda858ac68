// The sigmoid's ln|f| with the sign: S and S' are positive (their logs are naturalLog's),
// S'' is negative for u > 0 and odd in u.

import Glibc

extension SigmoidFunction {
  /// ln S and ln S' from ``naturalLog(_:at:_:)``; ln|S''(u)| = ln|S''(−u)| (S'' is odd),
  /// negative for u > 0, −infinity at u = 0; −k³(x − x0)/8 for tiny u.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    guard order == .second else {
      return LogMagnitude(ln: naturalLog(order, at: x, p), isNegative: false)
    }
    let u = Self.argument(x, p)
    if u == 0 { return .zero() }
    if u.magnitude < 0x1p-900 {
      // S''_k(x) = −k³(x − x0)/8 to a relative u²: from x − x0 (exact here, Sterbenz),
      // not from u = k ⊗ (x − x0), which may be subnormal and have lost digits.
      let d = x - p[1]
      return LogMagnitude(ln: Glibc.log(d.magnitude) + 3 * Glibc.log(p[0]) - 3 * M_LN2,
                          isNegative: d > 0)
    }
    return LogMagnitude(ln: naturalLog(.second, at: u > 0 ? Self.mirror(x, p) : x, p),
                        isNegative: u > 0)
  }
}
