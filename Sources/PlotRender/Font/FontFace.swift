// A font at one pixel size: measures strings and lays them out as device-pixel Paths.
// Single line, left to right, 'kern' pairs only: no shaping, no bidi, no line breaking.

import PlotCore

/// How a ``FontFace`` nudges glyphs vertically to look crisp without a hinter.
///
/// FreeType, which draws matplotlib's text, hints small text; its "light" mode moves
/// outlines only vertically: the baseline and the tops of lowercase letters (the
/// x-height) land on pixel boundaries, so the bottoms of "aceo" and the tops of "xnu"
/// are sharp rows instead of half-covered grey ones. This does the two cheapest parts
/// of that:
///
/// - `snapBaseline`: the baseline y is rounded to a whole pixel.
/// - `snapXHeight`: the vertical scale is adjusted (by a few percent at most) so the
///   x-height is a whole number of pixels. With the baseline snapped too, the x-height
///   line is then a pixel boundary. Horizontal scale and advances are never touched,
///   so string widths match the unhinted font exactly.
///
/// It does not snap stems, cap height or descenders, and it does not move individual
/// points; at 10–16 px it removes most of the vertical blur, not all of it.
public struct VerticalSnapping: Sendable, Equatable {
  // The two presets below are the only snappings drawing asks for, so the memberwise
  // initializer stays internal.
  public var snapBaseline: Bool
  public var snapXHeight: Bool

  /// Exact outlines at exact positions.
  public static let none = VerticalSnapping(snapBaseline: false, snapXHeight: false)
  /// Whole-pixel baseline and x-height: the default for drawing on screen.
  public static let light = VerticalSnapping(snapBaseline: true, snapXHeight: true)
}

/// One glyph placed by ``FontFace/layout(_:at:)``.
public struct PlacedGlyph: Sendable, Equatable {
  public var glyph: UInt16
  /// The glyph's baseline origin (pen position) in device pixels, y down.
  public var origin: Point
}

/// One glyph of a line, as ``FontFace/steps(of:into:)`` lists it: where the pen moves
/// around it, before its origin is known.
struct GlyphStep: Sendable, Equatable {
  var glyph: UInt16
  /// Kerning after the previous glyph, pixels; 0 for the first glyph (and not added).
  var kern: Double
  /// Pen advance past this glyph, pixels.
  var advance: Double
}

/// A ``TrueTypeFont`` at one pixel size, ready to measure and draw single lines.
///
/// Glyph index, advance and box for printable ASCII are looked up once at init, so
/// measuring and laying out axis labels does no 'cmap' search; other scalars are
/// looked up as they come (a binary search, no allocation).
public struct FontFace: Sendable {
  public let font: TrueTypeFont
  /// The em size in pixels (matplotlib: points × dpi / 72).
  public let pixelSize: Double
  public let snapping: VerticalSnapping
  /// Whether 'kern' pair adjustments are applied (they are in matplotlib).
  public let kerning: Bool
  /// Horizontal pixels per font unit: pixelSize / unitsPerEm, never adjusted.
  public let xScale: Double
  /// Vertical pixels per font unit: xScale, or xScale adjusted so the x-height is a
  /// whole number of pixels (see ``VerticalSnapping``).
  public let yScale: Double

  /// Cached per-glyph facts.
  private struct GlyphInfo: Sendable {
    var glyph: UInt16
    /// Font units.
    var advance: Int
    /// Font units, y up; nil for a glyph without outline or with a damaged header.
    var bounds: GlyphBounds?
  }

  /// GlyphInfo for scalars 0..<128, indexed by scalar value.
  private let ascii: [GlyphInfo]

