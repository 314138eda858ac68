// GELU's bend bound for the sampler's flat-column shortcut (CurveSampler+Flatness.swift).

import Glibc

extension GELUFunction {
  /// With φ the normal density (φ^(j) = (−1)^j·He_j·φ):
  ///
  ///     gelu''   = φ·(2 − x²)           peak 0.7979 (at 0)
  ///     gelu'''  = φ·(x³ − 4x)          peak 0.7788
  ///     gelu'''' = φ·(−x⁴ + 7x² − 4)    peak 1.5958 (at 0)
  ///
  /// (peaks measured on a 1e-4 grid, smooth functions, given here with 0.5% to spare).
  /// Over [lo, hi], with m and M the least and largest |x|: φ ≤ φ(m), the polynomial at
  /// most its terms' magnitudes at M; the smaller of that and the peak, rounded up.
  public func bendBound(_ order: DerivativeOrder, over lo: Double, _ hi: Double,
                        _ p: ParameterValues) -> Double {
    let m = SigmoidBends.nearestToZero(lo, hi)
    let big = Swift.max(lo.magnitude, hi.magnitude)
    let big2 = big * big
    // φ(m) = e^(−m²/2)/√(2π) < 0.39895·e^(−m²/2), rounded up (2^-1000 where exp
    // underflows: gelu'' is still a subnormal above 0 at x = 38.6).
    let density = 0.39895 * exp(-0.5 * (m * m) * (1 - 0x1p-40)) * (1 + 0x1p-40) + 0x1p-1000
    let polynomial: Double, peak: Double
    switch order {
    case .value: (polynomial, peak) = (2 + big2, 0.802)
    case .first: (polynomial, peak) = (big * (big2 + 4), 0.783)
    case .second: (polynomial, peak) = (big2 * (big2 + 7) + 4, 1.604)
    }
    return Swift.min(peak, density * polynomial * (1 + 0x1p-40))
  }
}
