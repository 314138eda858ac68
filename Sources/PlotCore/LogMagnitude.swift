// A curve value as the log-magnitude scale and the readout past the double range need it:
// ln|f| and the sign, so GELU(−40) ≈ −1.46e−348 (0 as a double) is ln|f| ≈ −800.97 and
// negative, and the sampler can break the polyline where the sign changes.

import Glibc

/// ln|f| and the sign of f.
///
/// `ln` is −infinity exactly where f is 0 (a true zero, not an underflow: families give
/// the direct form where a double would underflow), NaN only for NaN input, and finite
/// otherwise: where ln|f| itself is beyond the double range (GELU(−1e200), whose ln|f| is
/// about −5e399) it saturates at −``Double/greatestFiniteMagnitude``, far below any view.
public struct LogMagnitude: Sendable, Equatable {
  /// ln|f|.
  public var ln: Double
  /// Whether f < 0 (for a zero: its sign bit, which says nothing).
  public var isNegative: Bool

  /// ln|f| and the sign of a nonzero f, saturated to the finite doubles (see the type's doc).
  @inlinable public init(ln: Double, isNegative: Bool) {
    self.ln = ln.isNaN ? ln : Swift.min(Swift.max(ln, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
    self.isNegative = isNegative
  }

  /// f exactly 0: ln|f| = −infinity.
  @inlinable public static func zero(isNegative: Bool = false) -> LogMagnitude {
    var m = LogMagnitude(ln: 0, isNegative: isNegative)
    m.ln = -.infinity
    return m
  }

  /// NaN (for NaN input).
  public static let nan = LogMagnitude(ln: .nan, isNegative: false)

  /// From a double value: exact to the value's own rounding wherever it is a normal double;
  /// an underflowed value gives −infinity (so families override in their tails).
  @inlinable public init(value y: Double) {
    if y.isNaN { self = .nan; return }
    if y == 0 { self = .zero(isNegative: y.sign == .minus); return }
    self.init(ln: Glibc.log(y.magnitude), isNegative: y < 0)
  }

  /// log10|f|: the log-magnitude scale's u.
  @inlinable public var log10: Double { ln * YScale.log10e }
}
