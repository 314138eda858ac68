// The textbook and stable formulas of one catalogue function, each written once as a
// short sequence of format operations (the files in Formulas/), and the table of them.

/// One formula: f, f', f'' at the format value x for parameters p, every step a
/// correctly rounded operation of `m`.
public typealias Formula = @Sendable (_ x: Double, _ p: ParameterValues,
                                      _ m: FormatArithmetic) -> FormatValues

/// The formulas a function has besides `exact` (which every function has).
public struct FormulaSet: Sendable {
  /// The function's command-line name (``FunctionNames/commandLine``).
  public let function: String
  public let textbook: Formula
  /// nil: the function has no well-known stable form (the textbook one is already it,
  /// or none is in common use).
  public let stable: Formula?

  public init(_ function: String, textbook: @escaping Formula, stable: Formula? = nil) {
    self.function = function
    self.textbook = textbook
    self.stable = stable
  }

  /// The formula of `kind`, nil for `exact` (not a sequence of operations) or a missing
  /// stable form.
  public func formula(_ kind: FormulaKind) -> Formula? {
    switch kind {
    case .textbook: return textbook
    case .stable: return stable
    case .exact: return nil
    }
  }

  /// Every function's formulas, in catalogue order.
  public static let all: [FormulaSet] = [
    .sigmoid, .tanh, .softsign, .softplus, .logsigmoid, .relu, .relu6, .leakyReLU, .elu,
    .celu, .selu, .gelu, .geluTanh, .silu, .mish, .hardsigmoid, .hardswish, .hardtanh,
  ]

  /// The formulas of the function called `name`, nil if it has none.
  public static func named(_ name: String) -> FormulaSet? {
    all.first { $0.function == name }
  }
}
