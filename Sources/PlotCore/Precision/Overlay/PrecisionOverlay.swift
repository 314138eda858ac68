// The precision lab in the window and `render` (issue 14): which number format the
// primary function is computed in (none: the overlay is off), by which formula, and
// whether the error strip is drawn under the plot. Keys Y / Shift+Y, T / Shift+T, E and
// the options --format, --formula, --no-error-strip set it.

/// The display choice of the precision overlay. Off by default, so a view without
/// `--format` is drawn exactly as before.
public struct PrecisionOverlay: Sendable, Equatable {
  /// The format the primary function is computed in; nil: no overlay.
  public var format: NumberFormat?
  /// The formula chosen (a function without it is drawn with ``formula(for:)``'s fallback).
  public var formula: FormulaKind
  /// Whether the error strip is drawn while a format is chosen (`E`).
  public var showsErrorStrip: Bool

  public init(format: NumberFormat? = nil, formula: FormulaKind = .textbook,
              showsErrorStrip: Bool = true) {
    self.format = format
    self.formula = formula
    self.showsErrorStrip = showsErrorStrip
  }

  /// Whether a format is chosen.
  public var isOn: Bool { format != nil }
  /// Whether the strip is drawn: a format is chosen and the strip is not turned off.
  public var showsStrip: Bool { isOn && showsErrorStrip }

  /// What Y steps through: off, then every format widest first.
  public static let formatCycle: [NumberFormat?] = [nil] + NumberFormat.all.map { $0 }

  /// The format `steps` places along ``formatCycle`` (wrapping; Y is +1, Shift+Y −1).
  public mutating func cycleFormat(_ steps: Int) {
    let cycle = Self.formatCycle
    let i = cycle.firstIndex { $0 == format } ?? 0
    let n = cycle.count
    format = cycle[((i + steps) % n + n) % n]
  }

  /// The formula `steps` places along the kinds `available` (the primary function's,
  /// ``PrecisionFormula/kinds(of:)``), wrapping; a formula the function lacks starts
  /// from textbook. T is +1, Shift+T −1.
  public mutating func cycleFormula(_ steps: Int, available: [FormulaKind]) {
    guard !available.isEmpty else { return }
    let i = available.firstIndex(of: formula(available: available)) ?? 0
    let n = available.count
    formula = available[((i + steps) % n + n) % n]
  }

  /// The formula drawn for a function that has `available`: the chosen one, else
  /// textbook, else the first it has (every function has exact).
  public func formula(available: [FormulaKind]) -> FormulaKind {
    if available.contains(formula) { return formula }
    return available.contains(.textbook) ? .textbook : available.first ?? .exact
  }

  /// The formula evaluated for `spec` in the chosen format; nil while off.
  public func lab(for spec: FunctionSpec) -> PrecisionFormula? {
    guard let format else { return nil }
    let kind = formula(available: PrecisionFormula.kinds(of: spec.function.names.commandLine))
    return try? PrecisionFormula(spec, format: format, kind: kind)
  }

  /// The overlay's caption: "S in float16 (textbook)".
  public func caption(symbol: String, kind: FormulaKind) -> String {
    guard let format else { return "" }
    return "\(symbol) in \(format.name) (\(kind.rawValue))"
  }
}
