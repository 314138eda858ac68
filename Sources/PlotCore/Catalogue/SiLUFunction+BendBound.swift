// SiLU's bend bound for the sampler's flat-column shortcut (CurveSampler+Flatness.swift).

extension SiLUFunction {
  /// silu(x) = g(v)/β with g(v) = v·S(v), v = βx, so silu^(n)(x) = β^(n−1)·g^(n)(v) and,
  /// by Leibniz, g^(n) = n·S^(n−1)(v) + v·S^(n)(v), n = order + 2 ≥ 2. Over [lo, hi], with
  /// m and V the least and largest |v| there: |S^(j)(v)| ≤ SigmoidBends' bound at m, and
  /// |v·S^(n)(v)| ≤ tail_n·|v|·e^(−|v|), which is at most tail_n·V·e^(−m), at most
  /// tail_n/e (the peak of a·e^(−a)) and at most V·peak_n. β^(n−1) and the sum round up by
  /// the 2^-40 factor; v's rounding is inside SigmoidBends.decay's widening.
  public func bendBound(_ order: DerivativeOrder, over lo: Double, _ hi: Double,
                        _ p: ParameterValues) -> Double {
    let beta = p[0], n = order.rawValue + 2
    let vlo = beta * lo, vhi = beta * hi
    let m = SigmoidBends.nearestToZero(vlo, vhi)
    let big = Swift.max(vlo.magnitude, vhi.magnitude) * (1 + 0x1p-40)
    let decay = SigmoidBends.decay(m)
    let tail = SigmoidBends.tail(n)
    let first = Double(n) * SigmoidBends.bound(n - 1, decay: decay)
    let second = Swift.min(big * SigmoidBends.peak(n),
                           tail * Swift.min(big * decay, 0.3679))  // 1/e < 0.3679
    var scale = 1.0
    for _ in 1..<n { scale *= beta }
    return scale * (first + second) * (1 + 0x1p-38)
  }
}
