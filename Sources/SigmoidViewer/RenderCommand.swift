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

  /// The output must be a file path in an existing directory.
  func validate() throws(UsageError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory),
      isDirectory.boolValue {
      throw UsageError("OUT.bmp \"\(output)\" is a directory; give a file path such as plot.bmp")
    }
    let directory = (output as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
        isDirectory.boolValue else {
        throw UsageError("OUT.bmp \"\(output)\": directory \"\(directory)\" does not exist")
      }
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
