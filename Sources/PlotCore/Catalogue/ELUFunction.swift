// ELU: x for x > 0, alpha·(e^x − 1) otherwise, with PyTorch's convention at 0.

import Glibc

/// elu(x) = x for x > 0, α·expm1(x) for x ≤ 0 (α = alpha, default 1, in [0.05, 5]);
/// elu' = 1 for x > 0, α·e^x for x ≤ 0 (PyTorch's `elu_backward` takes x ≤ 0 as the
/// exponential side: elu'(0) = α); elu'' = 0 for x ≥ 0 (`elu_double_backward` masks
/// x < 0: elu''(0) = 0), α·e^x for x < 0.
///
/// Hazard: e^x − 1 cancels near 0 (relative accuracy lost as x → 0). Cure: glibc's expm1
/// (about 1 ulp; expm1(1e−300) = 1e−300), then one rounded product: within about 1.5 ulps.
/// e^x is glibc's exp (under 1 ulp) times α: about 1 ulp; below x = −690, where e^x alone
/// would be subnormal and α·e^x not, ``TailExponential`` rounds the product once.
public struct ELUFunction: PlotFunction {
  public init() {}

  /// The scale of the negative side, which tends to −alpha. Default 1.
  public static let alpha = FunctionParameter(
    name: "alpha", meaning: "negative saturation", defaultValue: 1, range: 0.05...5, step: 0.05)

  public var names: FunctionNames {
    FunctionNames(commandLine: "elu", legend: "ELU", symbol: "elu")
  }
  public var parameters: [FunctionParameter] { [Self.alpha] }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    x > 0 || x.isNaN ? x : p[0] * expm1(x)
  }

  /// α·e^x for x ≤ 0, rounded once also where e^x alone is subnormal.
  static func scaledExp(_ x: Double, _ alpha: Double) -> Double {
    if x < -TailExponential.threshold {
      return TailExponential.scaled(-x, by: DoubleDouble(alpha))
    }
    return alpha * exp(x)
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    x > 0 || x.isNaN ? (x.isNaN ? x : 1) : Self.scaledExp(x, p[0])
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    x < 0 ? Self.scaledExp(x, p[0]) : (x.isNaN ? x : 0)
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
