// A point where a plotted family is not smooth: a corner of f (f' jumps), a jump of f' or
// f'' (the order above it gets a Dirac impulse), with the one-sided limits of each order
// and the value taken at the point itself. The sampler breaks a curve at the kinks where
// its order jumps, and the scene draws the open and filled dots and the impulse arrows.

/// One derivative order at a kink: its one-sided limits, the value taken at the point
/// (PyTorch's convention, what ``PlotFunction/value(_:at:_:)`` returns there) and the
/// weight of the impulse it carries (the jump of the order below times a Dirac delta).
public struct KinkValues: Sendable, Hashable {
  /// The limit from the left and from the right, exact (the pieces' formulas at x).
  public var left: Double
  public var right: Double
  /// The value at x itself.
  public var at: Double
  /// The weight w of the impulse w·δ(x − x_k) in this order: right − left of the order
  /// below; 0 when that order is continuous (always for f).
  public var impulse: Double

  public init(left: Double, at: Double, right: Double, impulse: Double = 0) {
    self.left = left
    self.at = at
    self.right = right
    self.impulse = impulse
  }

  /// Whether the curve of this order breaks here (its one-sided limits differ).
  public var jumps: Bool { left != right }
  /// Whether this order holds a Dirac impulse here.
  public var isImpulse: Bool { impulse != 0 }
}

/// A kink of a family at its current parameters: x and, per order, ``KinkValues``.
public struct Kink: Sendable, Hashable {
  /// Data x of the kink.
  public var x: Double
  public var value: KinkValues
  public var first: KinkValues
  public var second: KinkValues

  /// The kink at x of `function` at `p`, from the one-sided limits (f, f', f'') on the
  /// left and on the right; the values at x are the function's own, and the impulses
  /// follow from the jumps of the order below.
  public init(_ x: Double, of function: some PlotFunction, _ p: ParameterValues,
              left: (Double, Double, Double), right: (Double, Double, Double)) {
    self.x = x
    value = KinkValues(left: left.0, at: function.value(at: x, p), right: right.0)
    first = KinkValues(left: left.1, at: function.derivative(at: x, p), right: right.1,
                       impulse: right.0 - left.0)
    second = KinkValues(left: left.2, at: function.secondDerivative(at: x, p), right: right.2,
                        impulse: right.1 - left.1)
  }

  /// The values of one order.
  public subscript(order: DerivativeOrder) -> KinkValues {
    switch order {
    case .value: return value
    case .first: return first
    case .second: return second
    }
  }

  /// Whether any order breaks or holds an impulse here (a kink of the curve `order` or
  /// of a curve above it).
  public func matters(for order: DerivativeOrder) -> Bool {
    self[order].jumps || self[order].isImpulse
  }
}
