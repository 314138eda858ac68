// One line on the plot: a function family, its parameter values and which derivative.
// Everything that draws, reads out, fits or samples a curve takes one of these, so adding
// a function or changing a parameter reaches every user at once.

/// A plotted curve: (function, parameter values, derivative order).
///
/// Two curves are equal when they name the same family (``FunctionNames/commandLine``),
/// hold equal parameter values and plot the same derivative, so a curve can key a cache
/// or a set of shown curves, and a parameter change makes it a different curve.
public struct PlottedCurve: Hashable, Sendable, CustomStringConvertible {
  /// The family; an existential of a small value type (no allocation for the sigmoid's).
  public let function: any PlotFunction
  /// The values of ``PlotFunction/parameters``, each inside its range.
  public let parameters: ParameterValues
  /// f, f' or f''.
  public let order: DerivativeOrder

  /// `function`'s curve of `order` at `parameters` (default: the family's defaults).
  /// Traps on a wrong count or a value outside its range, which is a programming error:
  /// input reaches here through ``setting(_:to:)``, which refuses such values.
  public init(_ function: any PlotFunction, _ order: DerivativeOrder = .value,
              parameters: ParameterValues? = nil) {
    let p = parameters ?? function.defaultParameters
    let specs = function.parameters
    precondition(p.count == specs.count,
                 "\(function.names.commandLine) takes \(specs.count) parameters, got \(p.count)")
    for (i, spec) in specs.enumerated() {
      precondition(spec.range.contains(p[i]),
                   "\(spec.name) = \(p[i]) is outside \(spec.range)")
    }
    self.function = function
    self.parameters = p
    self.order = order
  }

  public static func == (a: PlottedCurve, b: PlottedCurve) -> Bool {
    a.order == b.order && a.parameters == b.parameters
      && a.function.names.commandLine == b.function.names.commandLine
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(function.names.commandLine)
    hasher.combine(parameters)
    hasher.combine(order)
  }

  // MARK: - Values

  /// The curve at data x (data y units); see the family for its accuracy.
  @inlinable public func evaluate(_ x: Double) -> Double {
    function.value(order, at: x, parameters)
  }

  /// The curve at data x under the y scale's transform, exact past the double range (see
  /// ``PlotFunction/scaledValue(_:at:_:in:)``): what the sampler, the probe's dots and the
  /// markers map to pixels.
  @inlinable public func scaledValue(_ x: Double, in scale: YScale) -> Double {
    function.scaledValue(order, at: x, parameters, in: scale)
  }

  /// The curve's slope at x (the next derivative), for the probe's tangent; nil for f''.
  public func slope(at x: Double) -> Double? {
    order.next.map { function.value($0, at: x, parameters) }
  }

  /// The same function and parameters, another derivative.
  public func withOrder(_ order: DerivativeOrder) -> PlottedCurve {
    PlottedCurve(checked: self, order)
  }

  /// `curve`'s function and parameters, which its init checked, with another order:
  /// not checked again (that lists the family's parameters, an array, and the legend and
  /// the story cache ask for a curve's f many times a frame).
  private init(checked curve: PlottedCurve, _ order: DerivativeOrder) {
    function = curve.function
    parameters = curve.parameters
    self.order = order
  }

  /// The curve with parameter `name` set to `value`; nil when the family has no such
  /// parameter or the value is outside its range (or not finite).
  public func setting(_ name: String, to value: Double) -> PlottedCurve? {
    guard let i = function.parameters.firstIndex(where: { $0.name == name }),
      function.parameters[i].range.contains(value)
    else { return nil }
    var p = parameters
    p[i] = value
    return PlottedCurve(function, order, parameters: p)
  }

  /// The value of parameter `name`, nil when the family has none of that name.
  public func parameter(_ name: String) -> Double? {
    function.parameters.firstIndex { $0.name == name }.map { parameters[$0] }
  }

  // MARK: - Names

  /// The legend's name: "Sigmoid", "Sigmoid Derivative", "Sigmoid Second Derivative".
  public var legendName: String { function.names.legend(order) }
  /// The readout's symbol: "S", "S'", "S''".
  public var symbol: String { function.names.symbol(order) }

  /// "sigmoid'' (1.0, 0.0)": for test failures and debugging.
  public var description: String {
    function.names.commandLine + String(repeating: "'", count: order.rawValue) + " "
      + parameters.description
  }
}
