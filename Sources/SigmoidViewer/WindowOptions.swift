// The window command's options: the shared view options plus where screenshots go and
// whether to print frame-time figures, parsed by the shared OptionParser.

import Glibc
import PlotRender

/// What `sigmoid-viewer [options]` asked for.
struct WindowOptions: Equatable, Sendable {
  /// Initial window size (points), ranges and font.
  var view: ViewOptions
  /// Where S / F12 save screenshots (bytes as typed); "" is the current directory.
  var screenshotDirectory: RawPath = ""
  /// Print frame-time figures on stderr at exit.
  var stats = false
  /// What S and F12 write.
  var screenshotFormats: [ScreenshotFormat] = [.bmp]

  /// The window's size when --size is absent (points).
  static let defaultSize = (960, 640)

  static let parser = OptionParser(
    command: "sigmoid-viewer",
    options: ViewOptions.specs(
      withScale: false, defaultSize: defaultSize,
      sizeMeaning: "the window's initial size in points (pixels at scale 1)") + [
      .value("--screenshot-dir", "DIR", accepts: "an existing directory for S / F12 screenshots",
             help: "where S and F12 save screenshots, as sigmoid-YYYYMMDD-HHMMSS.bmp, never overwriting",
             default: "$XDG_PICTURES_DIR, else XDG_PICTURES_DIR in user-dirs.dirs, "
               + "else ~/Pictures if it exists, else the current directory"),
      .value("--screenshot-format", "LIST", accepts: "bmp, svg or bmp,svg",
             help: "what S and F12 write: the BMP of the frame, the SVG of the view beside it "
               + "(same name, .svg), or both", default: "bmp"),
      .flag("--stats", help: "print the frame times, and when the first frame was presented, on standard error on exit"),
    ])

  /// Parses the window command's arguments (program name excluded).
  static func parse(_ arguments: [String]) throws(UsageError) -> WindowOptions {
    try parse(arguments.map { Argument($0) })
  }

  /// Parses the window command's raw arguments (program name excluded).
  static func parse(_ arguments: [Argument]) throws(UsageError) -> WindowOptions {
    let options = try parser.parse(arguments)
    var result = WindowOptions(view: try ViewOptions(options, defaultSize: defaultSize))
    _ = try options.optional("--screenshot-dir") { $0.isEmpty ? nil : $0 }
    result.screenshotDirectory = options.path("--screenshot-dir") ?? ""
    result.stats = options.has("--stats")
    result.screenshotFormats = try options.optional("--screenshot-format", ScreenshotFormat.list)
      ?? [.bmp]
    return result
  }

  /// Checks what parsing cannot: the screenshot directory must exist now, so a typo is
  /// reported (status 2) before any window opens rather than at the first screenshot.
  func validate() throws(UsageError) {
    let directory = screenshotDirectory
    guard !directory.isEmpty else { return }
    let accepts = Self.parser.spec("--screenshot-dir").accepts
    var info = stat()
    guard directory.withCString({ stat($0, &info) }) == 0 else {
      let code = errno
      let why: String
      switch code {
      case ENOENT: why = "does not exist"
      case EACCES: why = "cannot be reached: no search permission on a directory in its path"
      case ENOTDIR: why = "does not exist: a component of its path is not a directory"
      case ELOOP: why = "cannot be reached: too many levels of symbolic links"
      default: why = "cannot be reached: \(String(cString: strerror(code)))"
      }
      throw UsageError("--screenshot-dir \"\(directory.escaped)\" \(why); give \(accepts)")
    }
    guard info.st_mode & S_IFMT == S_IFDIR else {
      throw UsageError("--screenshot-dir \"\(directory.escaped)\" is not a directory; give \(accepts)")
    }
  }
}
