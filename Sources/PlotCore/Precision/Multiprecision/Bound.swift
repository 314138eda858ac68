// An upper bound on a nonnegative real, of any magnitude: the radius of a ``Ball``.
// Every operation rounds up, so a bound computed from bounds is still a bound. A double
// mantissa with an unbounded exponent: radii of 2^-5000 (a value underflowing every
// format) or 2^3000 (the square of a large x) are held without overflow.

/// m·2^e ≥ the real it bounds, with m in [1, 2), or 0, or +infinity (no bound).
struct Bound: Sendable {
  /// In [1, 2), 0 or +infinity.
  private(set) var mantissa: Double
  private(set) var exponent: Int

  static let zero = Bound(mantissa: 0, exponent: 0)
  static let infinity = Bound(mantissa: .infinity, exponent: 0)

  private init(mantissa: Double, exponent: Int) {
    self.mantissa = mantissa
    self.exponent = exponent
  }

  /// At least d·2^e (d ≥ 0 a double computed with one rounding to nearest, or exact),
  /// normalized. Why (d·(1 + 2^-50)).nextUp covers the exact result of the operation
  /// that gave d: d ≥ x(1 − 2^-53), and the product rounds down by at most 2^-53 of
  /// itself, so the result is at least x(1 − 2^-52)(1 + 2^-50) > x.
  init(roundingUp d: Double, exponent e: Int = 0) {
    guard d.isFinite else { self = .infinity; return }  // NaN (0·∞) also means no bound
    guard d > 0 else { self = .zero; return }
    let up = (d * (1 + 0x1p-50)).nextUp
    let shift = Int(up.exponent)
    self.init(mantissa: up.significand, exponent: e + shift)
    if exponent > Int.max / 4 { self = .infinity }
  }

  /// 2^e exactly.
  static func power(_ e: Int) -> Bound { Bound(mantissa: 1, exponent: e) }

  /// At least |v|.
  init(magnitudeOf v: ExactDyadic) {
    guard !v.isZero else { self = .zero; return }
    let bits = v.magnitude.bitLength
    let shift = Swift.max(0, bits - 64)
    // The top 64 bits truncated, plus one unit of the last kept place: at least |v|.
    let top = Double((v.magnitude >> shift).low64) + (shift > 0 ? 1 : 0)
    self.init(roundingUp: top, exponent: v.exponent + shift)
  }

  /// At most |v| (a lower bound, for divisors): the top 64 bits truncated, rounded down.
  static func lowerMagnitude(of v: ExactDyadic) -> (mantissa: Double, exponent: Int) {
    guard !v.isZero else { return (0, 0) }
    let bits = v.magnitude.bitLength
    let shift = Swift.max(0, bits - 64)
    let top = Double((v.magnitude >> shift).low64) * (1 - 0x1p-50)
    return (top.significand, v.exponent + shift + Int(top.exponent))
  }

  var isZero: Bool { mantissa == 0 }
  var isFinite: Bool { mantissa.isFinite }

  /// log2 of the bound, roughly (for choosing precisions): e for m·2^e; very negative for 0.
  var roughExponent: Int { isZero ? Int.min / 4 : (isFinite ? exponent : Int.max / 4) }

  static func + (a: Bound, b: Bound) -> Bound {
    if a.isZero { return b }
    if b.isZero { return a }
    guard a.isFinite, b.isFinite else { return .infinity }
    let (big, small) = a.exponent >= b.exponent ? (a, b) : (b, a)
    let gap = big.exponent - small.exponent
    // Beyond 60 binades the small term is below 2^-59 of the big one, which the round-up
    // factor (1 + 2^-50) already covers.
    let s = gap > 60 ? big.mantissa : big.mantissa + small.mantissa * Double(sign: .plus, exponent: -gap, significand: 1)
    return Bound(roundingUp: s, exponent: big.exponent)
  }

  static func * (a: Bound, b: Bound) -> Bound {
    if a.isZero || b.isZero { return .zero }
    guard a.isFinite, b.isFinite else { return .infinity }
    return Bound(roundingUp: a.mantissa * b.mantissa, exponent: a.exponent + b.exponent)
  }

  /// At least a / d for a lower bound d = m·2^e > 0 (``lowerMagnitude(of:)``); infinity
  /// when d is not positive.
  static func / (a: Bound, d: (mantissa: Double, exponent: Int)) -> Bound {
    if a.isZero { return .zero }
    guard d.mantissa > 0, a.isFinite else { return .infinity }
    return Bound(roundingUp: a.mantissa / d.mantissa, exponent: a.exponent - d.exponent)
  }

  /// The bound times a small double factor c ≥ 0 (c exact, such as 2 or 1.13).
  func scaled(by c: Double) -> Bound { self * Bound(roundingUp: c) }

  /// Whether the bound is below 2^e.
  func isBelow(power e: Int) -> Bool { isZero || (isFinite && exponent < e) }

  /// The bound as an exact dyadic (the double mantissa is one), for interval ends;
  /// nil for infinity.
  var exact: ExactDyadic? {
    guard isFinite else { return nil }
    guard !isZero else { return ExactDyadic(0) }
    var d = ExactDyadic(mantissa)
    d.exponent += exponent
    return d
  }

  /// The bound as a double (infinity beyond the double range), for comparisons with
  /// small constants.
  var approximation: Double {
    guard isFinite else { return .infinity }
    if exponent > 1100 { return .infinity }
    if exponent < -1100 { return 0 }
    return Double(sign: .plus, exponent: exponent, significand: mantissa)
  }
}
