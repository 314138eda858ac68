// Error-free transformations: an unevaluated sum hi + lo of two doubles, carrying about
// 106 bits, for the few intermediate steps of Sigmoid.swift that would otherwise round.
// Not a general double-double library: only sum of 1 and t, product and quotient.

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2`.
///
/// Rounding `1 + t` or `(1 + t)²` to a double costs half an ulp each time, and those
/// half-ulps add up to the ~4 ulps the textbook sigmoid formulas reach. Keeping the
/// rounding error in `lo` (computed exactly with `fma`) defers all rounding to one final
/// step, so only the inputs' own error (from `exp`) and that one rounding remain.
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

  /// `a + b` exactly, when `|a| >= |b|` (Dekker's Fast2Sum).
  ///
  /// `hi - a` is exact because `hi` and `a` are within a factor two of each other or `b`
  /// is tiny; so `lo` is exactly the rounding error of `hi`.
  @inlinable
  init(fastSum a: Double, _ b: Double) {
    let hi = a + b
    self.init(hi: hi, lo: b - (hi - a))
  }

  /// `a · b` exactly: `fma` gives the product's rounding error without rounding it.
  ///
  /// Exact unless the product underflows into the subnormals, where the error is tiny
  /// in absolute terms anyway.
  @inlinable
  init(product a: Double, _ b: Double) {
    let hi = a * b
    self.init(hi: hi, lo: (-hi).addingProduct(a, b))  // fma(a, b, -hi)
  }

  /// `self · other`, to about 2^-104 relative (the `lo · lo` term is dropped).
  @inlinable
  func multiplied(by other: DoubleDouble) -> DoubleDouble {
    let leading = DoubleDouble(product: hi, other.hi)
    let cross = hi * other.lo + lo * other.hi
    return DoubleDouble(fastSum: leading.hi, leading.lo + cross)
  }

  /// `numerator / self`, rounded once to a double.
  ///
  /// A first quotient `q = n.hi / hi` is off by up to half an ulp; its exact residual
  /// `n.hi − q·hi` (one `fma`), plus the parts the leading terms leave out, gives the
  /// correction `r / hi`, which lands within a hair of half an ulp of the true quotient.
  @inlinable
  func dividing(_ numerator: DoubleDouble) -> Double {
    let q = numerator.hi / hi
    let r = numerator.hi.addingProduct(-q, hi) + numerator.lo - q * lo  // fma(-q, hi, n.hi) + ...
    return q + r / hi
  }
}
