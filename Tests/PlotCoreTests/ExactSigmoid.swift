// A slow, exact judge of S, S', S'' for the tests, independent of the production code's
// arithmetic: its own big integers (32-bit limbs), dyadic intervals with directed
// rounding, e^(−a) by the alternating Taylor series and repeated squaring (no ln 2), and
// no division at all: a double y is the correctly rounded f(x) exactly when f(x) lies
// strictly between the midpoints of y and its neighbours, which is checked by multiplying
// out (for example 1/(1 + t) > m ⟺ m·(1 + t) < 1).

import Foundation

/// An unsigned integer of any size, little-endian 32-bit limbs (test use only).
struct TestNatural: Comparable {
  var limbs: [UInt32]

  init(_ v: UInt64 = 0) {
    limbs = [UInt32(truncatingIfNeeded: v), UInt32(truncatingIfNeeded: v >> 32)]
    normalize()
  }

  init(limbs: [UInt32]) {
    self.limbs = limbs
    normalize()
  }

  mutating func normalize() { while limbs.last == 0 { limbs.removeLast() } }

  var isZero: Bool { limbs.isEmpty }
  var bitLength: Int { limbs.isEmpty ? 0 : limbs.count * 32 - limbs.last!.leadingZeroBitCount }

  static func < (a: Self, b: Self) -> Bool {
    if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
    for i in (0..<a.limbs.count).reversed() where a.limbs[i] != b.limbs[i] {
      return a.limbs[i] < b.limbs[i]
    }
    return false
  }

  static func + (a: Self, b: Self) -> Self {
    var out = [UInt32](repeating: 0, count: max(a.limbs.count, b.limbs.count) + 1)
    var carry: UInt64 = 0
    for i in 0..<out.count {
      let s = UInt64(i < a.limbs.count ? a.limbs[i] : 0)
        + UInt64(i < b.limbs.count ? b.limbs[i] : 0) + carry
      out[i] = UInt32(truncatingIfNeeded: s)
      carry = s >> 32
    }
    return Self(limbs: out)
  }

  static func - (a: Self, b: Self) -> Self {
    precondition(!(a < b))
    var out = a.limbs
    var borrow: Int64 = 0
    for i in 0..<out.count {
      var d = Int64(out[i]) - Int64(i < b.limbs.count ? b.limbs[i] : 0) - borrow
      borrow = d < 0 ? 1 : 0
      if d < 0 { d += 1 << 32 }
      out[i] = UInt32(d)
    }
    return Self(limbs: out)
  }

  static func * (a: Self, b: Self) -> Self {
    if a.isZero || b.isZero { return Self() }
    var out = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count + 1)
    for (i, x) in a.limbs.enumerated() {
      var carry: UInt64 = 0
      for (j, y) in b.limbs.enumerated() {
        let s = out[i + j] + UInt64(x) * UInt64(y) + carry
        out[i + j] = s & 0xFFFF_FFFF
        carry = s >> 32
      }
      out[i + b.limbs.count] += carry
    }
    return Self(limbs: out.map { UInt32(truncatingIfNeeded: $0) })
  }

  static func << (a: Self, n: Int) -> Self {
    if a.isZero || n == 0 { return a }
    var out = [UInt32](repeating: 0, count: n / 32)
    let s = UInt64(n % 32)
    var carry: UInt64 = 0
    for x in a.limbs {
      let v = (UInt64(x) << s) | carry
      out.append(UInt32(truncatingIfNeeded: v))
      carry = v >> 32
    }
    out.append(UInt32(carry))
    return Self(limbs: out)
  }

  /// (⌊a / 2^n⌋, whether anything was cut off).
  func shiftedDown(_ n: Int) -> (Self, Bool) {
    if n <= 0 { return (self << -n, false) }
    let whole = n / 32, s = UInt32(n % 32)
    if whole >= limbs.count { return (Self(), !isZero) }
    var lost = limbs[0..<whole].contains { $0 != 0 }
    if s != 0 { lost = lost || limbs[whole] & ((1 << s) - 1) != 0 }
    var out = [UInt32]()
    for i in whole..<limbs.count {
      let low = limbs[i] >> s
      let high = s == 0 || i + 1 >= limbs.count ? 0 : limbs[i + 1] << (32 - s)
      out.append(low | high)
    }
    return (Self(limbs: out), lost)
  }

  /// (⌊a / d⌋, whether the division was inexact), d < 2^32.
  func divided(by d: UInt32) -> (Self, Bool) {
    var out = limbs
    var r: UInt64 = 0
    for i in (0..<out.count).reversed() {
      let v = (r << 32) | UInt64(out[i])
      out[i] = UInt32(v / UInt64(d))
      r = v % UInt64(d)
    }
    return (Self(limbs: out), r != 0)
  }
}

