// The accurate path of the correctly rounded S, S', S'': a slow, simple fixed-point
// evaluation at a few hundred bits with an error bound that holds by construction, and a
// precision that doubles until the rounding is decided (Ziv's strategy). Taken only when
// the fast path's rounding test fails (about one call in 2^26). Not fast, not public.

/// Which of the three functions to evaluate.
public enum SigmoidKind: Sendable, CaseIterable {
  case sigmoid, derivative, secondDerivative
}

/// A binary floating-point format to round to: significand bits and the exponent of the
/// smallest subnormal (53, −1074 for Double; 24, −149 for Float).
struct RoundingFormat: Sendable {
  var precision: Int
  var leastExponent: Int

  static let double = RoundingFormat(precision: 53, leastExponent: -1074)
  static let float = RoundingFormat(precision: 24, leastExponent: -149)
}

/// S, S' or S'' at a double, correctly rounded to a format, by multi-precision arithmetic.
///
/// All numbers are fixed-point ``BigUInt``s N meaning N · 2^-W. With a = |x| > 0:
/// 1. ln 2 = Σ 2 / ((2j+1)·3^(2j+1)) (that is 2·atanh(1/3)), at W + J + 32 bits: every
///    term truncates at most twice by one unit, so under 2^10 units in all, which shifting
///    16 bits down leaves at 2 units.
/// 2. k = ⌈a / ln 2⌉, adjusted on the fixed-point values so that r = k·ln 2 − a ≥ 0 and
///    r < ln 2: then t = e^(−a) = 2^(−k)·e^r with e^r in [1, 2). a is exact (W is chosen
///    so a's last bit is above 2^-W); r's error is k·2 ≤ 2^12 units (k ≤ 1077).
/// 3. e^r = (e^s)^(2^J), s = r / 2^J (J = 20), the Taylor sum of e^s until a term
///    vanishes: each term truncates twice (≤ 2 units, at most ~W/20 terms), the tail left
///    out is below one unit. Squaring J times doubles the relative error each time and
///    adds one unit: with 2^12 (from r) + 2^8 (Taylor) units at the start, the result is
///    within 2^(J + 13) units at W + J + 16 bits, that is within 2^-(W + 3) relative.
/// 4. u = 1 + t and v = 1/u by Newton's iteration v ← v·(2 − u·v) from the double 1/u,
///    doubling the correct bits each step, to a few units; the products below truncate by
///    one unit each on values ≥ 1/8.
/// 5. S(a) = v, S(−a) = t·v, S'(a) = t·v², |S''(a)| = t·(1 − t)·v³; 1 − t = 2^W − t has
///    t's absolute error (≤ 3 units), relative 3 / (1 − t).
/// The result N (with a binary exponent) is within N·2^(12 − W) plus, for S'',
/// N·2^(4 − bits(1 − t)), plus 4 units: generous against the sums above. Both ends of
/// N ± that error are rounded; if they agree, that is the answer, otherwise W doubles.
/// The values are transcendental at every nonzero double (Lindemann–Weierstrass), so no
/// true value is a rounding boundary and the loop ends.
enum SigmoidAccurate {
  /// f(x) correctly rounded to `format`, for finite x ≠ 0 with |x| ≤ 746.
  static func value(_ f: SigmoidKind, at x: Double, format: RoundingFormat) -> Double {
    let negative: Bool
    switch f {
    case .sigmoid, .derivative: negative = false
    case .secondDerivative: negative = x > 0
    }
    var precision = 128
    while true {
      if let magnitude = attempt(f, x, precision: precision, format: format) {
        return negative ? -magnitude : magnitude
      }
      precision *= 2
      precondition(precision <= 1 << 16, "accurate path did not converge at \(x)")
    }
  }

