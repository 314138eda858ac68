// `sigmoid-viewer thresholds [--function SPEC] [--formula NAME]`: for every number
// format, where it gives up on the function (issue 14), as a table a bug report can
// quote. Everything in it is computed (FormatThresholds.swift), nothing typed in.

import Glibc
import PlotCore

/// Prints the thresholds table.
struct ThresholdsCommand: Sendable {
  var spec: FunctionSpec
  var kind: FormulaKind

  static let parser = OptionParser(command: "thresholds", options: [
    .value("--function", "SPEC",
           accepts: "NAME[:PARAM=VALUE,...] with NAME one of "
             + FunctionCatalogue.names.joined(separator: ", "),
           help: "the catalogue function", default: "sigmoid"),
    .value("--formula", "NAME",
           accepts: "one of " + FormulaKind.allCases.map(\.rawValue).joined(separator: ", "),
           help: "the formula of the formula rows", default: "textbook"),
  ])

  init(arguments: [Argument]) throws(UsageError) {
    let options = try Self.parser.parse(arguments)
    spec = try SampleCommand.functionSpec(options.values["--function"]) ?? .labDefault
    let name = options.values["--formula"] ?? "textbook"
    guard let kind = FormulaKind(rawValue: name.lowercased()) else {
      throw UsageError("--formula \"\(name)\": \(PrecisionFormulaError.unknownFormula(name))")
    }
    do { _ = try PrecisionFormula(spec, format: .float16, kind: kind) } catch {
      throw UsageError("--formula \(name): \(error)")
    }
    self.kind = kind
  }

  /// The table: a title line, a header, then one row per format and threshold.
  func table() -> String {
    var lines = ["# thresholds of \(spec) (\(kind.rawValue) formula): the real x where each "
                   + "happens and the first input of the format at which it does",
                 Self.row("format", "threshold", "real_x", "first_input")]
    for format in NumberFormat.all {
      guard let lab = try? PrecisionFormula(spec, format: format, kind: kind) else { continue }
      for t in FormatThresholds.compute(lab) {
        lines.append(Self.row(format.name, t.label, Self.realText(t.realX),
                              t.firstInput.map { format.shortestText($0) } ?? "none"))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A real threshold to 4 decimals (the digits: 7.6246), "none" if absent.
  static func realText(_ x: Double?) -> String {
    guard let x else { return "none" }
    return CFormat.string("%.4f", x)
  }

  static func row(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
    func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: Swift.max(1, n - s.count)) }
    return pad(a, 13) + pad(b, 50) + pad(c, 12) + d
  }

  func run() throws(OutputWriteError) {
    do throws(OutputWriteError) { try Console.out(table()) } catch { throw error.writing("the table") }
  }
}
