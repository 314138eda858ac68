// GELU's cheap estimates for the sampler's probes (CurveSampler.swift), which only decide
// where to refine: glibc's erfc and exp instead of the double-double Φ (up to ~75
// double-double steps a value), which made an eight-curve frame with GELU cost ten times
// its budget. Never a value the program prints or draws.

import Glibc

extension GELUFunction {
  /// 2^-40 relative: the bound derived in ``estimate(_:at:_:)`` (below 2^-40.5). Tight
  /// enough that deep zooms (10^11 px per unit) still decide on estimates.
  public var estimateError: Double { 0x1p-40 }
  /// The exact value is a double-double evaluation, several times the estimate's cost:
  /// the sampler draws the estimate where it is within 1/1024 px.
  public var estimateDraws: Bool { true }

  /// f = x/2·erfc(−x/√2), f' = Φ + x·φ, f'' = φ·(2 − x²) from glibc, φ = e^(−x²/2)/√(2π).
  ///
  /// Error bound, in units of 2^-53 relative: glibc's erfc and exp err by at most a few
  /// ulps (allow 4 each: 8). The rounded z = x/√2 is amplified in erfc's tail by
  /// |z·erfc'(z)/erfc(z)| ≤ 2z² + 2, and x² in e^(−x²/2) by x²/2; both at most 1500 while
  /// the values are above 2^-1000 (|x| < 37.3; past it the absolute 2^-1000 the sampler
  /// adds covers them): with the few roundings after, below 2^-41.5 for f and each term.
  /// f'' takes 2 − x² from one fma, correctly rounded, so its zeros at ±√2 cost nothing.
  /// f' = Φ + xφ sums terms of both signs for x < 0 (its zero at −0.7518): where the sum
  /// is under half of |Φ| + |xφ| the exact value is returned, so the cancellation
  /// amplifies the terms' 2^-41.5 by at most 2: below 2^-40.5 in all.
  public func estimate(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN || x.magnitude > 40 { return value(order, at: x, p) }
    switch order {
    case .value:
      return x * (0.5 * erfc(-x * 0x1.6a09e667f3bcdp-1))
    case .first:
      let phi = 0.5 * erfc(-x * 0x1.6a09e667f3bcdp-1)
      let density = exp(-0.5 * (x * x)) * 0x1.9884533d43651p-2
      let xd = x * density
      let sum = phi + xd
      if sum.magnitude < (phi.magnitude + xd.magnitude) * 0.5 { return derivative(at: x, p) }
      return sum
    case .second:
      return exp(-0.5 * (x * x)) * 0x1.9884533d43651p-2 * fma(-x, x, 2)
    }
  }
}
