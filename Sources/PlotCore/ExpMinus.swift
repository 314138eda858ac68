// e^(−a) for a in [0, 746] as 2^e times a double-double, with a proven error bound: the
// fast path's only transcendental step (glibc's exp has no proven bound, so it is not used).
// Not a general exp: no overflow side, no special values (the callers filter them).

/// t = e^(−a) = 2^`exponent` · (`m.hi` + `m.lo`), and p = e^r − 1 of its reduction.
///
/// Method (as in CRlibm and CORE-MATH): with k = round(−a · 4096 / ln 2),
///
///     −a = k · ln2/4096 + r,   |r| ≤ ln2/8192 · (1 + 2^-29) < 2^-13.5
///     k  = 4096·e + 64·i + j   (e = ⌊k / 4096⌋ ≤ 0, 0 ≤ i, j < 64)
///     t  = 2^e · 2^(i/64) · 2^(j/4096) · e^r
///
/// Error of each step (absolute for r and p, relative for m):
/// - r: ln2/4096 = ln2N1 + ln2N2 + ln2N3 + ln2N4 (2^-156 relative), the first three of
///   at most 30 bits, so k times each is exact (|k| < 2^23). −a − k·ln2N1 is exact (Sterbenz:
///   both within a factor 2 when k ≠ 0; −a itself when k = 0), the subtraction of
///   k·ln2N2 (< 2^-24.4) an exact TwoSum. What is rounded: r.lo = (e − k·ln2N3) − k·ln2N4
///   with e the TwoSum's error (< 2^-67), k·ln2N3 < 2^-56.9, k·ln2N4 < 2^-92: 2^-109.8
///   and 2^-145; the split's 2^-156 times |k|·ln2/4096 ≤ 746 is 2^-146. |δr| < 2^-109.7,
///   and |r.lo| < 2^-56.8.
/// - p = r + r²/2 + r³/6 + r⁴/24 + r⁵/120 + r⁶/720 (Taylor): truncation |r|⁷/5040 · 1.001
///   < 2^-106.8. r_hi² is an exact pair (Dekker's product); r_hi³/6 a double-double
///   (exact product, then times the double-double 1/6: below 2^-140); the r⁴… tail
///   (< 2^-58.6) is a double with relative error < 2^-51, so < 2^-109.6; r.lo enters as
///   r.lo·(1 + r + r²/2 + r³/6), rounded to 2^-109.8 (the dropped r.lo·r⁴/24 and r.lo²/2
///   are below 2^-114); the leading terms are summed exactly (TwoSum, Fast2Sum) and the
///   six trailing ones (each < 2^-56.8) cost < 2^-109 each, 2^-106.4 together. In all
///   |δp| < 2^-106.8 + 2^-106.4 + 2^-109.6 + 2^-109.8 + 2^-109.7 + 2^-114 < 2^-105.
///   For k = 0 (a < 2^-13.5), r = −a exactly and every one of those terms is itself
///   proportional to a power of |r| ≥ 1: the relative error of p is below 2^-99
///   (truncation |r|⁶/5040 < 2^-99.3 dominates), which is what makes −p a good 1 − t.
/// - 2^(i/64) · 2^(j/4096): each table entry within 2^-106 (Scripts/make_exp_tables.py),
///   their double-double product within 2^-101.5 (``DoubleDouble/multiplied(by:)``):
///   in all 2^-101.3.
/// - m = T·(1 + p) = T.hi + T.hi·p.hi (exact pair) + [T.lo + T.hi·p.lo + T.lo·p.hi]: the
///   bracket's roundings cost < 2^-104, the dropped T.lo·p.lo < 2^-150; p's error enters
///   as |δp| / e^r < 2^-104.9.
///
/// So m = t · 2^(−e) · (1 + ε) with |ε| < 2^-101.3 + 2^-104.9 + 2^-104 < 2^-100.9.
struct ExpMinus: Sendable {
  /// t · 2^(−exponent), in [0.99, 2).
  var m: DoubleDouble
  /// The binary exponent: t = 2^exponent · m, exponent in [−1077, 0].
  var exponent: Int
  /// p = e^r − 1, exact to 2^-99 relative when `exponent` = 0 and `isUnreduced`.
  var p: DoubleDouble
  /// Whether k = 0: t = e^r = 1 + p, so 1 − t = −p with no cancellation.
  var isUnreduced: Bool

