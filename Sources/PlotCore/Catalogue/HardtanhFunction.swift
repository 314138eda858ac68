// Hardtanh, clamp(x, min_val, max_val), with PyTorch's defaults and kink convention.

/// hardtanh(x) = min_val for x < min_val, max_val for x > max_val, x between; the
/// derivative is 1 strictly inside (min_val, max_val), else 0 (PyTorch's
/// `hardtanh_backward`: 0 at both corners); the second derivative is 0.
///
/// Exact: no rounding anywhere. Parameters: min_val (default −1), max_val (default 1),
/// each in [−10, 10]; with min_val > max_val (which the command line refuses) the lower
/// clamp wins, as the definition's order has it.
public struct HardtanhFunction: PlotFunction {
  public init() {}

  /// The lower clamp. Default −1.
  public static let minimum = FunctionParameter(
    name: "min_val", meaning: "lower clamp", defaultValue: -1, range: -10...10, step: 0.1)
  /// The upper clamp. Default 1.
  public static let maximum = FunctionParameter(
    name: "max_val", meaning: "upper clamp", defaultValue: 1, range: -10...10, step: 0.1)

  public var names: FunctionNames {
    FunctionNames(commandLine: "hardtanh", legend: "Hardtanh", symbol: "hardtanh")
  }
  public var parameters: [FunctionParameter] { [Self.minimum, Self.maximum] }

  /// x clamped to [lo, hi], lower clamp first; NaN stays NaN.
  static func clamp(_ x: Double, _ lo: Double, _ hi: Double) -> Double {
    if x.isNaN { return x }
    if x < lo { return lo }
    if x > hi { return hi }
    return x
  }

  /// 1 strictly inside (lo, hi), 0 elsewhere (corners included); NaN stays NaN.
  static func slope(_ x: Double, _ lo: Double, _ hi: Double) -> Double {
    if x.isNaN { return x }
    return lo < x && x < hi ? 1 : 0
  }

  public func value(at x: Double, _ p: ParameterValues) -> Double { Self.clamp(x, p[0], p[1]) }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    Self.slope(x, p[0], p[1])
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    x.isNaN ? x : 0
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