  public init(font: TrueTypeFont, pixelSize: Double, snapping: VerticalSnapping = .light,
              kerning: Bool = true) {
    let size = pixelSize.isFinite && pixelSize > 0 ? pixelSize : 1
    self.font = font
    self.pixelSize = size
    self.snapping = snapping
    self.kerning = kerning
    let scale = size / Double(font.unitsPerEm)
    self.xScale = scale
    self.yScale = snapping.snapXHeight
      ? Self.xHeightSnappedScale(font: font, scale: scale) : scale
    self.ascii = (0..<128).map { Self.info(font, Unicode.Scalar(UInt8($0))) }
  }

  /// The vertical scale that makes the x-height whole pixels.
  ///
  /// Rounds the scaled x-height up from a fraction of 0.375 px, as FreeType's autofitter
  /// does (aflatin.c, `fitted = (scaled + 40) & ~63` in 26.6 fixed point), because a
  /// slightly taller x-height reads better than a squashed one; never below 1 px.
  /// Falls back to `scale` when the font gives no usable x-height.
  static func xHeightSnappedScale(font: TrueTypeFont, scale: Double) -> Double {
    guard let xHeight = Self.xHeight(font), xHeight > 0 else { return scale }
    let scaled = Double(xHeight) * scale
    guard scaled.isFinite else { return scale }
    let fitted = Swift.max(1, (scaled + 40.0 / 64).rounded(.down))
    return scale * fitted / scaled
  }

  /// The x-height in font units: 'OS/2' sxHeight if recorded, else the top of 'x'.
  static func xHeight(_ font: TrueTypeFont) -> Int? {
    if let h = font.xHeightField { return h }
    let x = font.glyphIndex(for: "x")
    guard x != 0, let header = try? font.glyphHeader(glyph: x) else { return nil }
    return header.bounds.yMax
  }

  private static func info(_ font: TrueTypeFont, _ scalar: Unicode.Scalar) -> GlyphInfo {
    let glyph = font.glyphIndex(for: scalar)
    let header = (try? font.glyphHeader(glyph: glyph)) ?? nil
    return GlyphInfo(glyph: glyph, advance: font.advanceWidth(glyph: glyph),
                     bounds: header?.bounds)
  }

  private func info(_ scalar: Unicode.Scalar) -> GlyphInfo {
    scalar.value < 128 ? ascii[Int(scalar.value)] : Self.info(font, scalar)
  }

  // MARK: - Metrics (pixels)

  /// Font ascender in pixels above the baseline (positive).
  public var ascent: Double { Double(font.ascender) * yScale }
  /// Font descender in pixels below the baseline (positive).
  public var descent: Double { -Double(font.descender) * yScale }
  /// Baseline-to-baseline distance in pixels.
  public var lineHeight: Double {
    Double(font.ascender - font.descender + font.lineGap) * yScale
  }

  /// The pen advance of `string` in pixels (kerning included when enabled), and the
  /// font's ``ascent`` and ``descent``, which are the same for every string so that
  /// labels of different text share a baseline. For the ink of this particular string
  /// use ``inkBounds(of:)``.
  public func measure(_ string: String) -> (width: Double, ascent: Double, descent: Double) {
    var width = 0.0
    forEachGlyph(of: string) { _, kern, advance in
      if let kern { width += kern }
      width += advance
    }
    return (width, ascent, descent)
  }

  /// The glyphs of `string` with their kerning and advances, into `steps` (emptied first,
  /// capacity kept): ``layout(_:at:)`` without the allocation, for drawing every frame.
  /// The width is summed exactly as ``measure(_:)`` sums it, so the two agree to the bit.
  func steps(of string: String, into steps: inout [GlyphStep]) -> Double {
    steps.removeAll(keepingCapacity: true)
    var width = 0.0
    forEachGlyph(of: string) { info, kern, advance in
      if let kern { width += kern }
      width += advance
      steps.append(GlyphStep(glyph: info.glyph, kern: kern ?? 0, advance: advance))
    }
    return width
  }

