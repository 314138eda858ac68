// The precision overlay on the command line of the window and `render`: --format,
// --formula and --no-error-strip, as keys Y, T and E set them, with the same checks and
// one-line errors as `sample --format` (a bad name, or a formula the primary function
// lacks, lists what is valid; status 2).

import PlotCore

/// The precision options shared by the window and `render`.
enum PrecisionChoiceOptions {
  static let specs: [OptionSpec] = [
    .value("--format", "F", accepts: "one of " + NumberFormat.all.map(\.name).joined(separator: ", "),
           help: "draw the primary function as this number format computes it: a step "
             + "function over the exact curve, its error in ulps in a strip under the plot, "
             + "and the format's thresholds (key Y)", default: "none"),
    .value("--formula", "NAME", accepts: "one of " + FormulaKind.allCases.map(\.rawValue).joined(separator: ", "),
           help: "with --format: how the format computes f, f', f'' (key T)", default: "textbook"),
    .flag("--no-error-strip", help: "with --format: no error strip under the plot (key E)"),
  ]

  /// Sets `display.precision` from the options (after the functions: the formula is
  /// checked against the primary function's).
  static func apply(_ options: ParsedOptions, to display: inout DisplayOptions)
    throws(UsageError)
  {
    let spec = display.primary.map { FunctionSpec(curve: $0) }
    guard let lab = try SampleCommand.precisionFormula(
      format: options.values["--format"], formula: options.values["--formula"], spec: spec)
    else {
      if options.has("--no-error-strip") {
        throw UsageError("--no-error-strip needs --format: the strip shows a format's errors")
      }
      return
    }
    display.precision = PrecisionOverlay(format: lab.format, formula: lab.kind,
                                         showsErrorStrip: !options.has("--no-error-strip"))
  }

  /// The options that reproduce `overlay` (none while it is off).
  static func arguments(_ overlay: PrecisionOverlay) -> [String] {
    guard let format = overlay.format else { return [] }
    var args = ["--format=\(format.name)", "--formula=\(overlay.formula.rawValue)"]
    if !overlay.showsErrorStrip { args.append("--no-error-strip") }
    return args
  }
}

extension String {
  /// nil for the empty string (metadata fields say "off" rather than nothing).
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
