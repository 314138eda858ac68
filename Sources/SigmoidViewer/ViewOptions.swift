// The options that say what to show, shared by the window and the `render` command:
// --size WxH, --x-range A:B, --y-range A:B, --scale S, --font PATH. Each converter
// returns nil for text it rejects, so ParsedOptions reports it in one voice.

import PlotCore
import PlotRender

/// What both the window and the headless render show, as given on the command line.
struct ViewOptions: Sendable, Equatable {
  /// Width and height in pixels, each 1 ... ``maximumSide``.
  var width: Int
  var height: Int
  /// Visible x and y ranges; nil means the default view.
  var xRange: ClosedRange<Double>?
  var yRange: ClosedRange<Double>?
  /// Device pixels per point (fonts, margins, lines), ``scaleLimits``; nil means automatic.
  var scale: Double?
  /// An explicit font file (bytes as typed), or nil to search.
  var fontPath: RawPath?
  /// Curves shown, y scale, markers, grid, shading (DisplayChoiceOptions).
  var display = DisplayOptions()
  /// The look (`--style`).
  var style = PlotStyleName.default

  /// Largest side in pixels: 16384 is SDL's and most GPUs' texture limit, and a
  /// 16384² canvas is already 1 GiB.
  static let maximumSide = 16384
  static let scaleLimits = 0.25...16.0

  /// The option specs, in the order usage lists them; `--scale` only where offered.
  /// `defaultSize` is the command's own (the window's and render's differ), `sizeMeaning`
  /// what the size measures there (points for the window, pixels for render).
  static func specs(withScale: Bool, defaultSize: (Int, Int), sizeMeaning: String) -> [OptionSpec] {
    var specs: [OptionSpec] = [
      .value("--size", "WxH", accepts: "WxH, two whole numbers from 1 to \(maximumSide), e.g. 1280x720",
             help: sizeMeaning, default: "\(defaultSize.0)x\(defaultSize.1)"),
      .value("--x-range", "A:B", accepts: "A:B, two finite numbers with A < B, e.g. -10:10",
             help: "the x values shown, from A to B", default: "-10:10"),
      .value("--y-range", "A:B", accepts: "A:B, two finite numbers with A < B, e.g. -0.05:1.05",
             help: "the y values shown, from A to B",
             default: "fitted to the curves shown over the x range, with 5% padding"),
      .value("--font", "PATH", accepts: "the path of a TrueType (.ttf) font file",
             help: "the font for labels and text",
             default: "$\(FontLocator.environmentVariable), else fontconfig's DejaVu Sans, "
               + "else the usual DejaVu and Liberation paths"),
    ]
    if withScale {
      specs.append(.value("--scale", "S", accepts:
        "a number from \(scaleLimits.lowerBound) to \(scaleLimits.upperBound), device pixels per point",
        help: "device pixels per point for text, margins and lines: "
          + "--scale 2 with twice the --size draws the same picture at double resolution",
        default: "1"))
    }
    return specs + DisplayChoiceOptions.specs
  }

  /// Reads the view options from `options`, with `defaultSize` when --size is absent.
  init(_ options: ParsedOptions, defaultSize: (Int, Int)) throws(UsageError) {
    let size = try options.optional("--size", Self.size) ?? defaultSize
    width = size.0
    height = size.1
    xRange = try options.optional("--x-range", Self.range)
    yRange = try options.optional("--y-range", Self.range)
    scale = options.parser.options.contains { $0.name == "--scale" }
      ? try options.optional("--scale", Self.scale) : nil
    // Empty is rejected in the option's own words; a non-empty value is a path, as bytes.
    _ = try options.optional("--font") { $0.isEmpty ? nil : $0 }
    fontPath = options.path("--font")
    display = try DisplayChoiceOptions.display(options)
    style = try DisplayChoiceOptions.plotStyle(options)
    if style == .seed {
      // matplotlib's view of the seed's data: x from -10 to 10 plus its 5% margins, and
      // a legend of the two curves the post plots.
      xRange = xRange ?? -11...11
      // (the seed plots the sigmoid: a --function view keeps its own legend)
      if display.functions == [.sigmoid] {
        display.legendCurves = [.sigmoid, .sigmoidDerivative]
      }
    }
  }

  /// "1280x720" into (1280, 720); both sides in 1 ... maximumSide.
  static func size(_ text: String) -> (Int, Int)? {
    let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
      (1...maximumSide).contains(w), (1...maximumSide).contains(h) else { return nil }
    return (w, h)
  }

  /// "-10:10" into -10...10: finite, increasing. The separator is the colon that
  /// follows a number, so "-1e-3:1e-3" reads right.
  static func range(_ text: String) -> ClosedRange<Double>? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]),
      a.isFinite, b.isFinite, a < b else { return nil }
    return a...b
  }

  static func scale(_ text: String) -> Double? {
    guard let s = Double(text), scaleLimits.contains(s) else { return nil }
    return s
  }
}
