// What the window's screenshot key writes (`--screenshot-format bmp,svg`), and what the
// window needs to write an SVG of its view and the command that draws it again.

import PlotRender

/// One file a screenshot writes.
enum ScreenshotFormat: String, Sendable, Equatable, CaseIterable {
  /// The frame's pixels, exactly as on screen.
  case bmp
  /// The view as vectors from the same display list, with its reproducing command.
  case svg

  /// "bmp,svg" into [.bmp, .svg], in the order given; nil for an unknown name, a repeat or
  /// an empty list.
  static func list(_ text: String) -> [ScreenshotFormat]? {
    var formats: [ScreenshotFormat] = []
    for word in text.lowercased().split(separator: ",", omittingEmptySubsequences: false) {
      guard let f = ScreenshotFormat(rawValue: String(word)), !formats.contains(f) else {
        return nil
      }
      formats.append(f)
    }
    return formats.isEmpty ? nil : formats
  }

  /// The screenshot file name for this format: the BMP name with its extension swapped.
  func name(_ bmpName: String) -> String {
    guard self == .svg, bmpName.hasSuffix(".bmp") else { return bmpName }
    return String(bmpName.dropLast(4)) + ".svg"
  }
}

/// What the window writes figures and command lines with.
struct FigureSettings: Sendable {
  /// The font the scene draws with (SVG text names its family; outlines need it).
  var font: TrueTypeFont
  /// The --font given, so the command line names it too.
  var fontPath: RawPath?
  var style: PlotStyleName
  /// What S and F12 write, in order.
  var screenshotFormats: [ScreenshotFormat] = [.bmp]
}
