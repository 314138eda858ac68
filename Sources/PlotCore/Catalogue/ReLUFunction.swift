// ReLU, max(0, x), and its derivatives with PyTorch's convention at the kink.

/// relu(x) = max(0, x); relu'(x) = 1 for x > 0, else 0; relu'' = 0.
///
/// Exact: no rounding anywhere. At the kink x = 0 the values are PyTorch's
/// (`threshold_backward` passes the gradient only where x > 0): relu(0) = 0, relu'(0) = 0,
/// relu''(0) = 0; the one-sided limits of relu' are 0 and 1, so relu'' has an impulse of
/// size 1 there, which the plot draws and the sample prints as 0.
public struct ReLUFunction: PlotFunction {
  public init() {}

  public var names: FunctionNames {
    FunctionNames(commandLine: "relu", legend: "ReLU", symbol: "relu")
  }
  public var parameters: [FunctionParameter] { [] }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    x.isNaN ? x : (x > 0 ? x : 0)
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    x.isNaN ? x : (x > 0 ? 1 : 0)
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    x.isNaN ? x : 0
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
