// Leaky ReLU: x for x > 0, negative_slope·x otherwise, with PyTorch's default slope.

/// leaky_relu(x) = x for x > 0, s·x for x ≤ 0 (s = negative_slope, default 0.01, in
/// [0, 0.9]); the derivative is 1 for x > 0 and s for x ≤ 0 (PyTorch's
/// `leaky_relu_backward`: f'(0) = s); the second derivative is 0.
///
/// Accuracy: s·x is one correctly rounded product (half an ulp); everything else is exact.
public struct LeakyReLUFunction: PlotFunction {
  public init() {}

  /// The slope left of 0. Default 0.01.
  public static let negativeSlope = FunctionParameter(
    name: "negative_slope", meaning: "slope for x < 0", defaultValue: 0.01, range: 0...0.9,
    step: 0.01)

  public var names: FunctionNames {
    FunctionNames(commandLine: "leaky_relu", legend: "Leaky ReLU", symbol: "leaky_relu")
  }
  public var parameters: [FunctionParameter] { [Self.negativeSlope] }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    x > 0 ? x : p[0] * x
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    x.isNaN ? x : (x > 0 ? 1 : p[0])
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    x.isNaN ? x : 0
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
