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

  /// `a · b` exactly: `fma` gives the product's rounding error without rounding it.
  ///
  /// Exact unless the product underflows into the subnormals (not reached by callers:
  /// they keep values near 1 and carry the binary exponent apart).
  @inlinable
  init(product a: Double, _ b: Double) {
    let hi = a * b
    self.init(hi: hi, lo: (-hi).addingProduct(a, b))  // fma(a, b, -hi)
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
  /// q = 1/hi (rounded, relative error ρ ≤ 2^-53); the residual 1 − q·hi is exact in one
  /// `fma` (Markstein: it is representable), and subtracting q·lo (rounded, 2^-106) gives
  /// ρ' = 1 − q·(hi + lo) within 2^-105. Then 1/(hi + lo) = q / (1 − ρ') = q(1 + ρ' + ρ'²…),
  /// and q·ρ' rounded costs 2^-105; the dropped ρ'² ≤ 2^-104 (|ρ'| ≤ 2^-52).
  /// In all, 2^-105 + 2^-105 + 2^-104 = 2^-103.
  @inlinable
  func reciprocal() -> DoubleDouble {
    let q = 1 / hi
    let residual = 1.0.addingProduct(-q, hi) - q * lo  // fma(-q, hi, 1) − q·lo
    return DoubleDouble(fastSum: q, q * residual)
  }

  /// `numerator / self`, rounded once to a double (about half an ulp; no bound claimed).
  @inlinable
  func dividing(_ numerator: DoubleDouble) -> Double {
    let q = numerator.hi / hi
    let r = numerator.hi.addingProduct(-q, hi) + numerator.lo - q * lo  // fma(-q, hi, n.hi) + ...
    return q + r / hi
  }
}
