// What can be wrong with a format or formula named on the command line, as one line a
// user can act on (each lists what is valid).

public enum PrecisionFormulaError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownFormat(String)
  case unknownFormula(String)
  /// The function (command-line name) has no formula of that kind; the kinds it has.
  case missingFormula(function: String, kind: FormulaKind, available: [FormulaKind])

  public var description: String {
    switch self {
    case .unknownFormat(let name):
      return "unknown format \"\(name)\"; the formats are "
        + NumberFormat.all.map(\.name).joined(separator: ", ")
    case .unknownFormula(let name):
      return "unknown formula \"\(name)\"; the formulas are "
        + FormulaKind.allCases.map(\.rawValue).joined(separator: ", ")
    case .missingFormula(let function, let kind, let available):
      return "\(function) has no \(kind.rawValue) formula; it has "
        + available.map(\.rawValue).joined(separator: ", ")
    }
  }
}
