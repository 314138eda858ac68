// SiLU's cheap estimates for the sampler's probes (CurveSampler.swift), which only decide
// where to refine: the sigmoid's estimates at v = βx in doubles, instead of the
// double-double forms. Never a value the program prints or draws.

extension SiLUFunction {
  /// 2^-40 relative: the bound derived in ``estimate(_:at:_:)`` (below 2^-41).
  public var estimateError: Double { 0x1p-40 }
  /// The exact value is a double-double evaluation, several times the estimate's cost:
  /// the sampler draws the estimate where it is within 1/1024 px.
  public var estimateDraws: Bool { true }

  /// With v = β ⊗ x (one rounding, amplified by at most |v| + 2 ≤ 692 where used: 2^-43)
  /// and S(v), S'(v), S''(v) from SigmoidFunction's estimates at the defaults (2^-48):
  /// f = x·S(v) within 2^-42. f' = S(v) + v·S'(v) and f''/β = 2·S'(v) + v·S''(v) sum
  /// terms of both signs (zeros at v ≈ −1.2785 and ±2.3994): where the sum is under
  /// half of the terms' magnitudes the exact value is returned, so the cancellation
  /// amplifies the terms' 2^-42 by at most 2: below 2^-41. Past v = −690 (S subnormal
  /// while x·S may not be) and for NaN: the exact value.
  public func estimate(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    let beta = p[0]
    let v = beta * x
    if !(v >= -690) { return value(order, at: x, p) }
    let s = SigmoidFunction(), d = Self.sigmoidDefaults
    switch order {
    case .value:
      return x * s.estimate(.value, at: v, d)
    case .first:
      // One exp for both (bit for bit the two estimates).
      let (value, slope) = SigmoidFunction.valueAndSlopeEstimate(v)
      let a = value, b = v * slope
      let sum = a + b
      if sum.magnitude < (a.magnitude + b.magnitude) * 0.5 { return derivative(at: x, p) }
      return sum
    case .second:
      let (slope, bend) = SigmoidFunction.slopeAndBendEstimate(v)
      let a = 2 * slope, b = v * bend
      let sum = a + b
      if sum.magnitude < (a.magnitude + b.magnitude) * 0.5 {
        return secondDerivative(at: x, p)
      }
      return beta * sum
    }
  }

  /// k = 1, x0 = 0: the sigmoid of v itself.
  static let sigmoidDefaults = ParameterValues([1, 0])
}
