// The parameter text the legend appends to a curve's name: only the parameters that
// differ from their family's defaults, each value in its shortest round-trip digits, so
// the name says exactly which member of the family is drawn and stays short at defaults.

extension PlottedCurve {
  /// " (k = 2.5, x0 = 1)" for the parameters away from their defaults; "" at defaults
  /// (and for families without parameters).
  public var parameterSuffix: String {
    let specs = function.parameters
    var items: [String] = []
    for (i, spec) in specs.enumerated() where parameters[i] != spec.defaultValue {
      items.append("\(spec.name) = \(Self.shortestText(parameters[i]))")
    }
    return items.isEmpty ? "" : " (" + items.joined(separator: ", ") + ")"
  }

  /// Swift's shortest round-trip digits without a trailing ".0" ("1", "2.5", "1e-05").
  static func shortestText(_ v: Double) -> String {
    let s = "\(v)"
    return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
  }
}
