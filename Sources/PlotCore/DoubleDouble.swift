// Error-free transformations: an unevaluated sum hi + lo of two doubles, carrying about
// 106 bits, for the fast path of the correctly rounded sigmoid (SigmoidKernel.swift).
// Not a general double-double library: only what that path needs, each step with the
// bound its callers' error analysis uses.

/// An unevaluated sum `hi + lo`, normalized (`|lo| <= ulp(hi) / 2`) unless a method says.
///
/// Rounding `1 + t` or `(1 + t)²` to a double costs half an ulp each time; keeping the
/// rounding error in `lo` (computed exactly with `fma`) leaves only errors of order
/// 2^-104 relative per step, far below the 2^-80 the rounding test allows.
@usableFromInline
struct DoubleDouble: Sendable {
  /// The leading part: the sum rounded to a double.
  @usableFromInline var hi: Double
  /// The trailing part: what rounding `hi` left out.
  @usableFromInline var lo: Double

  @inlinable
  init(hi: Double, lo: Double) {
    self.hi = hi
    self.lo = lo
  }

  /// The double `x`, exactly.
  @inlinable
  init(_ x: Double) {
    self.init(hi: x, lo: 0)
  }

  /// `a + b` exactly, when `|a| >= |b|` or a is 0 (Dekker's Fast2Sum).
  ///
  /// `hi - a` is exact because `hi` and `a` are within a factor two of each other or `b`
  /// is tiny; so `lo` is exactly the rounding error of `hi`.
  @inlinable
  init(fastSum a: Double, _ b: Double) {
    let hi = a + b
    self.init(hi: hi, lo: b - (hi - a))
  }

  /// `a + b` exactly, whatever their sizes (Knuth's TwoSum, six operations).
  @inlinable
  init(sum a: Double, _ b: Double) {
    let hi = a + b
    let bb = hi - a
    self.init(hi: hi, lo: (a - (hi - bb)) + (b - bb))
  }

  /// `a · b` exactly (Dekker's TwoProduct with Veltkamp's splitting).
  ///
  /// Not `fma`: the portable x86-64 target has no fma instruction, and the libm call
  /// Swift emits for `addingProduct` costs more than these 17 operations. Each factor is
  /// split into two 26-bit halves whose pairwise products are exact, so `lo` is exactly
  /// the rounding error of `hi`. Exact unless a partial product underflows into the
  /// subnormals (an absolute error below 2^-1074, which callers allow for) or |a|, |b|
  /// exceed 2^995 (not reached: callers keep values below 2^23).
  @inlinable
  init(product a: Double, _ b: Double) {
    let (aHi, aLo) = DoubleDouble.split(a)
    let (bHi, bLo) = DoubleDouble.split(b)
    self.init(product: a, b, aHi, aLo, bHi, bLo)
  }

  /// TwoProduct from splits already made (for a factor used more than once).
  @inlinable
  init(product a: Double, _ b: Double, _ aHi: Double, _ aLo: Double, _ bHi: Double,
       _ bLo: Double) {
    let hi = a * b
    self.init(hi: hi, lo: ((aHi * bHi - hi) + aHi * bLo + aLo * bHi) + aLo * bLo)
  }

  /// Veltkamp's split: x = hi + lo exactly, each with at most 26 significant bits.
  @inlinable
  static func split(_ x: Double) -> (hi: Double, lo: Double) {
    let c = 134_217_729 * x  // 2^27 + 1
    let hi = c - (c - x)
    return (hi, x - hi)
  }

  /// `self · other`, to within 2^-101.5 relative for normalized operands.
  ///
  /// hi·other.hi is exact (TwoProduct); the dropped lo·other.lo is at most 2^-106 of the
  /// product; the four roundings of the cross terms and their sum each cost at most
  /// 2^-53 of a term below 2^-51 of the product: 2^-106 + 4 · 2^-104 < 2^-101.5.
  @inlinable
  func multiplied(by other: DoubleDouble) -> DoubleDouble {
    let leading = DoubleDouble(product: hi, other.hi)
    let cross = hi * other.lo + lo * other.hi
    return DoubleDouble(fastSum: leading.hi, leading.lo + cross)
  }

  /// `1 / self`, to within 2^-103 relative, for normalized `self` in [1, 2].
  ///
  /// q = 1/hi (rounded, relative error ρ ≤ 2^-53); the residual 1 − q·hi from the exact
  /// product q·hi (TwoProduct) is exact but for one rounding below 2^-106, and subtracting
  /// q·lo (rounded, 2^-106) gives ρ' = 1 − q·(hi + lo) within 2^-105. Then 1/(hi + lo) = q / (1 − ρ') = q(1 + ρ' + ρ'²…),
  /// and q·ρ' rounded costs 2^-105; the dropped ρ'² ≤ 2^-104 (|ρ'| ≤ 2^-52).
  /// In all, 2^-105 + 2^-105 + 2^-104 = 2^-103.
  @inlinable
  func reciprocal() -> DoubleDouble {
    let q = 1 / hi
    let product = DoubleDouble(product: q, hi)
    let residual = ((1 - product.hi) - product.lo) - q * lo  // 1 − q·hi exact (Sterbenz)
    return DoubleDouble(fastSum: q, q * residual)
  }
}
