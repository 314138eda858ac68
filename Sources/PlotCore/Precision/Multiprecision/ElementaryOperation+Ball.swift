// The lab's transcendental format operations as balls at an exact (format) operand:
// what FormatArithmetic decides a rounding with when glibc's long double estimate
// cannot.

extension ElementaryOperation {
  /// A ball containing op(a) for a finite double a, at `bits` bits; ``Ball/unknown``
  /// outside the domain (log of a nonpositive a, log1p at a ≤ −1, exp beyond 2^20: there
  /// the long double estimate, exact or infinite, has decided already).
  func ball(at a: Double, bits: Int) -> Ball {
    let x = ExactDyadic(a)
    switch self {
    case .exp: return Ball.expOfPoint(x, bits: bits)
    case .expm1: return Ball.expm1OfPoint(x, bits: bits)
    case .log: return a > 0 ? Ball.logOfPoint(x, bits: bits) : .unknown(precision: bits)
    case .log1p: return a > -1 ? Ball.log1pOfPoint(x, bits: bits) : .unknown(precision: bits)
    case .tanh: return Ball(x, precision: bits).tanh()
    case .erf: return Ball.erf(x, bits: bits)
    case .erfc: return Ball.erfc(x, bits: bits)
    }
  }

  /// op(a) correctly rounded to `format` by Ziv's loop on balls, and whether decided
  /// (false only past ZivRounding's cap, which no double operand is known to reach).
  func correctlyRounded(at a: Double, in format: NumberFormat) -> (value: Double, decided: Bool) {
    ZivRounding.rounded(in: format) { ball(at: a, bits: $0) }
  }
}
