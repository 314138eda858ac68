// The image formats `render` writes, chosen by the output's extension (case ignored): one
// entry each, so a new format (SVG, issue 15) is one more entry here. An extension no
// entry takes is refused before anything is drawn: one line, status 2, no file.

import PlotRender
import ViewerModel

/// One format `render` can write.
struct ImageFormat: Sendable {
  /// What messages call it.
  let name: String
  /// The extensions that choose it: lower case, without the dot.
  let extensions: [String]
  /// The most memory a `width` × `height` image needs at once, checked before drawing.
  let peakBytes: @Sendable (_ width: Int, _ height: Int) -> Int
  /// Draws the model's frame at `width` × `height` and encodes it; `path` is what
  /// messages call the output.
  let encode: @Sendable (_ model: inout PlotFrameModel, _ width: Int, _ height: Int,
                         _ path: RawPath) throws -> [UInt8]

  /// 24-bit BMP through SDL's writer (BMPWriter). The canvas is freed when `encode`
  /// returns, before the bytes are written out.
  static let bmp = ImageFormat(
    name: "BMP", extensions: ["bmp"], peakBytes: MemoryCheck.renderBytes,
    encode: { model, width, height, path in
      var canvas = Canvas(width: width, height: height)
      model.render(into: &canvas)
      return try BMPWriter.encode(canvas, reportAs: path)
    })

  /// Every format, in the order messages list them. The first is what a stream with no
  /// extension gets (`render /dev/stdout`, a FIFO): nothing else says which it wants.
  static let all: [ImageFormat] = [.bmp]

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
