// Draws single lines of text from cached glyph bitmaps, anchored left, centre or right on
// a baseline, plus the rare rotated label (rasterized from outlines once per position).

import PlotCore

/// Text drawing for the scene: faces by size, glyph bitmaps cached across frames.
/// Drawing a line allocates nothing once its glyphs are cached.
struct TextPainter {
  private var faces: FaceCache
  private var glyphs = GlyphCache()
  private var raster = CoverageRaster()
  /// Scratch: the glyphs of the line being drawn.
  private var steps: [GlyphStep] = []
  /// The last rotated label's pixels, replayed while its text and position are unchanged.
  private var rotated = RotatedLabel()

  init(font: TrueTypeFont) {
    faces = FaceCache(font: font)
  }

  /// The face for an em size in device pixels, made once per size.
  mutating func face(pixelSize: Double) -> FontFace {
    faces.face(pixelSize: pixelSize)
  }

  /// Draws `text` with its baseline at `baseline` (device pixels, y down), its anchor
  /// at `x`, clipped to the canvas.
  mutating func draw(
    _ text: String, face: FontFace, x: Double, baseline: Double, anchor: TextAnchor,
    color: Color, into canvas: inout Canvas
  ) {
    // One walk over the text gives the width and each glyph's kerning and advance; the
    // pen then moves exactly as FontFace.layout would move it from the anchored start.
    let width = face.steps(of: text, into: &steps)
    let startX: Double
    switch anchor {
    case .left: startX = x
    case .center: startX = x - width / 2
    case .right: startX = x - width
    }
    let y = Int(face.baseline(baseline))
    let steps = self.steps  // shared, not copied: nothing changes it while drawing
    let canvasWidth = canvas.width, canvasHeight = canvas.height
    canvas.withSpanBlender(color: color) { blender in
      var penX = startX
      for (i, step) in steps.enumerated() {
        if i > 0 { penX += step.kern }
        defer { penX += step.advance }
        let pixel = penX.rounded(.down)
        var quarter = Int(((penX - pixel) * GlyphCache.subpixelSteps).rounded())
        var pixelX = Int(pixel)
        if quarter == Int(GlyphCache.subpixelSteps) {
          quarter = 0
          pixelX += 1
        }
        let bitmap = glyphs.bitmap(glyph: step.glyph, face: face, quarter: quarter)
        blit(bitmap, x: pixelX + bitmap.left, y: y + bitmap.top,
             canvasWidth: canvasWidth, canvasHeight: canvasHeight, blender: blender)
      }
    }
  }

  /// Draws `text` turned a quarter turn counter-clockwise (reading upwards), with its
  /// baseline on the vertical line `baselineX` and its anchor (start, middle, end of its
  /// advance) at `anchorY`.
  mutating func drawRotated(
    _ text: String, face: FontFace, baselineX: Double, anchorY: Double, anchor: TextAnchor,
    color: Color, into canvas: inout Canvas
  ) {
    let width = face.measure(text).width
    let x0 = baselineX.rounded()
    let y0: Double  // where the pen starts: the text's bottom end
    switch anchor {
    case .left: y0 = anchorY
    case .center: y0 = anchorY + width / 2
    case .right: y0 = anchorY + width
    }
    let key = RotatedLabel.Key(
      text: text, pixelSize: face.pixelSize.bitPattern, yScale: face.yScale.bitPattern,
      x0: x0.bitPattern, y0: y0.bitPattern, canvasWidth: canvas.width,
      canvasHeight: canvas.height)
    if rotated.key != key {
      rotated.record(key: key, raster: &raster) {
        // Lay the text out upright with the pen at the origin, then turn each point:
        // right along the baseline becomes up, down becomes right.
        guard var path = face.path(for: text, at: Point(0, 0)) else { return nil }
        for i in path.points.indices {
          let p = path.points[i]
          path.points[i] = Point(x0 + p.y, y0 - p.x)
        }
        return path
      }
    }
    rotated.replay(color: color, into: &canvas)
  }

  /// Copies a glyph's alphas onto the canvas, dropping what falls off its edges.
  private func blit(
    _ bitmap: GlyphBitmap, x: Int, y: Int, canvasWidth: Int, canvasHeight: Int,
    blender: Canvas.SpanBlender
  ) {
    let firstColumn = Swift.max(0, -x), endColumn = Swift.min(bitmap.width, canvasWidth - x)
    let firstRow = Swift.max(0, -y), endRow = Swift.min(bitmap.height, canvasHeight - y)
    guard firstColumn < endColumn, firstRow < endRow else { return }
    bitmap.alphas.withUnsafeBufferPointer { alphas in
      for row in firstRow..<endRow {
        let start = row * bitmap.width
        let span = UnsafeBufferPointer(rebasing: alphas[(start + firstColumn)..<(start + endColumn)])
        blender.blend(row: y + row, from: x + firstColumn, alphas: span)
      }
    }
  }
}

/// A rotated label's rasterized spans, kept so that later frames with the same label at
/// the same place blend the recorded alphas instead of decoding and filling outlines.
private struct RotatedLabel {
  /// Everything the pixels depend on, positions as exact bit patterns.
  struct Key: Equatable {
    var text: String
    var pixelSize, yScale: UInt64
    var x0, y0: UInt64
    var canvasWidth, canvasHeight: Int
  }

  var key: Key?
  /// Spans as (row, first column, start in ``alphas``, pixel count), device pixels.
  private var spans: [(y: Int, x: Int, start: Int, count: Int)] = []
  private var alphas: [UInt8] = []

  /// Rasterizes the path `makePath` gives over the whole canvas and keeps its alphas.
  mutating func record(key: Key, raster: inout CoverageRaster, _ makePath: () -> Path?) {
    self.key = key
    spans.removeAll(keepingCapacity: true)
    alphas.removeAll(keepingCapacity: true)
    guard let path = makePath() else { return }
    let box = ClipRect(x0: 0, y0: 0, x1: key.canvasWidth, y1: key.canvasHeight)
    raster.rasterize(path, within: box) { y, x, coverage in
      spans.append((y, x, alphas.count, coverage.count))
      for c in coverage { alphas.append(UInt8(Canvas.alpha(forCoverage: c))) }
    }
  }

  /// Blends the recorded spans in `color`: the pixels CoverageRaster.fill would give.
  func replay(color: Color, into canvas: inout Canvas) {
    alphas.withUnsafeBufferPointer { alphas in
      canvas.withSpanBlender(color: color) { blender in
        for s in spans {
          blender.blend(row: s.y, from: s.x,
                        alphas: UnsafeBufferPointer(rebasing: alphas[s.start..<(s.start + s.count)]))
        }
      }
    }
  }
}
