// Hardsigmoid, PyTorch's piecewise linear stand-in for the logistic function.

/// hardsigmoid(x) = 0 for x ≤ −3, 1 for x ≥ 3, x/6 + 1/2 between; the derivative is 1/6
/// strictly inside (−3, 3), else 0 (PyTorch's `hardsigmoid_backward`); the second
/// derivative is 0.
///
/// Hazard: x/6 + 1/2 cancels toward its zero at −3 (x/6 rounded, then a sum near 0).
/// Cure: (x + 3)/6, where x + 3 is exact near −3 (Sterbenz, x in [−6, −1.5]) and the
/// division is the one rounding; elsewhere x + 3 ≥ 1.5 rounds once more: within 1 ulp.
public struct HardsigmoidFunction: PlotFunction {
  public init() {}

  public var names: FunctionNames {
    FunctionNames(commandLine: "hardsigmoid", legend: "Hardsigmoid", symbol: "hardsigmoid")
  }
  public var parameters: [FunctionParameter] { [] }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    if x <= -3 { return 0 }
    if x >= 3 { return 1 }
    return (x + 3) / 6
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    return -3 < x && x < 3 ? 1.0 / 6 : 0
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    x.isNaN ? x : 0
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
