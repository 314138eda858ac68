// CELU: x for x > 0, alpha·(e^(x/alpha) − 1) otherwise, with PyTorch's convention at 0.

import Glibc

/// celu(x) = x for x > 0, α·expm1(x/α) for x ≤ 0 (α = alpha, default 1, in [0.05, 5]);
/// celu' = 1 for x > 0, e^(x/α) for x ≤ 0 (celu'(0) = 1, PyTorch's `elu_backward` with
/// input_scale 1/α); celu'' = e^(x/α)/α for x < 0, 0 for x ≥ 0.
///
/// Hazards and cures:
/// - v = x/α is rounded, and e^v passes its relative error on times |v| (up to ~370
///   ulps near the subnormals). Cure: v as hi + lo, lo from the exact residual x − α·hi
///   (fma), and e^v = e^hi·(1 + lo), expm1(v) = expm1(hi) + lo·e^hi.
/// - e^v − 1 cancels near 0: glibc's expm1 (about 1 ulp).
/// - x/α underflows for subnormal x, losing celu(x) ≈ x: for |x| < 2^-40,
///   celu(x) = x + x²/(2α) (the next term is below 2^-74 of it).
/// - e^v/α for v < −690: e^v is subnormal, the quotient maybe not; ``TailExponential``.
/// Within about 1.5 ulps.
public struct CELUFunction: PlotFunction {
  public init() {}

  public var names: FunctionNames {
    FunctionNames(commandLine: "celu", legend: "CELU", symbol: "celu")
  }
  public var parameters: [FunctionParameter] { [ELUFunction.alpha] }

  /// (x/α as hi + lo, e^hi), or nil where e^(x/α) underflows past the subnormals.
  static func exponential(_ x: Double, _ alpha: Double) -> (v: SplitArgument, e: Double)? {
    let v = SplitArgument(quotient: x, alpha)
    if !(v.hi > -746) { return nil }
    return (v, exp(v.hi))
  }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if x > 0 || x.isNaN { return x }
    let alpha = p[0]
    if x.magnitude < 0x1p-40 { return x + x * (x / (2 * alpha)) }
    guard let (v, e) = Self.exponential(x, alpha) else { return -alpha }
    return alpha * (expm1(v.hi) + v.lo * e)
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if x > 0 || x.isNaN { return x.isNaN ? x : 1 }
    guard let (v, e) = Self.exponential(x, p[0]) else { return 0 }
    return e + e * v.lo
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    if !(x < 0) { return x.isNaN ? x : 0 }
    let v = SplitArgument(quotient: x, p[0])
    if v.hi < -TailExponential.threshold {  // e^v subnormal, e^v/α maybe not
      return TailExponential.scaled(-v.hi, lo: -v.lo, by: TailExponential.reciprocal(p[0]))
    }
    let e = exp(v.hi)
    return (e + e * v.lo) / p[0]
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
