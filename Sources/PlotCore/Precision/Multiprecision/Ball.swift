// A real number known to lie in a ball: an exact dyadic midpoint and a rigorous radius
// (midpoint-radius, or "ball", arithmetic). Every operation returns a ball that contains
// every result of the exact operation on every pair of reals in its operands' balls, so
// a whole expression evaluated in balls contains the true value, whatever the roundings:
// what the `exact` formula and the format operations decide their roundings with when
// cheaper estimates cannot (Ziv's loop, ZivRounding.swift). Not fast: a few hundred bits
// of schoolbook BigUInt, used where a double or long double cannot decide.

/// mid ± rad: the reals within `rad` of `mid`.
///
/// `precision` is how many significant bits a midpoint keeps: a result whose exact
/// midpoint would be longer is truncated toward zero to that many bits, and the dropped
/// part (below one unit of its last kept place) is added to the radius. Results take the
/// larger precision of their operands; a precision of 0 (the small integer constants)
/// keeps midpoints exact.
struct Ball: Sendable {
  var mid: ExactDyadic
  var rad: Bound
  var precision: Int

  init(_ mid: ExactDyadic, radius: Bound = .zero, precision: Int) {
    self.mid = mid
    self.rad = radius
    self.precision = precision
  }

  /// The double d exactly (radius 0).
  init(_ d: Double, precision: Int = 0) {
    self.init(ExactDyadic(d), precision: precision)
  }

  /// A ball that says nothing (infinite radius): what an operation returns outside the
  /// range it handles, so that the rounding it feeds stays undecided.
  static func unknown(precision: Int) -> Ball {
    Ball(ExactDyadic(0), radius: .infinity, precision: precision)
  }

  var isExact: Bool { rad.isZero }
  var isFinite: Bool { rad.isFinite }

  /// At least |x| for every x in the ball.
  var magnitudeBound: Bound { Bound(magnitudeOf: mid) + rad }

  /// The midpoint as a double (for choosing branches and term counts, never for a result).
  var approximation: Double { mid.approximation }

  /// The same ball at another precision (used by later operations).
  func at(precision p: Int) -> Ball { Ball(mid, radius: rad, precision: p) }

  /// The ball with its radius grown by `extra`.
  func widened(by extra: Bound) -> Ball { Ball(mid, radius: rad + extra, precision: precision) }

  /// self · 2^n, exactly.
  func scaled(byPowerOfTwo n: Int) -> Ball {
    var m = mid
    if !m.isZero { m.exponent += n }
    var r = rad
    if !r.isZero && r.isFinite { r = r * Bound.power(n) }
    return Ball(m, radius: r, precision: precision)
  }

  var negated: Ball { Ball(mid.negated, radius: rad, precision: precision) }

  /// The midpoint cut to `precision` significant bits (toward zero), the cut added to
  /// the radius: |cut| < one unit of the last kept bit.
  func truncated() -> Ball {
    let bits = mid.magnitude.bitLength
    guard precision > 0, bits > precision else { return self }
    let shift = bits - precision
    let kept = ExactDyadic(negative: mid.negative, magnitude: mid.magnitude >> shift,
                           exponent: mid.exponent + shift)
    return Ball(kept, radius: rad + Bound.power(mid.exponent + shift), precision: precision)
  }

  static func + (a: Ball, b: Ball) -> Ball {
    Ball(a.mid + b.mid, radius: a.rad + b.rad, precision: Swift.max(a.precision, b.precision))
      .truncated()
  }

  static func - (a: Ball, b: Ball) -> Ball { a + b.negated }

  /// (ma ± ra)(mb ± rb) = ma·mb ± (|ma|·rb + |mb|·ra + ra·rb).
  static func * (a: Ball, b: Ball) -> Ball {
    let r = Bound(magnitudeOf: a.mid) * b.rad + Bound(magnitudeOf: b.mid) * a.rad + a.rad * b.rad
    return Ball(a.mid * b.mid, radius: r, precision: Swift.max(a.precision, b.precision))
      .truncated()
  }

