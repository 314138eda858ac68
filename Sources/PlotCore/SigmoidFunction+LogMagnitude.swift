// The sigmoid's ln|f| with the sign: S and S' are positive (their logs are naturalLog's),
// S'' is negative for u > 0 and odd in u.

import Glibc

extension SigmoidFunction {
  /// ln S and ln S' from ``naturalLog(_:at:_:)``; ln|S''(u)| = ln|S''(−u)| (S'' is odd),
  /// negative for u > 0, −infinity at u = 0.
  public func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  {
    if x.isNaN { return .nan }
    guard order == .second else {
      return LogMagnitude(ln: naturalLog(order, at: x, p), isNegative: false)
    }
    let u = Self.argument(x, p)
    if u == 0 { return .zero() }
    return LogMagnitude(ln: naturalLog(.second, at: u > 0 ? Self.mirror(x, p) : x, p),
                        isNegative: u > 0)
  }
}
