// The parameter text the legend adds to a curve's name: only the parameters away from
// their defaults, so the plain sigmoid still reads "Sigmoid" and a moved one reads
// "Sigmoid (k = 2.5, x0 = 1)". Shared by the legend and the slider panel.

extension PlottedCurve {
  /// " (k = 2.5, x0 = 1)": the parameters that differ from their defaults, in the family's
  /// order, each value in its shortest round-trip digits ("2.5", "1", not "1.0"); "" when
  /// every parameter is at its default (or the family has none).
  public var parameterSuffix: String {
    let specs = function.parameters
    var items: [String] = []
    for (i, spec) in specs.enumerated() where parameters[i] != spec.defaultValue {
      items.append("\(spec.name) = \(FunctionParameter.text(parameters[i]))")
    }
    return items.isEmpty ? "" : " (" + items.joined(separator: ", ") + ")"
  }
}

extension FunctionParameter {
  /// A parameter value as people write it: the shortest digits that read back as the same
  /// double, without Swift's ".0" on whole numbers ("1", "2.5", "-0.3", "0.05"); -0 is "0".
  public static func text(_ v: Double) -> String {
    if v == 0 { return "0" }
    if v == v.rounded(), v.magnitude < 1e15 { return String(Int(v)) }
    return "\(v)"
  }
}
