// The image formats `render` writes, chosen by the output's extension (case ignored): one
// entry each (BMP pixels, SVG vectors from the same display list). An extension no entry
// takes is refused before anything is drawn: one line, status 2, no file.

import PlotRender
import ViewerModel

/// What one image is to hold besides the model's frame: its size, what messages call it,
/// the font, and what a vector format writes about itself.
struct ImageJob: Sendable {
  var width: Int
  var height: Int
  /// What messages call the output.
  var path: RawPath
  var font: TrueTypeFont
  /// SVG: glyph outlines instead of <text> (`--text-as-paths`).
  var textAsPaths = false
  /// SVG: the view and the command that draws it again.
  var metadata = SVGMetadata()
}

/// One format `render` can write.
struct ImageFormat: Sendable {
  /// What messages call it.
  let name: String
  /// The extensions that choose it: lower case, without the dot.
  let extensions: [String]
  /// The most memory a `width` × `height` image needs at once, checked before drawing.
  let peakBytes: @Sendable (_ width: Int, _ height: Int) -> Int
  /// Draws the model's frame at the job's size and encodes it.
  let encode: @Sendable (_ model: inout PlotFrameModel, _ job: ImageJob) throws -> [UInt8]

  /// 24-bit BMP through SDL's writer (BMPWriter). The canvas is freed when `encode`
  /// returns, before the bytes are written out.
  static let bmp = ImageFormat(
    name: "BMP", extensions: ["bmp"], peakBytes: MemoryCheck.renderBytes,
    encode: { model, job in
      var canvas = Canvas(width: job.width, height: job.height)
      model.render(into: &canvas)
      return try BMPWriter.encode(canvas, reportAs: job.path)
    })

  /// SVG 1.1 from the frame's display list (SVGBackend): no canvas at all, so its memory
  /// is the scene's and the document's, a few MiB even at 16384 px.
  static let svg = ImageFormat(
    name: "SVG", extensions: ["svg"],
    peakBytes: { width, height in MemoryCheck.slack + 256 * (width + height) },
    encode: { model, job in
      let list = model.displayList()
      var backend = SVGBackend(font: job.font)
      let options = SVGOptions(textAsPaths: job.textAsPaths, metadata: job.metadata)
      return Array(backend.document(list, width: job.width, height: job.height,
                                    options: options).utf8)
    })

  /// Every format, in the order messages list them. The first is what a stream with no
  /// extension gets (`render /dev/stdout`, a FIFO): nothing else says which it wants.
  static let all: [ImageFormat] = [.bmp, .svg]

  /// The extensions `render` writes, as messages list them: ".bmp".
  static var supported: String {
    all.flatMap(\.extensions).map { "." + $0 }.joined(separator: ", ")
  }

  /// The format for `path` (as typed), which resolves to `target`: the one its extension
  /// names; for a stream without an extension, the first. A file needs an extension, so
  /// the name says what it holds.
  static func forOutput(_ path: RawPath, target: OutputTarget) throws(UsageError) -> ImageFormat {
    let shown = "OUT \"\(path.escaped)\""
    guard let ext = fileExtension(path) else {
      if case .file = target {
        throw UsageError("\(shown) has no extension to say its format; end it in \(supported), "
          + "e.g. plot.bmp")
      }
      return all[0]
    }
    let lower = ext.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    guard let format = all.first(where: { $0.extensions.contains { Array($0.utf8) == lower } })
    else {
      throw UsageError("\(shown): render cannot write \".\(Escaping.escaped(ext))\" files; "
        + "it writes \(supported)")
    }
    return format
  }

  /// The bytes after the last dot of the last component, as typed; nil when there are
  /// none (no dot, a dot only at the start as in ".bmp", or nothing after it).
  static func fileExtension(_ path: RawPath) -> [UInt8]? {
    let name = path.lastComponent.bytes
    guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > name.startIndex,
      dot < name.index(before: name.endIndex) else { return nil }
    return Array(name[(dot + 1)...])
  }
}
