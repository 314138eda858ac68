// ReLU6, min(max(0, x), 6): PyTorch's hardtanh(x, 0, 6).

/// relu6(x) = min(max(0, x), 6); its derivative is 1 strictly inside (0, 6), else 0; its
/// second derivative is 0.
///
/// Exact: no rounding anywhere. At the corners x = 0 and x = 6 the derivative is 0, as
/// PyTorch's `hardtanh_backward` gives (it passes the gradient only strictly inside).
public struct ReLU6Function: PlotFunction {
  public init() {}

  public var names: FunctionNames {
    FunctionNames(commandLine: "relu6", legend: "ReLU6", symbol: "relu6")
  }
  public var parameters: [FunctionParameter] { [] }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    HardtanhFunction.clamp(x, 0, 6)
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    HardtanhFunction.slope(x, 0, 6)
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    x.isNaN ? x : 0
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
