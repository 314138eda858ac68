// f, f' and f'' as one formula in one format computes them (or as the exact values
// correctly rounded to it).

/// A function's value and first two derivatives at one input, each a format value.
public struct FormatValues: Equatable, Sendable {
  public var value: Double
  public var derivative: Double
  public var secondDerivative: Double

  public init(_ value: Double, _ derivative: Double, _ secondDerivative: Double) {
    self.value = value
    self.derivative = derivative
    self.secondDerivative = secondDerivative
  }

  /// The derivative of `order`.
  public subscript(order: DerivativeOrder) -> Double {
    switch order {
    case .value: return value
    case .first: return derivative
    case .second: return secondDerivative
    }
  }

  /// Equality of the bits, NaN equal to NaN (what an exhaustive check compares).
  public static func == (a: FormatValues, b: FormatValues) -> Bool {
    DerivativeOrder.allCases.allSatisfy { a[$0] == b[$0] || (a[$0].isNaN && b[$0].isNaN) }
  }
}
