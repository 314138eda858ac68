// Which function a plotted line shows. The numerics live in Sigmoid.swift; this only
// names them and picks one, so the sampler, legend and command line agree on the set.

/// One of the plotted functions of data x.
public enum Curve: Int, CaseIterable, Hashable, Sendable {
  case sigmoid, derivative, secondDerivative

  /// The function's value at data x (data y units). Finite for every finite x.
  @inlinable public func evaluate(_ x: Double) -> Double {
    switch self {
    case .sigmoid: return PlotCore.sigmoid(x)
    case .derivative: return sigmoidDerivative(x)
    case .secondDerivative: return sigmoidSecondDerivative(x)
    }
  }

  /// The name the legend shows, matching the matplotlib original ("Sigmoid",
  /// "Sigmoid Derivative").
  public var displayName: String {
    switch self {
    case .sigmoid: return "Sigmoid"
    case .derivative: return "Sigmoid Derivative"
    case .secondDerivative: return "Sigmoid Second Derivative"
    }
  }
}
