// The rounding tests of the fast path: from an estimate with a relative error bound,
// the correctly rounded double or float, or nil when the bound allows two roundings
// (then the accurate path decides). Not a general rounding library.

/// Rounds estimates ``Estimate`` to nearest (ties to even), or declines.
enum CorrectRounding {
  /// The correctly rounded double of v = 2^e·(hi + lo)·(1 + δ), |δ| ≤ `bound`/4, bound ≤ 2^-50,
  /// or nil if the interval (hi + lo)·(1 ± bound) contains a rounding boundary.
  ///
  /// Normal results (2^e·hi ≥ 2^-1021): with err = |hi|·bound (rounded: 2^-53 of err),
  /// down = hi + (lo − err) and up = hi + (lo + err), each rounded. Rounding err and
  /// lo ∓ err costs at most 2^-53·err + 2^-105·|hi|, covered because bound exceeds the
  /// true error by far more, so down ≤ RN(v·2^-e) ≤ up by monotonicity of rounding; if they
  /// agree, that is the answer, and scaling by 2^e is exact (the result stays normal).
  ///
  /// Subnormal results (2^e·hi < 2^-1021): the grid is fixed, U = 2^(−1074 − e) in the
  /// scaled units, and 53-bit rounding of hi + lo would round twice. Instead q = RN(hi·2^e)
  /// (one rounding onto that grid), d = hi − q·2^-e (exact: a multiple of ulp(hi) ≤ U
  /// below U/2), ρ = d + lo (rounded: 2^-53·U), and v lies in
  /// q·2^-e + ρ ± (err + 2^-50·U), which decides between q and its neighbours when it
  /// keeps clear of ±U/2.
  static func double(_ x: Estimate) -> Double? {
    let err = x.m.hi * x.bound
    if x.m.hi >= PowerOfTwo.double(-1021 - x.exponent) {
      let down = x.m.hi + (x.m.lo - err)
      let up = x.m.hi + (x.m.lo + err)
      guard down == up else { return nil }
      return PowerOfTwo.scale(down, by: x.exponent)
    }
    let unit = PowerOfTwo.double(-1074 - x.exponent)  // U: -1074 - e is in [-53, 3]
    let q = PowerOfTwo.scale(x.m.hi, by: x.exponent)
    let d = x.m.hi - PowerOfTwo.scale(q, by: -x.exponent)
    let rho = d + x.m.lo
    let slack = err + unit * 0x1p-50
    let low = rho - slack, high = rho + slack, half = unit * 0.5
    if low > -half && high < half { return q }
    if low > half { return q.nextUp }
    if high < -half && q > 0 { return q.nextDown }
    return nil
  }

  /// The correctly rounded float of v = 2^e·(hi + lo)·(1 + δ), |δ| ≤ `bound`/4, bound ≤ 2^-50,
  /// for 2^e·hi ≥ 2^-160 (callers send smaller values to 0 themselves), or nil.
  ///
  /// Here v itself is a normal double, so h = 2^e·hi and l = 2^e·lo are exact. f = RN_f(h)
  /// (one rounding); the float midpoint M nearest h is the one between f and its
  /// neighbour on h's side, a double, and h − M is exact (both are multiples of
  /// ulp(h)/2 and within half a float ulp, under 2^30 of those). The sign of
  /// v − M = (h − M) + l ± err is then decided as in the double case.
  static func float(_ x: Estimate) -> Float? {
    let scale = PowerOfTwo.double(x.exponent)
    let h = x.m.hi * scale, l = x.m.lo * scale
    let err = h * x.bound
    let f = Float(h)
    let fd = Double(f)
    if fd == h { return f }  // |l| + err is far below half a float ulp
    let neighbour = h > fd ? f.nextUp : f.nextDown
    let midpoint = (fd + Double(neighbour)) * 0.5
    let distance = h - midpoint
    let above = distance + (l - err), below = distance + (l + err)
    if above > 0 { return h > fd ? neighbour : f }
    if below < 0 { return h > fd ? f : neighbour }
    return nil
  }
}
