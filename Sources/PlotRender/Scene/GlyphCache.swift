// Coverage bitmaps of glyphs, rendered once through the exact-area rasterizer and then
// blitted, so a frame's tick labels cost a dictionary lookup per glyph, not a fill.

import Glibc
import PlotCore

/// One glyph's coverage at one size and sub-pixel offset.
struct GlyphBitmap {
  /// Top-left of the bitmap relative to the pixel that holds the pen position
  /// (device pixels, y down).
  var left = 0, top = 0
  var width = 0, height = 0
  /// Each pixel's 8-bit alpha (0...255), row-major, `width` per row: the darkened
  /// coverage as ``Canvas/alpha(forCoverage:)`` rounds it, ready to blend.
  var alphas: [UInt8] = []
}

/// Caches glyph bitmaps by glyph, face and quarter-pixel horizontal offset.
///
/// Baselines are whole pixels (``FontFace`` snaps them); x positions are quantized to
/// quarter pixels, which keeps spacing even without blurring every glyph the same way.
struct GlyphCache {
  struct Key: Hashable {
    var glyph: UInt16
    /// The face's em size and vertical scale, which together fix the outline's shape.
    var pixelSize: UInt64
    var yScale: UInt64
    /// Pen x offset within its pixel, in quarters (0...3).
    var quarter: UInt8
  }

  /// Sub-pixel positions per pixel.
  static let subpixelSteps = 4.0
  /// Entries kept before the cache starts over (a few sizes of a few hundred glyphs).
  static let capacity = 4096

  private var bitmaps: [Key: GlyphBitmap] = [:]
  private var raster = CoverageRaster()
  private var builder = PathBuilder()

  /// The bitmap of `glyph` in `face` with the pen at `quarter`/4 px right of a pixel edge.
  mutating func bitmap(glyph: UInt16, face: FontFace, quarter: Int) -> GlyphBitmap {
    let key = Key(glyph: glyph, pixelSize: face.pixelSize.bitPattern,
                  yScale: face.yScale.bitPattern, quarter: UInt8(quarter))
    if let hit = bitmaps[key] { return hit }
    if bitmaps.count >= Self.capacity { bitmaps.removeAll(keepingCapacity: true) }
    let made = render(glyph: glyph, face: face, dx: Double(quarter) / Self.subpixelSteps)
    bitmaps[key] = made
    return made
  }

  private mutating func render(glyph: UInt16, face: FontFace, dx: Double) -> GlyphBitmap {
    guard let header = try? face.font.glyphHeader(glyph: glyph) else { return GlyphBitmap() }
    let b = header.bounds
    // The outline's box in pixels relative to the pen, padded by a pixel for rounding.
    let left = Int((dx + Double(b.xMin) * face.xScale).rounded(.down)) - 1
    let right = Int((dx + Double(b.xMax) * face.xScale).rounded(.up)) + 1
    let top = Int((-Double(b.yMax) * face.yScale).rounded(.down)) - 1
    let bottom = Int((-Double(b.yMin) * face.yScale).rounded(.up)) + 1
    let width = right - left, height = bottom - top
    guard width > 0, height > 0, width * height <= 1 << 20 else { return GlyphBitmap() }
    builder = PathBuilder()
    let origin = Point(dx - Double(left), -Double(top))
    try? face.font.outline(glyph: glyph, xScale: face.xScale, yScale: face.yScale,
                           origin: origin, into: &builder)
    guard let path = builder.finish() else { return GlyphBitmap() }
    let coverage = raster.coverageMask(of: path, width: width, height: height)
    let alphas = coverage.map { c in
      UInt8(Canvas.alpha(forCoverage: c > 0 && c < 1 ? Self.darkened(c) : c))
    }
    return Self.trimmed(
      GlyphBitmap(left: left, top: top, width: width, height: height, alphas: alphas))
  }

  /// The bitmap without its rows and columns of alpha 0 (the padding, and whatever the
  /// rounding left blank): they draw nothing, and every row a blit skips is a canvas row
  /// it need not touch.
  static func trimmed(_ bitmap: GlyphBitmap) -> GlyphBitmap {
    let w = bitmap.width
    var rows = 0..<bitmap.height, columns = 0..<w
    func rowIsBlank(_ y: Int) -> Bool { bitmap.alphas[(y * w)..<((y + 1) * w)].allSatisfy { $0 == 0 } }
    func columnIsBlank(_ x: Int) -> Bool { rows.allSatisfy { bitmap.alphas[$0 * w + x] == 0 } }
    while !rows.isEmpty && rowIsBlank(rows.lowerBound) { rows = (rows.lowerBound + 1)..<rows.upperBound }
    while !rows.isEmpty && rowIsBlank(rows.upperBound - 1) { rows = rows.lowerBound..<(rows.upperBound - 1) }
    guard !rows.isEmpty else { return GlyphBitmap() }
    while columnIsBlank(columns.lowerBound) { columns = (columns.lowerBound + 1)..<columns.upperBound }
    while columnIsBlank(columns.upperBound - 1) { columns = columns.lowerBound..<(columns.upperBound - 1) }
    var alphas: [UInt8] = []
    alphas.reserveCapacity(rows.count * columns.count)
    for y in rows { alphas += bitmap.alphas[(y * w + columns.lowerBound)..<(y * w + columns.upperBound)] }
    return GlyphBitmap(left: bitmap.left + columns.lowerBound, top: bitmap.top + rows.lowerBound,
                       width: columns.count, height: rows.count, alphas: alphas)
  }

  /// Exact coverage of unhinted outlines spreads thin stems over two pixels, each half
  /// grey, so small text looks faint next to FreeType's hinted output (matplotlib's).
  /// Lifting partial coverage along c^0.8 (full and empty pixels are unchanged) restores
  /// most of the weight without thickening the outline; it is a look, not geometry.
  static func darkened(_ coverage: Float) -> Float {
    Float(pow(Double(coverage), 0.8))
  }
}
