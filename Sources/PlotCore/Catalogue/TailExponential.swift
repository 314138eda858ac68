// F·e^(−a) for a far in a tail, where e^(−a) alone is subnormal but the product with a
// factor F (α, 1/β, 4 in sech²) is a normal double: rounding e^(−a) to the subnormal grid
// first would cost many ulps of the product (e^(−709)·5 lost 2 ulps, 4·S'(2x) in tanh'
// 4). The exponent is carried apart (ExpMinus.swift's 2^e·m, m double-double) and the
// product is rounded once.

enum TailExponential {
  /// F·e^(−(a + aLo))·(1 − k·e^(−a)) rounded once where normal (twice, within one
  /// subnormal ulp, where subnormal), for 0 ≤ a ≤ 1400 and |aLo| ≤ 2^-40: the first-order
  /// forms of the logistic tails (S(−a) ≈ t(1 − t), S'(a) ≈ t(1 − 2t), |S''(a)| ≈
  /// t(1 − 4t) for t = e^(−a) < 2^-57, the dropped terms below t² < 2^-114).
  ///
  /// e^(−a) is ExpMinus's, to 2^-100.9; e^(−aLo) = 1 − aLo to 2^-81; F·m is formed as an
  /// exact head (fma) plus rounded small terms: in all within half an ulp plus 2^-80.
  static func scaled(_ a: Double, lo aLo: Double = 0, by factor: DoubleDouble,
                     minus k: Double = 0) -> Double {
    if a > 1400 { return 0 }
    let e = ExpMinus(a)
    let t = PowerOfTwo.scale(e.m.hi, by: e.exponent)
    let head = e.m.hi * factor.hi
    let error = (-head).addingProduct(e.m.hi, factor.hi)
      + (e.m.lo * factor.hi + e.m.hi * factor.lo) - head * (aLo + k * t)
    return PowerOfTwo.scale(head + error, by: e.exponent)
  }

  /// Where the tail forms above take over: e^(−690) ≈ 2^-995.5, so F·e^(−a) for F ≥ 2^-5
  /// keeps full precision down to here the ordinary way, and t < 2^-57 by far.
  static let threshold = 690.0

  /// 1/d as hi + lo (the residual 1 − q·d exact by fma).
  static func reciprocal(_ d: Double) -> DoubleDouble {
    let q = 1 / d
    return DoubleDouble(hi: q, lo: 1.addingProduct(-q, d) / d)
  }
}