  /// One evaluation at about `precision` bits; nil when its error bound straddles a
  /// rounding boundary.
  private static func attempt(
    _ f: SigmoidKind, _ x: Double, precision: Int, format: RoundingFormat
  ) -> Double? {
    let a = x.magnitude
    let aSignificand = UInt64(a.significandBitPattern) | (a.isNormal ? 1 << 52 : 0)
    let aExponent = a.isNormal ? Int(a.exponent) - 52 : -1074
    let w = precision + 64 + max(0, -Int(a.exponent))
    let squarings = 20
    let wide = w + squarings + 16

    // 1. ln 2 at `wide` bits (computed 16 bits finer, then truncated).
    let ln2 = naturalLogOfTwo(bits: wide + 16) >> 16
    // 2. r = k·ln 2 − a in [0, ln 2).
    let aFixed = BigUInt(aSignificand) << (wide + aExponent)
    var k = max(1, Int((a / 0.693_147_180_559_945_3).rounded(.up)))
    while ln2.times(UInt64(k)) < aFixed { k += 1 }
    while k > 1 && !(ln2.times(UInt64(k - 1)) < aFixed) { k -= 1 }
    let r = ln2.times(UInt64(k)) - aFixed
    // 3. e^r by Taylor on r / 2^J and J squarings.
    let s = r >> squarings
    let one = BigUInt.power(wide)
    var term = one, sum = one, n: UInt64 = 1
    while !term.isZero {
      term = ((term * s) >> wide).dividedTruncating(by: n)
      sum = sum + term
      n += 1
    }
    for _ in 0..<squarings { sum = (sum * sum) >> wide }
    let m = sum >> (wide - w)  // e^r at w bits, in [1, 2)
    // 4. t, u = 1 + t, v = 1/u.
    let t = k > w + 2 ? BigUInt() : m >> k
    let u = BigUInt.power(w) + t
    let v = reciprocal(u, bits: w)
    // 5. The function, as N · 2^E.
    var n0: BigUInt, e: Int
    var extra = BigUInt()
    switch f {
    case .sigmoid where x > 0:
      (n0, e) = (v, -w)
    case .sigmoid:
      (n0, e) = ((m * v) >> w, -w - k)
    case .derivative:
      (n0, e) = ((((m * v) >> w) * v) >> w, -w - k)
    case .secondDerivative:
      let oneMinusT = BigUInt.power(w) - t
      let cube = (((v * v) >> w) * v) >> w
      (n0, e) = ((((m * oneMinusT) >> w) * cube) >> w, -w - k)
      extra = n0 >> max(0, oneMinusT.bitLength - 4)
    }
    let err = (n0 >> (w - 12)) + extra + BigUInt(4)
    guard err < n0 else { return nil }
    let low = round(n0 - err, exponent: e, format: format)
    let high = round(n0 + err, exponent: e, format: format)
    return low == high ? low : nil
  }

  /// ln 2 · 2^bits, within 2^10 (see step 1 of the type's doc).
  static func naturalLogOfTwo(bits: Int) -> BigUInt {
    var power = (BigUInt.power(bits) << 1).dividedTruncating(by: 3)  // 2 / 3
    var sum = BigUInt(), j: UInt64 = 0
    while !power.isZero {
      sum = sum + power.dividedTruncating(by: 2 * j + 1)
      power = power.dividedTruncating(by: 9)
      j += 1
    }
    return sum
  }

  /// 2^(2·bits) / u (u = 1 + t at `bits` bits, in [1, 2]) within a few units, by Newton.
  static func reciprocal(_ u: BigUInt, bits: Int) -> BigUInt {
    let top = Double((u >> (bits - 60)).low64) * 0x1p-60  // u to 60 bits, in [1, 2]
    var v = BigUInt(UInt64(0x1p62 / top)) << (bits - 62)
    let two = BigUInt.power(bits + 1)
    var correct = 50
    while correct < bits + 20 {
      let product = (u * v) >> bits  // ≈ 2^bits
      v = (v * (two - product)) >> bits
      correct *= 2
    }
    return v
  }

  /// N · 2^E rounded to nearest (ties to even) in `format`, N > 0 exact.
  static func round(_ n: BigUInt, exponent e: Int, format: RoundingFormat) -> Double {
    if n.isZero { return 0 }
    let unitExponent = max(n.bitLength + e - format.precision, format.leastExponent)
    let shift = unitExponent - e
    if shift <= 0 {  // exact: no more bits than the format keeps
      return Double(sign: .plus, exponent: e, significand: Double(n.low64))
    }
    var q = (n >> shift).low64
    if n.bit(shift - 1) && (n.hasBits(below: shift - 1) || q & 1 == 1) { q += 1 }
    return Double(sign: .plus, exponent: unitExponent, significand: Double(q))
  }
}

/// The accurate path alone, correctly rounded to float, for checks that need a second
/// opinion where a correctly rounded double cannot tell (it is exactly a float midpoint):
/// `sigmoid-benchmark exhaustive-float`. Finite x ≠ 0 with |x| ≤ 746 (else use the
/// functions themselves, whose special cases need no evaluation).
public func accurateFloatValue(_ f: SigmoidKind, at x: Float) -> Float {
  Float(SigmoidAccurate.value(f, at: Double(x), format: .float))
}
