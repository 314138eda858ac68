// The command-line forms of every display choice the window has by key: which curves are
// shown (1 / 2 / 3, legend clicks), the y scale (L, K), the story markers (M), the grid
// (G) and the vanishing-gradient shading, plus `--style`. Shared by the window and
// `render`, so any window picture can be rendered headless.

import PlotCore
import PlotRender

/// The display choices given on the command line.
enum DisplayChoiceOptions {
  /// The curves `--curves` names, by the readout's symbols.
  static let namedCurves = PlottedCurve.sigmoidCurves

  static let specs: [OptionSpec] = [
    .repeatable("--function", "SPEC",
                accepts: "NAME[:PARAM=VALUE,...] with NAME one of "
                  + FunctionCatalogue.names.joined(separator: ", "),
                help: "a catalogue function to plot, with its parameters; repeat it for "
                  + "several (each once), listed in this order, one colour each",
                default: "sigmoid"),
    .value("--primary", "NAME", accepts: "the NAME of one of the --function functions",
           help: "the function whose tangent, story markers and shading are drawn "
             + "(Tab, Shift+click in the window)", default: "the first --function"),
    .value("--curves", "LIST", accepts: "a comma-separated list of f, f', f'' (those orders "
             + "of every function), or a function's own curves by symbol (S, S', S'' for "
             + "the sigmoid, NAME, NAME', NAME'' for the others, e.g. gelu'), or none; "
             + "e.g. \"S,S''\" or \"f,gelu''\"",
           help: "the curves shown (the others stay in the legend, dimmed), as keys 1, 2, 3 "
             + "and legend clicks toggle",
           default: "f,f' (S,S')"),
    .value("--y-scale", "SCALE", accepts: "linear, log, logit or log-magnitude",
           help: "the y axis scale, as keys L, K and Shift+L choose; under log, logit and "
             + "log-magnitude --y-range is in decades (log10 y, or log10(y/(1-y)) for logit, "
             + "or log10 |y|: negative stretches drawn lighter, a mark at each sign change)",
           default: "linear"),
    .flag("--no-markers", help: "no story markers (key M)"),
    .flag("--no-grid", help: "no grid (key G)"),
    .flag("--no-shading", help: "no vanishing-gradient shading"),
    .value("--style", "STYLE", accepts: "default or seed",
           help: "seed: the source post's matplotlib figure (blue and orange, no markers or "
             + "shading, tick labels as matplotlib writes them)", default: "default"),
  ] + PrecisionChoiceOptions.specs

  /// The display choices in `options`; `--style seed` turns markers and shading off.
  static func display(_ options: ParsedOptions) throws(UsageError) -> DisplayOptions {
    var display = DisplayOptions()
    try FunctionChoiceOptions.apply(options, to: &display)
    try PrecisionChoiceOptions.apply(options, to: &display)
    if let scale = try options.optional("--y-scale", Self.yScale) { display.yScale = scale }
    let seed = try options.optional("--style", Self.style) == .seed
    display.showsMarkers = !options.has("--no-markers") && !seed
    display.showsGrid = !options.has("--no-grid")
    display.showsShading = !options.has("--no-shading") && !seed
    return display
  }

  /// The style `--style` names.
  static func plotStyle(_ options: ParsedOptions) throws(UsageError) -> PlotStyleName {
    try options.optional("--style", Self.style) ?? .default
  }

  /// "S,S'" into the set of curves; "none" into the empty set; nil for anything else
  /// (an unknown name, an empty item, a repeat).
  static func curves(_ text: String) -> Set<PlottedCurve>? {
    FunctionChoiceOptions.curves(text, of: [.sigmoid])
  }

  static func yScale(_ text: String) -> YScale? {
    switch text {
    case "linear": return .linear
    case "log": return .log
    case "logit": return .logit
    case "log-magnitude": return .logMagnitude
    default: return nil
    }
  }

  static func style(_ text: String) -> PlotStyleName? { PlotStyleName(rawValue: text) }

  /// `--y-scale`'s word for `scale`.
  static func name(_ scale: YScale) -> String {
    switch scale {
    case .linear: return "linear"
    case .log: return "log"
    case .logit: return "logit"
    case .logMagnitude: return "log-magnitude"
    }
  }
}

/// The looks `--style` chooses from.
enum PlotStyleName: String, Sendable, Equatable {
  /// The viewer's own: Okabe–Ito colours, markers and shading.
  case `default`
  /// The source post's matplotlib figure.
  case seed
}

extension ViewOptions {
  /// The scene's style for ``style``.
  var plotStyle: PlotStyle {
    switch style {
    case .default: return PlotStyle()
    case .seed: return PlotStyle.seed
    }
  }
}
