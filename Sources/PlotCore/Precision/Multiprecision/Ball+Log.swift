// ln x and ln(1 + x) on balls, with relative accuracy near their zero: both are
// 2·atanh(z) = 2(z + z³/3 + z⁵/5 + …) of a z formed exactly or by one division, so
// ln(1 + x) for tiny x is as accurate as x itself (ln of a rounded 1 + x would not be).

extension Ball {
  /// ln self, for a ball of positive reals. For m ± r: |ln t − ln m| ≤ |t − m|/min(t, m)
  /// ≤ r/(m − r).
  func log() -> Ball {
    let p = Swift.max(precision, 64)
    guard isFinite, !mid.negative, !mid.isZero else { return .unknown(precision: p) }
    let value = Self.logOfPoint(mid, bits: p)
    guard !rad.isZero else { return value }
    guard let low = Ball.lower(Bound.lowerMagnitude(of: mid), minus: rad) else {
      return .unknown(precision: p)
    }
    return value.widened(by: rad / low)
  }

  /// ln(1 + self), for a ball of reals above −1. For m ± r: the slope 1/(1 + t) is at
  /// most 1/(1 + m − r).
  func log1p() -> Ball {
    let p = Swift.max(precision, 64)
    guard isFinite else { return .unknown(precision: p) }
    let value = Self.log1pOfPoint(mid, bits: p)
    guard !rad.isZero else { return value }
    guard let low = Ball.lower(Bound.lowerMagnitude(of: mid + ExactDyadic(1)), minus: rad),
      !(mid + ExactDyadic(1)).negative
    else { return .unknown(precision: p) }
    return value.widened(by: rad / low)
  }

  /// ln x for an exact x > 0: x = m·2^e with m in [0.7, 1.42) (exact), ln x =
  /// 2·atanh((m − 1)/(m + 1)) + e·ln 2; |z| ≤ 0.18, the series' terms fall by z² ≤ 1/30
  /// each, so the tail after a power z^(2j+1) below 2^-(bits + 12) of |z| is below that
  /// power, taken into the radius. For e ≠ 0, |ln x| ≥ 0.34, so adding e·ln 2 (ln 2 at
  /// bits + 24 bits: e has at most 11) loses at most 2 bits of the 8 extra.
  static func logOfPoint(_ x: ExactDyadic, bits: Int) -> Ball {
    precondition(!x.negative && !x.isZero)
    let length = x.magnitude.bitLength
    var e = length + x.exponent - 1  // x = m·2^e, m in [1, 2)
    var m = x
    m.exponent -= e
    // m ≥ 1.414 (top eight bits ≥ 181/128): halve it, so m lies in [0.707, 1.414).
    if (x.magnitude >> Swift.max(0, length - 8)).low64 << UInt64(Swift.max(0, 8 - length)) >= 181 {
      e += 1
      m.exponent -= 1
    }
    let w = bits + 8
    let one = ExactDyadic(1)
    let z = Ball(m - one, precision: w) / Ball(m + one, precision: w)
    var value = atanhSeries(z, bits: w).scaled(byPowerOfTwo: 1)
    if e != 0 { value = value + Ball(Double(e)) * ln2(bits: bits + 24) }
    return value.at(precision: bits).truncated()
  }

  /// ln(1 + x) for an exact x > −1. For |x| < 1/2: z = x/(2 + x), for which
  /// (1 + z)/(1 − z) = 1 + x, and |z| ≤ 1/3 (terms fall by 1/9: the same tail argument);
  /// otherwise ln of the exact sum 1 + x.
  static func log1pOfPoint(_ x: ExactDyadic, bits: Int) -> Ball {
    if x.isZero { return Ball(0, precision: bits) }
    guard x.approximation.magnitude < 0.5 else {
      let sum = x + ExactDyadic(1)
      guard !sum.negative, !sum.isZero else { return .unknown(precision: bits) }
      return logOfPoint(sum, bits: bits)
    }
    let w = bits + 8
    let z = Ball(x, precision: w) / Ball(x + ExactDyadic(2), precision: w)
    return atanhSeries(z, bits: w).scaled(byPowerOfTwo: 1).at(precision: bits).truncated()
  }

  /// atanh z = z + z³/3 + z⁵/5 + … for |z| ≤ 1/3 (the caller's z), to about `bits` bits
  /// relative: stops once a power z^(2j+1) is below 2^-(bits + 12)·|z|; the tail after
  /// it is at most that power·z²/(1 − z²) ≤ power/8, taken into the radius.
  static func atanhSeries(_ z: Ball, bits: Int) -> Ball {
    if z.mid.isZero && z.isExact { return z }
    let z2 = z * z
    let limit = Bound(magnitudeOf: z.mid).exponent - (bits + 12)
    var power = z, sum = z
    var j: UInt64 = 1
    while true {
      power = power * z2
      sum = sum + power.divided(by: 2 * j + 1)
      if power.magnitudeBound.isBelow(power: limit) { break }
      j += 1
    }
    return sum.widened(by: power.magnitudeBound)
  }
}
