// `sigmoid-viewer render OUT.bmp [options]`: one frame of the plot to a BMP file, with no
// display and without starting SDL's video. Parse -> validate -> run.

import Foundation
import PlotCore
import PlotRender

/// Renders the plot headlessly and saves it through SDL's BMP writer.
struct RenderCommand {
  /// Where the BMP goes; replaced atomically if it exists.
  var output: String
  var view: ViewOptions

  static let defaultSize = (1280, 720)

  static let parser = OptionParser(
    command: "render", options: ViewOptions.specs(withScale: true), positional: "OUT.bmp")

  /// Parses and validates `arguments` (those after `render`).
  init(arguments: [String]) throws(UsageError) {
    let options = try Self.parser.parse(arguments)
    guard let output = options.positional, !output.isEmpty else {
      throw UsageError("missing OUT.bmp: give the path of the BMP file to write")
    }
    self.output = output
    view = try ViewOptions(options, defaultSize: Self.defaultSize)
    try validate()
  }

  /// The output must name a regular file, new or existing, in an existing directory.
  /// Anything else in its place (a directory, a FIFO, a device) is refused: replacing
  /// /dev/null with a picture, as root, is never what was meant.
  func validate() throws(UsageError) {
    var info = stat()
    if stat(output, &info) == 0 {
      let kind = info.st_mode & S_IFMT
      if kind == S_IFDIR {
        throw UsageError("OUT.bmp \"\(output)\" is a directory; give a file path such as plot.bmp")
      }
      if kind != S_IFREG {
        throw UsageError("OUT.bmp \"\(output)\" is not a regular file (a device or a FIFO); "
          + "give a file path such as plot.bmp")
      }
    }
    let directory = (output as NSString).deletingLastPathComponent
    guard !directory.isEmpty else { return }
    guard stat(directory, &info) == 0 else {
      throw UsageError("OUT.bmp \"\(output)\": directory \"\(directory)\" does not exist; "
        + "create it or give a path in an existing directory")
    }
    guard info.st_mode & S_IFMT == S_IFDIR else {
      throw UsageError("OUT.bmp \"\(output)\": \"\(directory)\" is not a directory; "
        + "give a path in an existing directory")
    }
  }

  /// Loads the font, draws the frame and writes the file.
  func run() throws {
    let font = try FontChoice.load(explicitPath: view.fontPath)
    var model = PlotFrameModel(view: view, width: view.width, height: view.height,
                               scale: view.scale ?? 1, font: font)
    var canvas = Canvas(width: view.width, height: view.height)
    model.render(into: &canvas)
    try BMPWriter.write(canvas, to: output, mode: .replace)
  }
}
