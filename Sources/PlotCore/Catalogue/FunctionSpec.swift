// A catalogue function with parameter values, as typed on the command line:
// `NAME[:PARAM=VALUE,...]` ("gelu", "silu:beta=1.7", "hardtanh:min_val=0,max_val=6").
// Parsing is the only way in from text; the values are then valid for PlottedCurve.

/// A family of the catalogue and its parameter values (each inside its range; omitted
/// ones at their defaults).
public struct FunctionSpec: Sendable, CustomStringConvertible {
  /// The family.
  public let function: any PlotFunction
  /// Its parameter values, in ``PlotFunction/parameters`` order.
  public let parameters: ParameterValues

  /// The family's curve of `order` at these parameters.
  public func curve(_ order: DerivativeOrder = .value) -> PlottedCurve {
    PlottedCurve(function, order, parameters: parameters)
  }

  /// The spec in its canonical text: every parameter written out ("silu:beta=1.7").
  public var description: String {
    let specs = function.parameters
    if specs.isEmpty { return function.names.commandLine }
    let items = specs.indices.map {
      "\(specs[$0].name)=\(FunctionSpecError.text(parameters[$0]))"
    }
    return function.names.commandLine + ":" + items.joined(separator: ",")
  }

  /// Parses `NAME[:PARAM=VALUE,...]`. Names are matched ignoring ASCII case; values are
  /// Swift's Double syntax (decimal or hexadecimal); spaces around items are ignored.
  public static func parse(_ text: String) throws(FunctionSpecError) -> FunctionSpec {
    let (name, rest) = split(text, at: ":")
    let trimmedName = trim(name)
    guard let function = FunctionCatalogue.function(named: trimmedName) else {
      throw .unknownFunction(trimmedName, valid: FunctionCatalogue.names)
    }
    let f = function.names.commandLine
    let specs = function.parameters
    let validNames = specs.map(\.name)
    var values = specs.map(\.defaultValue)
    var given = Set<Int>()
    if let rest {
      for rawItem in rest.split(separator: ",", omittingEmptySubsequences: false) {
        let item = trim(Substring(rawItem))
        let (key, valueText) = split(item, at: "=")
        let pname = trim(key), vtext = trim(valueText ?? "")
        guard valueText != nil, !pname.isEmpty, !vtext.isEmpty else {
          throw .malformedParameter(function: f, item: item, valid: validNames)
        }
        guard let i = specs.firstIndex(where: { $0.name.lowercased() == pname.lowercased() })
        else { throw .unknownParameter(function: f, parameter: pname, valid: validNames) }
        let spec = specs[i]
        guard given.insert(i).inserted else {
          throw .repeatedParameter(function: f, parameter: spec.name)
        }
        guard let value = Double(vtext) else {
          throw .notANumber(function: f, parameter: spec.name, text: vtext, range: spec.range)
        }
        guard value.isFinite else {
          throw .notFinite(function: f, parameter: spec.name, text: vtext, range: spec.range)
        }
        guard spec.range.contains(value) else {
          throw .outOfRange(function: f, parameter: spec.name, value: value, range: spec.range)
        }
        values[i] = value
      }
    }
    // hardtanh clamps to [min_val, max_val]: an empty or reversed interval is refused.
    if let lo = validNames.firstIndex(of: "min_val"), let hi = validNames.firstIndex(of: "max_val"),
      !(values[lo] < values[hi])
    {
      throw .misordered(function: f, lower: "min_val", lowerValue: values[lo], upper: "max_val",
                        upperValue: values[hi])
    }
    return FunctionSpec(function: function, parameters: ParameterValues(values))
  }

  /// The text before the first `separator` and, if there is one, the text after it.
  static func split(_ s: Substring, at separator: Character) -> (Substring, Substring?) {
    guard let i = s.firstIndex(of: separator) else { return (s, nil) }
    return (s[..<i], s[s.index(after: i)...])
  }

  static func split(_ s: String, at separator: Character) -> (Substring, Substring?) {
    split(Substring(s), at: separator)
  }

  static func trim(_ s: Substring) -> String {
    String(s.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}
