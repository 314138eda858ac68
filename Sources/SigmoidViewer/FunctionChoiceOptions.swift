// The command-line forms of the functions shown: `--function NAME[:PARAM=VALUE,...]`
// (repeatable, in legend order), `--primary NAME` and `--curves`, which names orders of
// every function (f, f', f'') or single curves by symbol (S', gelu''). Without
// --function the view is today's sigmoid, so old command lines draw what they drew.

import PlotCore

/// Reads --function, --primary and --curves into DisplayOptions.
enum FunctionChoiceOptions {
  /// Sets `display`'s functions, primary and shown curves from `options`. Errors name
  /// the option and list what is valid, in one line.
  static func apply(_ options: ParsedOptions, to display: inout DisplayOptions)
    throws(UsageError)
  {
    let specs = options.all("--function")
    var functions: [PlottedCurve] = []
    for text in specs {
      let spec: FunctionSpec
      do { spec = try FunctionSpec.parse(text) } catch {
        throw UsageError("--function \"\(text)\": \(error)")
      }
      let name = spec.function.names.commandLine
      guard !functions.contains(where: { $0.function.names.commandLine == name }) else {
        throw UsageError("--function \(name) is given twice; give each function once "
          + "(with its parameters)")
      }
      functions.append(spec.curve(.value))
    }
    if !functions.isEmpty { display.setFunctions(functions, orders: [.value, .first]) }
    if let text = options.values["--primary"] {
      let listed = display.functions
      guard let f = listed.first(where: { $0.function.names.commandLine == text.lowercased() })
      else {
        throw UsageError("--primary \"\(text)\" is not among the functions shown; valid: "
          + listed.map(\.function.names.commandLine).joined(separator: ", "))
      }
      display.primaryName = f.function.names.commandLine
    }
    if let text = options.values["--curves"] {
      let listed = display.functions
      guard let shown = curves(text, of: listed) else {
        let symbols = listed.flatMap { f in DerivativeOrder.allCases.map { f.withOrder($0).symbol } }
        throw UsageError("--curves must be a comma-separated list of f, f', f'', "
          + symbols.joined(separator: ", ") + ", or none; got \"\(text)\"")
      }
      display.curves = shown
    }
  }

  /// The curves `text` names among the three orders of each of `functions`: "none" is
  /// the empty set; each item is an order of every function (f, f', f'') or one curve by
  /// its symbol (S', gelu''), any case; nil for an unknown or empty item or a repeat.
  static func curves(_ text: String, of functions: [PlottedCurve]) -> Set<PlottedCurve>? {
    if text == "none" { return [] }
    var result: Set<PlottedCurve> = []
    var items: Set<String> = []
    for name in text.split(separator: ",", omittingEmptySubsequences: false) {
      let item = String(name.filter { $0 != " " })
      guard items.insert(item.lowercased()).inserted else { return nil }
      if let order = order(item) {
        for f in functions { result.insert(f.withOrder(order)) }
        continue
      }
      let matches = functions.flatMap { f in DerivativeOrder.allCases.map { f.withOrder($0) } }
        .filter { $0.symbol.lowercased() == item.lowercased() }
      guard let curve = matches.first else { return nil }
      result.insert(curve)
    }
    return result
  }

  /// "f", "f'", "f''" as orders.
  static func order(_ item: String) -> DerivativeOrder? {
    guard item.first == "f" || item.first == "F",
      item.dropFirst().allSatisfy({ $0 == "'" }) else { return nil }
    return DerivativeOrder(rawValue: item.count - 1)
  }
}
