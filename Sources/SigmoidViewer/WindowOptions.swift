// The window command's options, parsed and validated. Standalone for now; the lead ports
// `parse` onto the shared OptionParser. Accepts `--name value` and `--name=value`.

/// What `sigmoid-viewer [options]` asked for.
struct WindowOptions: Equatable, Sendable {
  /// Initial window size in window points (device pixels on ordinary displays).
  var width = 960
  var height = 640
  /// Initial data ranges; nil means the viewer's default view.
  var xRange: ClosedRange<Double>?
  var yRange: ClosedRange<Double>?
  /// Where S / F12 save screenshots; "" is the current directory.
  var screenshotDirectory = ""
  /// A TrueType font to use instead of the default one.
  var fontPath: String?
  /// Print frame-time figures on stderr at exit.
  var stats = false

  /// Window sizes accepted by --size, in points: small enough to be useful, within what
  /// X11 and SDL textures take.
  static let sizeLimits = 160...16384

  /// A usage error: one line for stderr, exit status 2.
  struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  /// Parses the window command's arguments (program name and command word excluded).
  static func parse(_ arguments: [String]) throws(ParseError) -> WindowOptions {
    var options = WindowOptions()
    var seen: Set<String> = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("--") else {
        throw ParseError(message: "unexpected argument '\(argument)'")
      }
      var name = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard seen.insert(name).inserted else { throw ParseError(message: "\(name) given more than once") }

      if name == "--stats" {
        if inlineValue != nil { throw ParseError(message: "--stats takes no value") }
        options.stats = true
        continue
      }
      guard ["--size", "--x-range", "--y-range", "--screenshot-dir", "--font"].contains(name) else {
        throw ParseError(message: "unknown option \(name)")
      }
      // The value may start with "-" (negative range bounds), so it is taken as is.
      let value: String
      if let inlineValue { value = inlineValue } else {
        guard index < arguments.count else { throw ParseError(message: "\(name) needs a value") }
        value = arguments[index]
        index += 1
      }
      switch name {
      case "--size": (options.width, options.height) = try parseSize(value)
      case "--x-range": options.xRange = try parseRange(value, option: name)
      case "--y-range": options.yRange = try parseRange(value, option: name)
      case "--screenshot-dir":
        guard !value.isEmpty else { throw ParseError(message: "--screenshot-dir needs a directory") }
        options.screenshotDirectory = value
      default:
        guard !value.isEmpty else { throw ParseError(message: "--font needs a file path") }
        options.fontPath = value
      }
    }
    return options
  }

  /// "WxH" with whole numbers in `sizeLimits`, e.g. "1280x800".
  static func parseSize(_ text: String) throws(ParseError) -> (Int, Int) {
    let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]) else {
      throw ParseError(message: "--size wants WxH in whole points, e.g. 1280x800, not '\(text)'")
    }
    guard sizeLimits.contains(w), sizeLimits.contains(h) else {
      throw ParseError(message:
        "--size \(text): width and height must be \(sizeLimits.lowerBound) to \(sizeLimits.upperBound)")
    }
    return (w, h)
  }

  /// "A:B" with finite numbers A < B, e.g. "-10:10" or "1e-3:2.5".
  static func parseRange(_ text: String, option: String) throws(ParseError) -> ClosedRange<Double> {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]) else {
      throw ParseError(message: "\(option) wants A:B with two numbers, e.g. -10:10, not '\(text)'")
    }
    guard a.isFinite, b.isFinite else { throw ParseError(message: "\(option) \(text): bounds must be finite") }
    guard a < b else { throw ParseError(message: "\(option) \(text): the first bound must be less than the second") }
    return a...b
  }
}
