// e^x and e^x − 1 on balls, with relative accuracy everywhere they are representable:
// e^x by range reduction (x = k·ln 2 + r), a Taylor sum on r/2^10 and ten squarings;
// e^x − 1 by its own Taylor sum near 0 (e^x − 1 formed by subtraction would lose
// everything there: ELU and CELU near 0, tanh of tiny arguments).

extension Ball {
  /// Beyond this |x| the exponential is handled without evaluation: e^x < 2^-(2^20) for
  /// x < −2^20, a value that underflows every format by far (and e^x for x > 2^20 is not
  /// needed: the closed forms only exponentiate negative arguments).
  static let exponentLimit = 0x1p20

  /// e^self. For a ball m ± r (r ≤ 1/2): e^(m ± r) = e^m·e^(±r), and 1 − e^-r ≤ r,
  /// e^r − 1 ≤ r·e^r ≤ 2r, so the ball e^m grows by 2r·|e^m|. A ball lying wholly below
  /// −2^20 gives 0 ± 2^-(2^20).
  func exp() -> Ball {
    let p = Swift.max(precision, 64)
    guard isFinite else { return .unknown(precision: p) }
    let upper = mid.approximation + rad.approximation
    if upper < -Self.exponentLimit - 1 { return Self.negligible(precision: p) }
    guard rad.isBelow(power: -1) else { return .unknown(precision: p) }
    let e = Self.expOfPoint(mid, bits: p)
    return rad.isZero ? e : e.widened(by: e.magnitudeBound * rad.scaled(by: 2))
  }

  /// 0 ± 2^-(2^20): what e^x is for x < −2^20.
  static func negligible(precision p: Int) -> Ball {
    Ball(ExactDyadic(0), radius: Bound.power(-(1 << 20)), precision: p)
  }

  /// e^x for an exact x, to `bits` bits.
  ///
  /// k = round(x/ln 2) and r = x − k·ln 2 (|r| ≤ 0.35), with ln 2 at bits + 60 bits so
  /// that k·ln 2's error (|k| < 2^21) stays below 2^-(bits + 39); s = r/2^10; the Taylor
  /// sum of e^s stops at a term below 2^-(bits + 40): with |s| ≤ 2^-11 every later term
  /// is below 2^-11 of the one before, so the tail is below that last term, which the
  /// radius takes. Ten squarings double the relative radius ten times (2^10: the 60
  /// extra bits cover it), and 2^k is exact.
  static func expOfPoint(_ x: ExactDyadic, bits: Int) -> Ball {
    if x.isZero { return Ball(1, precision: bits) }
    let xd = x.approximation
    if xd < -exponentLimit - 1 { return negligible(precision: bits) }
    guard xd < exponentLimit else { return .unknown(precision: bits) }
    let w = bits + 60
    let k = (xd / 0.693_147_180_559_945_3).rounded()
    let r = Ball(x, precision: w) - Ball(k) * ln2(bits: w)
    let squarings = 10
    let s = r.scaled(byPowerOfTwo: -squarings)
    var sum = Ball(1, precision: w), term = Ball(1, precision: w)
    var n: UInt64 = 1
    while true {
      term = (term * s).divided(by: n)
      sum = sum + term
      if term.magnitudeBound.isBelow(power: -(w + 40)) { break }
      n += 1
    }
    sum = sum.widened(by: term.magnitudeBound)
    for _ in 0..<squarings { sum = sum * sum }
    return sum.scaled(byPowerOfTwo: Int(k)).at(precision: bits).truncated()
  }

  /// e^self − 1. For m ± r (r ≤ 1/2), by the mean value theorem the ball e^m − 1 grows
  /// by r·max e^t ≤ r·e^m·e^r ≤ r·|e^m|·(1 + 2r).
  func expm1() -> Ball {
    let p = Swift.max(precision, 64)
    guard isFinite else { return .unknown(precision: p) }
    if rad.isZero { return Self.expm1OfPoint(mid, bits: p) }
    let upper = mid.approximation + rad.approximation
    if upper < -Self.exponentLimit - 1 { return Self.negligible(precision: p) - Ball(1) }
    guard rad.isBelow(power: -1) else { return .unknown(precision: p) }
    let e = Self.expm1OfPoint(mid, bits: p)
    let slope = (e + Ball(1)).magnitudeBound * (Bound(roundingUp: 1) + rad.scaled(by: 2))
    return e.widened(by: slope * rad)
  }

  /// e^x − 1 for an exact x. For |x| < 0.49: x + x²/2! + …, term n = term(n−1)·x/n, until
  /// a term is below 2^-(bits + 20) of |x| (each later term below 1/4 of the one before,
  /// so the tail is below a third of the last term, taken into the radius): relative
  /// accuracy however small x is. Otherwise e^x − 1 with e^x at bits + 8 bits: |e^x − 1|
  /// ≥ 0.38 there, so the subtraction loses under 2 bits.
  static func expm1OfPoint(_ x: ExactDyadic, bits: Int) -> Ball {
    if x.isZero { return Ball(0, precision: bits) }
    let xd = x.approximation
    guard xd.magnitude < 0.49 else {
      return (expOfPoint(x, bits: bits + 8) - Ball(1)).at(precision: bits).truncated()
    }
    let w = bits + 8
    let xb = Ball(x, precision: w).truncated()
    var sum = xb, term = xb
    let limit = Bound(magnitudeOf: x) * Bound.power(-(bits + 20))
    var n: UInt64 = 2
    while true {
      term = (term * xb).divided(by: n)
      sum = sum + term
      if term.magnitudeBound.exponent < limit.exponent - 1 || term.magnitudeBound.isZero { break }
      n += 1
    }
    return sum.widened(by: term.magnitudeBound).at(precision: bits).truncated()
  }
}
