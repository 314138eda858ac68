// Ziv's strategy on balls: evaluate with a proven error bound; if every real of the
// ball rounds to the same format value, that is the correctly rounded result; else
// double the precision. What the `exact` formula and the format operations fall back
// on when a double or long double estimate cannot decide a rounding.

extension NumberFormat {
  /// The exact dyadic v rounded to the format: nearest, ties to even, on the format's
  /// grid (subnormals included), then its overflow (``overflowed(_:)``), as
  /// ``rounded(_:)`` does for a double.
  func rounded(exactly v: ExactDyadic) -> Double {
    if v.isZero { return v.negative ? -0.0 : 0 }
    let n = v.magnitude
    let top = n.bitLength + v.exponent - 1  // v's binade: 2^top ≤ |v| < 2^(top+1)
    let magnitude: Double
    if top > 1100 {
      magnitude = .infinity
    } else {
      let unit = Swift.max(top, minExponent) - significandBits + 1
      let shift = unit - v.exponent
      if shift <= 0 {  // at most significandBits bits: the value itself
        magnitude = Double(sign: .plus, exponent: v.exponent, significand: Double(n.low64))
      } else {
        var q = (n >> shift).low64
        if n.bit(shift - 1) && (n.hasBits(below: shift - 1) || q & 1 == 1) { q += 1 }
        magnitude = Double(sign: .plus, exponent: unit, significand: Double(q))
      }
    }
    let r = overflowed(magnitude)
    return v.negative ? -r : r
  }

  /// The rounding of every real in `ball`, or nil where the ball reaches across a
  /// rounding boundary (rounding is monotonic: if both ends round alike, so does every
  /// real between them; an end on a midpoint rounds as that midpoint would).
  func rounded(ball: Ball) -> Double? {
    guard let r = ball.rad.exact else { return nil }
    if r.isZero { return rounded(exactly: ball.mid) }
    let low = rounded(exactly: ball.mid - r), high = rounded(exactly: ball.mid + r)
    return low == high ? (low == 0 ? (ball.mid.negative ? -0.0 : 0) : low) : nil
  }
}

/// The Ziv loop itself.
enum ZivRounding {
  /// The first precision tried, and the cap: 128, 256, …, 2^15 bits. Past the cap (never
  /// seen: a value within 2^-32000 of a rounding boundary at a double argument) the
  /// answer is the rounding of the last ball's midpoint, reported as undecided.
  static let firstPrecision = 128
  static let maximumPrecision = 1 << 15

  /// `evaluate(bits)` (a ball containing the true value) rounded to `format` at the
  /// least precision that decides it, and whether it was decided.
  static func rounded(in format: NumberFormat, _ evaluate: (Int) -> Ball)
    -> (value: Double, decided: Bool)
  {
    var bits = firstPrecision
    while true {
      let ball = evaluate(bits)
      if let r = format.rounded(ball: ball) { return (r, true) }
      if bits >= maximumPrecision { return (format.rounded(exactly: ball.mid), false) }
      bits *= 2
    }
  }
}
