// What can be wrong with a `NAME[:PARAM=VALUE,...]` function spec, each case with a
// one-line message that lists what would have been valid.

/// A function spec the catalogue refuses; ``description`` is the line to show the user.
public enum FunctionSpecError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No family has this name; `valid` lists the catalogue.
  case unknownFunction(String, valid: [String])
  /// The family has no parameter of this name; `valid` lists its parameters (maybe none).
  case unknownParameter(function: String, parameter: String, valid: [String])
  /// A parameter item without `=` or with an empty name or value.
  case malformedParameter(function: String, item: String, valid: [String])
  /// The value text is not a number.
  case notANumber(function: String, parameter: String, text: String,
                  range: ClosedRange<Double>)
  /// The value is NaN or infinite.
  case notFinite(function: String, parameter: String, text: String,
                 range: ClosedRange<Double>)
  /// The value is a finite number outside the parameter's range.
  case outOfRange(function: String, parameter: String, value: Double,
                  range: ClosedRange<Double>)
  /// The same parameter given twice.
  case repeatedParameter(function: String, parameter: String)
  /// Two parameters that must be ordered are not (hardtanh: min_val < max_val).
  case misordered(function: String, lower: String, lowerValue: Double, upper: String,
                  upperValue: Double)

  public var description: String {
    switch self {
    case .unknownFunction(let name, let valid):
      return "unknown function \"\(name)\"; valid: \(valid.joined(separator: ", "))"
    case .unknownParameter(let f, let name, let valid):
      return valid.isEmpty
        ? "\(f) takes no parameters (got \"\(name)\")"
        : "\(f) has no parameter \"\(name)\"; valid: \(valid.joined(separator: ", "))"
    case .malformedParameter(let f, let item, let valid):
      let names = valid.isEmpty ? "\(f) takes no parameters"
        : "valid: " + valid.map { "\($0)=VALUE" }.joined(separator: ", ")
      return "\(f): expected PARAM=VALUE, got \"\(item)\"; \(names)"
    case .notANumber(let f, let name, let text, let range):
      return "\(f): \(name) = \"\(text)\" is not a number; valid: \(Self.text(range))"
    case .notFinite(let f, let name, let text, let range):
      return "\(f): \(name) = \(text) is not finite; valid: \(Self.text(range))"
    case .outOfRange(let f, let name, let value, let range):
      return "\(f): \(name) = \(Self.text(value)) is out of range; valid: \(Self.text(range))"
    case .repeatedParameter(let f, let name):
      return "\(f): \(name) is given twice; give each parameter once"
    case .misordered(let f, let lower, let lowerValue, let upper, let upperValue):
      return "\(f): \(lower) = \(Self.text(lowerValue)) must be below \(upper) = "
        + "\(Self.text(upperValue))"
    }
  }

  /// 20 rather than 20.0, 0.05 as typed.
  static func text(_ v: Double) -> String {
    if v == v.rounded(), v.magnitude < 1e15 { return String(Int(v)) }
    return "\(v)"
  }

  static func text(_ r: ClosedRange<Double>) -> String {
    "\(text(r.lowerBound)) to \(text(r.upperBound))"
  }
}
