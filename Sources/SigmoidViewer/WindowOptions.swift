// The window command's options: the shared view options plus where screenshots go and
// whether to print frame-time figures, parsed by the shared OptionParser.

/// What `sigmoid-viewer [options]` asked for.
struct WindowOptions: Equatable, Sendable {
  /// Initial window size (points), ranges and font.
  var view: ViewOptions
  /// Where S / F12 save screenshots; "" is the current directory.
  var screenshotDirectory = ""
  /// Print frame-time figures on stderr at exit.
  var stats = false

  /// The window's size when --size is absent (points).
  static let defaultSize = (960, 640)

  static let parser = OptionParser(
    command: "sigmoid-viewer",
    options: ViewOptions.specs(withScale: false) + [
      .value("--screenshot-dir", accepts: "an existing directory for S / F12 screenshots"),
      .flag("--stats"),
    ])

  /// Parses the window command's arguments (program name excluded).
  static func parse(_ arguments: [String]) throws(UsageError) -> WindowOptions {
    let options = try parser.parse(arguments)
    var result = WindowOptions(view: try ViewOptions(options, defaultSize: defaultSize))
    result.screenshotDirectory = try options.optional("--screenshot-dir") {
      $0.isEmpty ? nil : $0
    } ?? ""
    result.stats = options.has("--stats")
    return result
  }
}