  /// e^(−a) for 0 ≤ a ≤ 746 (not checked: callers filter NaN, infinities and a > 746).
  init(_ a: Double) {
    // k = round(−a · 4096/ln2); r = −a − k·ln2/4096 as r.hi + r.lo (see the type's doc).
    let (kd, k, lead) = Self.reduce(
      a, inverseStep: ExpTables.invLn2N, ExpTables.ln2N1, ExpTables.ln2N2)
    let rHi = lead.hi
    let rLo = (lead.lo - kd * ExpTables.ln2N3) - kd * ExpTables.ln2N4

    // p = e^r − 1: the exact parts first, then the small ones into the low word.
    let (rHiHi, rHiLo) = DoubleDouble.split(rHi)
    let square = DoubleDouble(product: rHi, rHi, rHiHi, rHiLo, rHiHi, rHiLo)
    let (sHi, sLo) = DoubleDouble.split(square.hi)
    let cube = DoubleDouble(product: square.hi, rHi, sHi, sLo, rHiHi, rHiLo)
    let sixth = DoubleDouble(product: cube.hi, Self.oneSixth.hi)
    let cubeLo = sixth.lo + (cube.lo + square.lo * rHi) * Self.oneSixth.hi
      + cube.hi * Self.oneSixth.lo
    let tail = (square.hi * square.hi)
      * (1.0 / 24 + rHi * (1.0 / 120 + rHi * (1.0 / 720)))
    let leading = DoubleDouble(sum: 0.5 * square.hi, sixth.hi)
    let top = DoubleDouble(fastSum: rHi, leading.hi)
    let rLoTerm = rLo * (1 + rHi * (1 + rHi * (0.5 + rHi * (1.0 / 6))))
    let low = top.lo + (leading.lo + (0.5 * square.lo + (cubeLo + (tail + rLoTerm))))
    p = DoubleDouble(fastSum: top.hi, low)

    // T = 2^(i/64) · 2^(j/4096), then m = T · (1 + p).
    let exponent = k >> 12
    let i = (k >> 6) & 63, j = k & 63
    let coarse = ExpTables.coarse[i], fine = ExpTables.fine[j]
    let table = DoubleDouble(hi: coarse.hi, lo: coarse.lo)
      .multiplied(by: DoubleDouble(hi: fine.hi, lo: fine.lo))
    let scaledP = DoubleDouble(product: table.hi, p.hi)
    let mLow = scaledP.lo + (table.lo + (table.hi * p.lo + table.lo * p.hi))
    let head = DoubleDouble(fastSum: table.hi, scaledP.hi)
    m = DoubleDouble(fastSum: head.hi, head.lo + mLow)
    self.exponent = exponent
    isUnreduced = k == 0
  }

  /// The range reduction both exps share: k = round(−a · `inverseStep`) (to nearest even, by
  /// the 1.5·2^52 trick: |a · inverseStep| < 2^51), and −a − k·`step1` − k·`step2` as a pair
  /// whose two steps are exact (step1, step2 short enough that k times each is exact, and
  /// Sterbenz; see each exp's doc). The caller subtracts k times the step's remaining
  /// parts from the pair's low word.
  @inline(__always)
  static func reduce(_ a: Double, inverseStep: Double, _ step1: Double, _ step2: Double)
    -> (kd: Double, k: Int, lead: DoubleDouble)
  {
    let x = -a
    let kd = (x * inverseStep + 0x1.8p52) - 0x1.8p52
    let y = x - kd * step1
    return (kd, Int(kd), DoubleDouble(sum: y, -(kd * step2)))
  }

  /// 1/6 as a double-double (error below 2^-160).
  static let oneSixth = DoubleDouble(hi: 0x1.5555555555555p-3, lo: 0x1.5555555555555p-57)

  /// t itself as a double-double: exact scaling by 2^exponent; where a part falls into
  /// the subnormals (m.lo from t < 2^-968, m.hi from t < 2^-1021) the loss is below
  /// 2^-1074 absolute, and the callers only add t to 1 or subtract it from 1 there.
  var t: DoubleDouble {
    DoubleDouble(
      hi: PowerOfTwo.scale(m.hi, by: exponent), lo: PowerOfTwo.scale(m.lo, by: exponent))
  }
}

/// Exact powers of two as doubles, for carrying binary exponents apart from values.
enum PowerOfTwo {
  /// 2^n for −1074 ≤ n ≤ 1023 (subnormal below −1022), exactly.
  @inline(__always)
  static func double(_ n: Int) -> Double {
    if n >= -1022 { return Double(bitPattern: UInt64(n + 1023) << 52) }
    return Double(bitPattern: 1 << UInt64(n + 1074))
  }

  /// x · 2^n rounded once (correctly, subnormal results included), for |n| ≤ 2000 and
  /// |x| in [2^-600, 2^600] or 0: the first factor keeps the product normal, so only the
  /// second, if any, rounds. (m.lo may lie below 2^-600 only when it is 0 or negligible.)
  @inline(__always)
  static func scale(_ x: Double, by n: Int) -> Double {
    if n >= -1022 && n <= 1023 { return x * double(n) }
    let half = n / 2
    return (x * double(half)) * double(n - half)
  }
}