  /// a / b. The midpoint q is a times Newton's reciprocal of b's midpoint (any
  /// approximation would do); the radius is then rigorous whatever q is:
  /// ma/mb − q = e/mb with e = ma − mb·q formed exactly, and for a = ma + α, b = mb + β
  /// (|α| ≤ ra, |β| ≤ rb), a/b − ma/mb = (α − (ma/mb)·β)/(mb + β), so
  /// |a/b − q| ≤ |e|/|mb| + (ra + (|q| + |e|/|mb|)·rb)/(|mb| − rb).
  /// A divisor ball that reaches 0 gives ``unknown(precision:)``.
  static func / (a: Ball, b: Ball) -> Ball {
    let p = Swift.max(a.precision, b.precision, 64)
    guard !b.mid.isZero, a.isFinite, b.isFinite else { return .unknown(precision: p) }
    let y = reciprocal(b.mid, bits: p + 8)
    let q = Ball(a.mid * y, precision: p).truncated().mid
    let e = a.mid - b.mid * q
    let lowB = Bound.lowerMagnitude(of: b.mid)
    let quotientError = Bound(magnitudeOf: e) / lowB
    var r = quotientError
    if !a.rad.isZero || !b.rad.isZero {
      guard let reduced = Self.lower(lowB, minus: b.rad) else { return .unknown(precision: p) }
      r = r + (a.rad + (Bound(magnitudeOf: q) + quotientError) * b.rad) / reduced
    }
    return Ball(q, radius: r, precision: p)
  }

  /// self / n for a small positive integer n: exact when n divides the midpoint's
  /// integer (so rational values such as (x + 3)/6 stay exact where they are dyadic),
  /// otherwise the midpoint scaled up to `precision` + 64 bits and divided truncating
  /// (error below one unit of its last place) and the radius divided by n.
  func divided(by n: UInt64) -> Ball {
    precondition(n > 0)
    let q = mid.magnitude.dividedTruncating(by: n)
    if q.times(n) == mid.magnitude {
      return Ball(ExactDyadic(negative: mid.negative, magnitude: q, exponent: mid.exponent),
                  radius: rad * Bound(roundingUp: 1 / Double(n)),
                  precision: precision).truncated()
    }
    let p = Swift.max(precision, 64)
    let shift = Swift.max(0, p + 64 - mid.magnitude.bitLength)
    let scaled = (mid.magnitude << shift).dividedTruncating(by: n)
    let m = ExactDyadic(negative: mid.negative, magnitude: scaled, exponent: mid.exponent - shift)
    let r = rad * Bound(roundingUp: 1 / Double(n)) + Bound.power(mid.exponent - shift)
    return Ball(m, radius: r, precision: p).truncated()
  }

  /// A lower bound of d − r (d a lower bound from ``Bound/lowerMagnitude(of:)``), nil if
  /// it is not positive.
  static func lower(_ d: (mantissa: Double, exponent: Int), minus r: Bound)
    -> (mantissa: Double, exponent: Int)?
  {
    if r.isZero { return d }
    guard r.isFinite, d.mantissa > 0 else { return nil }
    let gap = r.roughExponent - d.exponent
    if gap < -60 { return (d.mantissa * (1 - 0x1p-50), d.exponent) }  // r below 2^-59 of d
    let ratio = (r.mantissa * Double(sign: .plus, exponent: gap, significand: 1)) * (1 + 0x1p-50)
    let left = (d.mantissa - ratio) * (1 - 0x1p-50)
    guard left > 0 else { return nil }
    return (left, d.exponent)
  }

  /// ≈ 1/m to about `bits` bits (not rigorous: ``/`` bounds the quotient itself): a
  /// double's reciprocal of m's top bits, then Newton's y ← y + y·(1 − m·y), each step
  /// doubling the correct bits.
  static func reciprocal(_ m: ExactDyadic, bits: Int) -> ExactDyadic {
    let length = m.magnitude.bitLength
    let shift = Swift.max(0, length - 64)
    let top = Double((m.magnitude >> shift).low64)  // m ≈ top · 2^(exponent + shift)
    var y = ExactDyadic(1 / top)
    y.exponent -= m.exponent + shift
    if m.negative { y = y.negated }
    var correct = 50
    let one = ExactDyadic(1)
    while correct < bits {
      correct *= 2
      let step = Ball(y * (one - m * y), precision: Swift.min(correct, bits) + 8).truncated().mid
      y = Ball(y + step, precision: Swift.min(correct, bits) + 8).truncated().mid
    }
    return y
  }
}
