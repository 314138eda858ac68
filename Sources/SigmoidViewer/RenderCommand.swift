// `sigmoid-viewer render OUT.bmp [options]`: one frame of the plot to an image file (the
// format chosen by OUT's extension, ImageFormat.swift), with no display and without
// starting SDL's video. Parse -> validate -> run.

import Glibc
import PlotCore
import PlotRender
import ViewerModel

/// Renders the plot headlessly through the viewer's frame model and saves it.
struct RenderCommand {
  /// Where the BMP goes, as typed (bytes intact).
  var output: RawPath
  /// What `output` leads to (OutputTarget): a file replaced atomically, or a stream.
  var target: OutputTarget
  /// What `output`'s extension asks for.
  var format: ImageFormat
  var view: ViewOptions
  /// SVG only: glyph outlines instead of <text> elements.
  var textAsPaths = false

  static let defaultSize = (1280, 720)

  static let parser = OptionParser(
    command: "render",
    options: ViewOptions.specs(withScale: true, defaultSize: defaultSize,
                               sizeMeaning: "the image's size in pixels") + [
      .flag("--text-as-paths", help: "SVG: write the texts as glyph outlines (the exact look "
        + "without the font) instead of editable <text> elements"),
    ],
    positional: "OUT.bmp")

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
    textAsPaths = options.has("--text-as-paths")
    target = try OutputTarget.resolve(output.path)
    format = try ImageFormat.forOutput(output.path, target: target)
  }

  /// Loads the font, draws the frame and writes the file. The memory for the frame and
  /// its encoding is checked first: a 16384×16384 BMP needs about 2.6 GiB, and an
  /// allocation that fails half way would abort the process.
  func run() throws {
    try MemoryCheck.ensure(
      bytes: format.peakBytes(view.width, view.height),
      for: "a \(view.width)×\(view.height) image", path: output)
    let font = try FontChoice.load(explicitPath: view.fontPath)
    var model = PlotFrameModel(width: view.width, height: view.height, scale: view.scale ?? 1,
                               xRange: view.xRange, yRange: view.yRange, display: view.display,
                               style: view.plotStyle, font: font)
    let reproduction = ViewReproduction(state: model.state, fontPath: view.fontPath,
                                        style: view.style)
    let job = ImageJob(width: view.width, height: view.height, path: output, font: font,
                       textAsPaths: textAsPaths,
                       metadata: reproduction.metadata(title: model.title(), output: output))
    let bytes = try format.encode(&model, job)
    try target.write(bytes)
  }
}