/// A non-negative dyadic rational n · 2^e.
struct Dyadic {
  var n: TestNatural
  var e: Int

  init(_ n: TestNatural, _ e: Int) { (self.n, self.e) = (n, e) }

  /// A double's exact value (|x|).
  init(_ x: Double) {
    let m = x.magnitude
    if m == 0 { self.init(TestNatural(), 0); return }
    let bits = UInt64(m.significandBitPattern) | (m.isNormal ? 1 << 52 : 0)
    self.init(TestNatural(bits), m.isNormal ? Int(m.exponent) - 52 : -1074)
  }

  static let one = Dyadic(TestNatural(1), 0)

  /// Both on a common exponent.
  static func aligned(_ a: Dyadic, _ b: Dyadic) -> (TestNatural, TestNatural, Int) {
    let e = min(a.e, b.e)
    return (a.n << (a.e - e), b.n << (b.e - e), e)
  }

  static func + (a: Dyadic, b: Dyadic) -> Dyadic {
    let (x, y, e) = aligned(a, b)
    return Dyadic(x + y, e)
  }

  static func - (a: Dyadic, b: Dyadic) -> Dyadic {
    let (x, y, e) = aligned(a, b)
    return Dyadic(x - y, e)
  }

  static func * (a: Dyadic, b: Dyadic) -> Dyadic { Dyadic(a.n * b.n, a.e + b.e) }

  static func < (a: Dyadic, b: Dyadic) -> Bool {
    let (x, y, _) = aligned(a, b)
    return x < y
  }

  /// Rounded to `bits` significant bits, down or up.
  func rounded(_ bits: Int, up: Bool) -> Dyadic {
    let cut = n.bitLength - bits
    guard cut > 0 else { return self }
    var (q, lost) = n.shiftedDown(cut)
    if up && lost { q = q + TestNatural(1); lost = false }
    return Dyadic(q, e + cut)
  }

  /// self / d rounded down or up to `bits` bits.
  func divided(by d: UInt32, bits: Int, up: Bool) -> Dyadic {
    let widened = Dyadic(n << (bits + 40), e - bits - 40)
    var (q, inexact) = widened.n.divided(by: d)
    if up && inexact { q = q + TestNatural(1); inexact = false }
    return Dyadic(q, widened.e).rounded(bits, up: up)
  }
}

/// A closed interval [lo, hi] of non-negative dyadics.
struct DyadicInterval {
  var lo: Dyadic
  var hi: Dyadic

  static func * (a: Self, b: Self) -> Self { Self(lo: a.lo * b.lo, hi: a.hi * b.hi) }
  func rounded(_ bits: Int) -> Self { Self(lo: lo.rounded(bits, up: false), hi: hi.rounded(bits, up: true)) }
  func plusOne() -> Self { Self(lo: lo + .one, hi: hi + .one) }
}

/// The judge: whether a double is the correctly rounded S, S' or S'' at x.
enum ExactSigmoid {
  enum Function { case sigmoid, derivative, secondDerivative }

  /// Σ_{n ≥ n0} (−1)^(n − n0) s^n / n! for 0 < s ≤ 1/2 (so the terms shrink): its partial
  /// sums alternate around it, which brackets it; terms rounded outward at `bits`.
  static func alternatingSeries(_ s: Dyadic, from n0: UInt32, bits: Int) -> DyadicInterval {
    var term = DyadicInterval(lo: .one, hi: .one)
    for k in 1...max(1, n0) where n0 >= 1 {  // s^n0 / n0!
      term = DyadicInterval(
        lo: (term.lo * s).rounded(bits, up: false).divided(by: k, bits: bits, up: false),
        hi: (term.hi * s).rounded(bits, up: true).divided(by: k, bits: bits, up: true))
    }
    var plus = term, minus = DyadicInterval(lo: Dyadic(TestNatural(), 0), hi: Dyadic(TestNatural(), 0))
    var k = n0 + 1, positive = false
    while true {
      term = DyadicInterval(
        lo: (term.lo * s).rounded(bits, up: false).divided(by: k, bits: bits, up: false),
        hi: (term.hi * s).rounded(bits, up: true).divided(by: k, bits: bits, up: true))
      if term.hi.n.bitLength + term.hi.e < -(bits + 8) + (plus.lo.n.bitLength + plus.lo.e) {
        // The rest is below this term's bound: widen by it on both sides.
        let lo = plus.lo - minus.hi
        return DyadicInterval(lo: lo < term.hi ? Dyadic(TestNatural(), 0) : lo - term.hi,
                              hi: plus.hi - minus.lo + term.hi)
      }
      if positive { plus = DyadicInterval(lo: plus.lo + term.lo, hi: plus.hi + term.hi) }
      else { minus = DyadicInterval(lo: minus.lo + term.lo, hi: minus.hi + term.hi) }
      positive.toggle()
      k += 1
    }
  }