  /// The box of the glyphs' stored bounds for `string` drawn with its baseline origin
  /// at (0, 0), in device pixels (y down, so `minY` is negative above the baseline);
  /// nil when nothing in it has ink. matplotlib sizes text lines by the ink of "lp".
  public func inkBounds(of string: String)
    -> (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
    var box: (minX: Double, minY: Double, maxX: Double, maxY: Double)?
    for placed in layoutInfo(string, at: Point(0, 0)) {
      guard let b = placed.info.bounds else { continue }
      let x0 = placed.origin.x + Double(b.xMin) * xScale
      let x1 = placed.origin.x + Double(b.xMax) * xScale
      let y0 = placed.origin.y - Double(b.yMax) * yScale
      let y1 = placed.origin.y - Double(b.yMin) * yScale
      if let old = box {
        box = (Swift.min(old.minX, x0), Swift.min(old.minY, y0),
               Swift.max(old.maxX, x1), Swift.max(old.maxY, y1))
      } else {
        box = (x0, y0, x1, y1)
      }
    }
    return box
  }

  // MARK: - Layout and drawing

  /// Where each glyph of `string` goes when its baseline starts at `baselineOrigin`
  /// (device pixels, y down). The baseline y is rounded when snapping says so; x is
  /// left fractional, so a glyph cache can quantize it (to quarter pixels, say).
  public func layout(_ string: String, at baselineOrigin: Point) -> [PlacedGlyph] {
    layoutInfo(string, at: baselineOrigin).map {
      PlacedGlyph(glyph: $0.info.glyph, origin: $0.origin)
    }
  }

  /// The kerning between two glyphs in pixels, or 0 when kerning is off.
  private func kern(_ left: UInt16, _ right: UInt16) -> Double {
    kerning ? Double(font.kerning(left: left, right: right)) * xScale : 0
  }

  /// The baseline y a line drawn at `y` gets (rounded when snapping says so), pixels.
  func baseline(_ y: Double) -> Double {
    snapping.snapBaseline ? y.rounded() : y
  }

  private func layoutInfo(_ string: String, at baselineOrigin: Point)
    -> [(info: GlyphInfo, origin: Point)] {
    let y = baseline(baselineOrigin.y)
    var penX = baselineOrigin.x
    var placed: [(info: GlyphInfo, origin: Point)] = []
    placed.reserveCapacity(string.unicodeScalars.count)
    forEachGlyph(of: string) { info, kern, advance in
      if let kern { penX += kern }
      placed.append((info, Point(penX, y)))
      penX += advance
    }
    return placed
  }

  /// Calls `body(info, kern, advance)` for each scalar of `string` in order, with the
  /// kerning after the previous glyph (pixels; nil for the first glyph) and the pen
  /// advance (pixels). The one walk behind measuring and every layout.
  @inline(__always)
  private func forEachGlyph(
    of string: String, _ body: (GlyphInfo, Double?, Double) -> Void
  ) {
    var previous: UInt16?
    for scalar in string.unicodeScalars {
      let g = info(scalar)
      body(g, previous.map { kern($0, g.glyph) }, Double(g.advance) * xScale)
      previous = g.glyph
    }
  }

  /// Adds the outlines of `string` to `builder`, baseline starting at `baselineOrigin`.
  /// A glyph whose data is damaged is skipped (drawn as nothing), so one bad glyph
  /// cannot take a whole label with it.
  public func appendPath(for string: String, at baselineOrigin: Point,
                         into builder: inout PathBuilder) {
    for placed in layout(string, at: baselineOrigin) {
      try? font.outline(glyph: placed.glyph, xScale: xScale, yScale: yScale,
                        origin: placed.origin, into: &builder)
    }
  }

  /// The outlines of `string` as one path for the non-zero fill; nil if it has no ink.
  public func path(for string: String, at baselineOrigin: Point) -> Path? {
    var builder = PathBuilder()
    appendPath(for: string, at: baselineOrigin, into: &builder)
    return builder.finish()
  }
}
