// The sigmoid family's bend bound for the sampler's flat-column shortcut
// (CurveSampler+Flatness.swift).

extension SigmoidFunction {
  /// f^(n)(x) = k^n·S^(n)(u), u = k·(x − x0), n = order + 2: k^n times SigmoidBends'
  /// bound at the u of [lo, hi] nearest 0 (k > 0, so u runs from k·(lo − x0) to
  /// k·(hi − x0); their rounding is covered by SigmoidBends.decay's widening, and k^n
  /// rounds up by the 2^-40 factor).
  public func bendBound(_ order: DerivativeOrder, over lo: Double, _ hi: Double,
                        _ p: ParameterValues) -> Double {
    let k = p[0], n = order.rawValue + 2
    let m = SigmoidBends.nearestToZero(k * (lo - p[1]), k * (hi - p[1]))
    var kn = k * k
    if n >= 3 { kn *= k }
    if n >= 4 { kn *= k }
    return kn * (1 + 0x1p-40) * SigmoidBends.bound(n, decay: SigmoidBends.decay(m))
  }
}