  /// e^(−a) and 1 − e^(−a), a > 0, as intervals at about `bits` bits.
  static func exponentials(_ a: Double, bits: Int) -> (t: DyadicInterval, w: DyadicInterval) {
    let squarings = max(0, Int(a.exponent) + 2)  // a / 2^J ≤ 1/2
    var s = Dyadic(a)
    s.e -= squarings
    var t = alternatingSeries(s, from: 0, bits: bits)
    for _ in 0..<squarings { t = (t * t).rounded(bits) }
    if a < 0.5 {
      return (t, alternatingSeries(Dyadic(a), from: 1, bits: bits))
    }
    return (t, DyadicInterval(lo: Dyadic.one - t.hi, hi: Dyadic.one - t.lo))
  }

  /// Whether `y` is f(x) correctly rounded (to a float if `float`, else a double); nil if
  /// `bits` were too few to tell.
  static func judge(_ f: Function, _ x: Double, _ y: Double, float: Bool = false, bits: Int)
    -> Bool?
  {
    let a = x.magnitude
    // Expected sign, and magnitudes from here on.
    let negative = f == .secondDerivative && x > 0
    if y != 0 && (y < 0) != negative { return false }
    let m = y.magnitude
    let (down, up) = float
      ? (Double(Float(m).nextDown), Double(Float(m).nextUp)) : (m.nextDown, m.nextUp)
    let below = m == 0 ? nil : Dyadic(m) + Dyadic(down)  // 2 × lower midpoint
    let above = Dyadic(m) + Dyadic(up)                   // 2 × upper midpoint
    let (t, w) = exponentials(a, bits: bits)
    let two = Dyadic(TestNatural(2), 0)
    // value > mid ⟸ lowNumerator·2 > mid2·highDenominator, for value = N / D.
    let (numerator, denominator): (DyadicInterval, DyadicInterval)
    switch f {
    case .sigmoid where x > 0: (numerator, denominator) = (DyadicInterval(lo: .one, hi: .one), t.plusOne())
    case .sigmoid: (numerator, denominator) = (t, t.plusOne())
    case .derivative:
      let u = t.plusOne()
      (numerator, denominator) = (t, u * u)
    case .secondDerivative:
      let u = t.plusOne()
      (numerator, denominator) = (t * w, u * u * u)
    }
    // N, D are increasing in t together; N/D's bounds: N.lo/D.hi and N.hi/D.lo (valid for
    // S(−a) and S' too: both are increasing in t, and the mixed bounds only widen).
    let aboveLow = below.map { (numerator.lo * two) > ($0 * denominator.hi) } ?? true
    let belowHigh = (numerator.hi * two) < (above * denominator.lo)
    if aboveLow && belowHigh { return true }
    // Decidedly outside?
    let outsideLow = below.map { (numerator.hi * two) < ($0 * denominator.lo) } ?? false
    let outsideHigh = (numerator.lo * two) > (above * denominator.hi)
    if outsideLow || outsideHigh { return false }
    return nil
  }

  /// The judge at rising precision until it can tell.
  static func isCorrectlyRounded(_ f: Function, _ x: Double, _ y: Double, float: Bool = false)
    -> Bool
  {
    var bits = 160
    while bits <= 2560 {
      if let verdict = judge(f, x, y, float: float, bits: bits) { return verdict }
      bits *= 2
    }
    return false
  }
}

private extension Dyadic {
  static func > (a: Dyadic, b: Dyadic) -> Bool { b < a }
}
