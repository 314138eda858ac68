// The window command's options: the shared view options plus where screenshots go and
// whether to print frame-time figures, parsed by the shared OptionParser.

import Foundation

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

  /// Checks what parsing cannot: the screenshot directory must exist now, so a typo is
  /// reported (status 2) before any window opens rather than at the first screenshot.
  func validate() throws(UsageError) {
    let directory = screenshotDirectory
    guard !directory.isEmpty else { return }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw UsageError("--screenshot-dir \"\(directory)\" does not exist; "
        + "give \(Self.parser.spec("--screenshot-dir").accepts)")
    }
    guard isDirectory.boolValue else {
      throw UsageError("--screenshot-dir \"\(directory)\" is not a directory; "
        + "give \(Self.parser.spec("--screenshot-dir").accepts)")
    }
  }
}
