// `sigmoid-viewer render OUT.bmp [options]`: one frame of the plot to a BMP file, with no
// display and without starting SDL's video. Parse -> validate -> run.

import Foundation
import PlotCore
import PlotRender

/// Renders the plot headlessly and saves it through SDL's BMP writer.
struct RenderCommand {
  /// Where the BMP goes, as typed (bytes intact).
  var output: RawPath
  /// What `output` leads to (OutputTarget): a file replaced atomically, or a stream.
  var target: OutputTarget
  var view: ViewOptions

  static let defaultSize = (1280, 720)

  static let parser = OptionParser(
    command: "render", options: ViewOptions.specs(withScale: true), positional: "OUT.bmp")

  /// Parses and validates `arguments` (those after `render`).
  init(arguments: [String]) throws {
    try self.init(arguments: arguments.map { Argument($0) })
  }

  /// Parses and validates raw `arguments`; decides where the output goes before
  /// anything is drawn, so a bad path costs no rendering.
  init(arguments: [Argument]) throws {
    let options = try Self.parser.parse(arguments)
    guard let output = options.positionalArgument, !output.bytes.isEmpty else {
      throw UsageError("missing OUT.bmp: give the path of the BMP file to write")
    }
    self.output = output.path
    view = try ViewOptions(options, defaultSize: Self.defaultSize)
    target = try OutputTarget.resolve(output.path)
  }

  /// Loads the font, draws the frame and writes the file. The memory for the frame and
  /// its BMP is checked first: a 16384×16384 render needs about 1.8 GiB, and an
  /// allocation that fails half way would abort the process.
  func run() throws {
    try MemoryCheck.ensure(
      bytes: MemoryCheck.renderBytes(width: view.width, height: view.height),
      for: "a \(view.width)×\(view.height) image", path: output)
    let font = try FontChoice.load(explicitPath: view.fontPath)
    var model = PlotFrameModel(view: view, width: view.width, height: view.height,
                               scale: view.scale ?? 1, font: font)
    var canvas = Canvas(width: view.width, height: view.height)
    model.render(into: &canvas)
    let bytes = try BMPWriter.encode(canvas, reportAs: output)
    canvas = Canvas(width: 0, height: 0)  // the pixels are in `bytes` now
    try target.write(bytes)
  }
}
