// The sigmoid family's cheap estimates: the plain exp-based formulas, with their error
// bound, for the sampler's probes (CurveSampler.swift), which only decide where to refine.
// Never a value the program prints or draws: those are the correctly rounded ones.

import Glibc

extension SigmoidFunction {
  /// 2^-42 relative: the bound derived in ``estimate(_:at:_:)`` (below 2^-42.4), with
  /// room to spare.
  public var estimateError: Double { 0x1p-42 }

  /// S, S', S'' at the rounded u = k ⊗ (x ⊖ x0) from glibc's exp and expm1, with
  /// a = |u|, t = e^(−a):
  ///
  ///     S(u) = 1/(1 + t) (u ≥ 0), t/(1 + t) (u < 0)      k·S'(u) = k·t/(1 + t)²
  ///     k²·S''(u) = ∓k²·t·(−expm1(−a))/(1 + t)³          (− for u > 0)
  ///
  /// Error bound, in units of 2^-53 relative to the true value: glibc documents at most
  /// 1 ulp for exp and expm1 in double; allowing 2 ulps, each costs 4. 1 + t rounds once
  /// and passes t's error on damped by t/(1 + t) ≤ 1/2: 3 per factor. Every other
  /// operation rounds once: 1 each. So S ≤ 4 + 3 + 1 (2^-50), k·S' ≤ 4 + 6 + 3 (2^-49.3),
  /// k²·S'' ≤ 4 + 4 + 9 + 6 (2^-48.5); the exact values differ from the true ones by at
  /// most 3 more (their own rounding and the factor k or k², or S'''s −k²u/8 near 0):
  /// below 2^-48 from the exact value in all, at the defaults, where u = x is exact.
  /// Elsewhere the exact values carry u as a double-double (SigmoidFunction+Parameters),
  /// while the rounded u is off by at most 2 roundings, 2^-52 relative; each of S, S', S''
  /// passes that on amplified by |u·f'(u)/f(u)| ≤ |u| + 2, and below a = 746 (past it the
  /// values are subnormal or saturated, the absolute case below) that is at most
  /// 748·2^-52 < 2^-42.45: together under 2^-42.4. Where t or the result is subnormal (a > 708)
  /// relative bounds fail, but the absolute error stays below 2^-1060, inside the 2^-1000
  /// the sampler adds. NaN x gives NaN, which the sampler evaluates exactly instead.
  @inlinable @inline(__always)
  public func estimate(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    let k = p[0], u = Self.argument(x, p)
    let a = u.magnitude
    let t = exp(-a)
    let d = 1 + t
    switch order {
    case .value:
      return (u >= 0 ? 1 : t) / d
    case .first:
      return k * (t / (d * d))
    case .second:
      let magnitude = k * k * (t * -expm1(-a) / (d * d * d))
      return u > 0 ? -magnitude : magnitude
    }
  }

  /// S(u) and S'(u) at k = 1, x0 = 0 with one exp: bit for bit ``estimate(_:at:_:)`` of
  /// orders value and first at u (the same operations; k = 1 multiplies exactly), for
  /// families that need both at one point (SiLU's f' = S + v·S').
  @inlinable @inline(__always)
  static func valueAndSlopeEstimate(_ u: Double) -> (value: Double, slope: Double) {
    let t = exp(-u.magnitude)
    let d = 1 + t
    return ((u >= 0 ? 1 : t) / d, t / (d * d))
  }

  /// S'(u) and S''(u) at k = 1, x0 = 0 with one exp: bit for bit ``estimate(_:at:_:)`` of
  /// orders first and second at u (SiLU's f''/β = 2S' + v·S'').
  @inlinable @inline(__always)
  static func slopeAndBendEstimate(_ u: Double) -> (slope: Double, bend: Double) {
    let a = u.magnitude
    let t = exp(-a)
    let d = 1 + t
    let magnitude = t * -expm1(-a) / (d * d * d)
    return (t / (d * d), u > 0 ? -magnitude : magnitude)
  }
}
