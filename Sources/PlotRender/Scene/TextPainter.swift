// Draws single lines of text from cached glyph bitmaps, anchored left, centre or right on
// a baseline, plus the rare rotated label (drawn as outlines, not cached).

import PlotCore

/// Where a text's anchor point sits along its baseline.
enum TextAnchor {
  case left, center, right
}

/// Text drawing for the scene: faces by size, glyph bitmaps cached across frames.
struct TextPainter {
  let font: TrueTypeFont
  private var faces: [UInt64: FontFace] = [:]
  private var glyphs = GlyphCache()
  private var raster = CoverageRaster()

  init(font: TrueTypeFont) {
    self.font = font
  }

  /// The face for an em size in device pixels, made once per size.
  mutating func face(pixelSize: Double) -> FontFace {
    if let face = faces[pixelSize.bitPattern] { return face }
    let face = FontFace(font: font, pixelSize: pixelSize)
    faces[pixelSize.bitPattern] = face
    return face
  }

  /// Draws `text` with its baseline at `baseline` (device pixels, y down), its anchor
  /// at `x`, clipped to the canvas.
  mutating func draw(
    _ text: String, face: FontFace, x: Double, baseline: Double, anchor: TextAnchor,
    color: Color, into canvas: inout Canvas
  ) {
    let width = face.measure(text).width
    let startX: Double
    switch anchor {
    case .left: startX = x
    case .center: startX = x - width / 2
    case .right: startX = x - width
    }
    let placed = face.layout(text, at: Point(startX, baseline))
    let canvasWidth = canvas.width, canvasHeight = canvas.height
    canvas.withSpanBlender(color: color) { blender in
      for glyph in placed {
        let penX = glyph.origin.x.rounded(.down)
        var quarter = Int(((glyph.origin.x - penX) * GlyphCache.subpixelSteps).rounded())
        var pixelX = Int(penX)
        if quarter == Int(GlyphCache.subpixelSteps) {
          quarter = 0
          pixelX += 1
        }
        let bitmap = glyphs.bitmap(glyph: glyph.glyph, face: face, quarter: quarter)
        blit(bitmap, x: pixelX + bitmap.left, y: Int(glyph.origin.y) + bitmap.top,
             canvasWidth: canvasWidth, canvasHeight: canvasHeight, blender: blender)
      }
    }
  }

  /// Draws `text` turned a quarter turn counter-clockwise (reading upwards), centred
  /// vertically on `centerY`, with its baseline on the vertical line `baselineX`.
  mutating func drawRotated(
    _ text: String, face: FontFace, baselineX: Double, centerY: Double, color: Color,
    into canvas: inout Canvas
  ) {
    let width = face.measure(text).width
    // Lay the text out upright with the pen at the origin, then turn each point:
    // right along the baseline becomes up, down becomes right.
    guard var path = face.path(for: text, at: Point(0, 0)) else { return }
    let x0 = baselineX.rounded(), y0 = centerY + width / 2
    for i in path.points.indices {
      let p = path.points[i]
      path.points[i] = Point(x0 + p.y, y0 - p.x)
    }
    raster.fill(path, color: color, into: &canvas)
  }

  /// Copies a glyph's coverage onto the canvas, dropping what falls off its edges.
  private func blit(
    _ bitmap: GlyphBitmap, x: Int, y: Int, canvasWidth: Int, canvasHeight: Int,
    blender: Canvas.SpanBlender
  ) {
    let firstColumn = Swift.max(0, -x), endColumn = Swift.min(bitmap.width, canvasWidth - x)
    let firstRow = Swift.max(0, -y), endRow = Swift.min(bitmap.height, canvasHeight - y)
    guard firstColumn < endColumn, firstRow < endRow else { return }
    bitmap.coverage.withUnsafeBufferPointer { coverage in
      for row in firstRow..<endRow {
        let start = row * bitmap.width
        let span = UnsafeBufferPointer(
          rebasing: coverage[(start + firstColumn)..<(start + endColumn)])
        blender.blend(row: y + row, from: x + firstColumn, coverage: span)
      }
    }
  }
}
