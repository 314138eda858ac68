// tanh's bend bound for the sampler's flat-column shortcut (CurveSampler+Flatness.swift).

extension TanhFunction {
  /// tanh x = 2·S(2x) − 1, so tanh^(n)(x) = 2^(n+1)·S^(n)(2x), n = order + 2 (exact
  /// factors; 2x is exact): SigmoidBends' bound at the 2x of [lo, hi] nearest 0.
  public func bendBound(_ order: DerivativeOrder, over lo: Double, _ hi: Double,
                        _ p: ParameterValues) -> Double {
    let n = order.rawValue + 2
    let m = SigmoidBends.nearestToZero(2 * lo, 2 * hi)
    let factor: Double = n == 2 ? 8 : n == 3 ? 16 : 32
    return factor * SigmoidBends.bound(n, decay: SigmoidBends.decay(m))
  }
}
