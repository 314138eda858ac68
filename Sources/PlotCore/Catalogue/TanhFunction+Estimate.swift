// tanh's cheap estimates for the sampler's probes (CurveSampler.swift), which only decide
// where to refine: glibc's tanh and the sigmoid's own estimates at 2x, so the probes cost
// what the sigmoid's do. Never a value the program prints or draws.

import Glibc

extension TanhFunction {
  /// 2^-41 relative: the bound derived in ``estimate(_:at:_:)`` (below 2^-42), with room.
  public var estimateError: Double { 0x1p-41 }
  /// The exact value is a double-double evaluation, several times the estimate's cost:
  /// the sampler draws the estimate where it is within 1/1024 px.
  public var estimateDraws: Bool { true }

  /// tanh x from glibc (within a few ulps: 2^-50 allowing 8); tanh' = 4·S'(2x) and
  /// tanh'' = 8·S''(2x) from SigmoidFunction's estimates at the defaults, where the
  /// argument 2x is exact and their bound is 2^-48 (SigmoidFunction+Estimate.swift);
  /// the factors 4 and 8 are exact. Subnormal results stay inside the sampler's absolute
  /// 2^-1000.
  @inlinable
  public func estimate(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    switch order {
    case .value: return tanh(x)
    case .first: return 4 * SigmoidFunction().estimate(.first, at: 2 * x, Self.sigmoidDefaults)
    case .second: return 8 * SigmoidFunction().estimate(.second, at: 2 * x, Self.sigmoidDefaults)
    }
  }

  /// k = 1, x0 = 0: the sigmoid of 2x itself.
  @usableFromInline static let sigmoidDefaults = ParameterValues([1, 0])
}
