// A TrueType font file, parsed and checked: metrics, character map and glyph outlines.
// It reads quadratic 'glyf' outlines only (no CFF, no collections) and runs no hinting.

import PlotCore

/// A loaded TrueType font. Units are font units (``unitsPerEm`` to the em, y up)
/// unless a function takes a scale.
///
/// Loading checks the table directory and every fixed-size structure the lookups
/// rely on, so ``glyphIndex(for:)`` and ``advanceWidth(glyph:)`` cannot fail. Outlines
/// are decoded on demand and check every offset as they go: a damaged glyph throws
/// ``FontError`` and never traps or loops forever. Table checksums are not verified
/// (fonts in the wild often get them wrong, and the structural checks catch damage
/// that matters).
///
/// Typical text layout (see ``FontFace`` for one that does this):
/// scale = pixelSize / unitsPerEm; for each scalar, glyph = glyphIndex(for:), draw
/// `outline(glyph:scale:origin:into:)` at the pen, then advance the pen by
/// advanceWidth(glyph:)·scale (plus kerning(left:right:)·scale between pairs).
public struct TrueTypeFont: Sendable {
  // MARK: - Metrics (font units)

  /// Font units per em; a pixel size p gives a scale of p / unitsPerEm pixels per unit.
  public let unitsPerEm: Int
  /// Top of the tallest usual glyph above the baseline ('hhea' ascender), positive.
  public let ascender: Int
  /// Bottom of the usual glyphs relative to the baseline ('hhea' descender), negative.
  public let descender: Int
  /// Extra space between lines; line advance = ascender − descender + lineGap.
  public let lineGap: Int
  /// The number of glyphs; valid glyph indices are 0..<numGlyphs.
  public let numGlyphs: Int
  /// Height of lowercase 'x' from 'OS/2' version 2 or later, if the font records it.
  public let xHeightField: Int?
  /// Height of capitals from 'OS/2' version 2 or later, if the font records it.
  public let capHeightField: Int?
  /// The font-wide box from 'head': the union of all glyph boxes.
  public let fontBounds: GlyphBounds
  /// The family name from 'name' ("DejaVu Sans"), nil when the font names none.
  public let familyName: String?

  // MARK: - Tables

  /// Advance widths from 'hmtx', one per glyph (the last long metric repeats).
  private let advances: [UInt16]
  private let characterMap: CharacterMap
  private let glyphs: GlyphTable
  private let kerningTable: KerningTable?

  /// Parses a font file's bytes.
  public init(bytes: [UInt8]) throws(FontError) {
    let file = FontBytes(file: bytes)
    let tables = try Self.tableDirectory(file)
    func table(_ tag: String) throws(FontError) -> FontBytes {
      guard let t = tables[tag] else { throw .missingTable(tag) }
      return t
    }

    let head = try table("head")
    guard try head.u32(12) == 0x5F0F_3CF5 else {
      throw .damaged(table: "head", detail: "has the wrong magic number")
    }
    unitsPerEm = Int(try head.u16(18))
    guard (16...16384).contains(unitsPerEm) else {
      throw .damaged(table: "head", detail: "gives \(unitsPerEm) units per em "
        + "(valid: 16 to 16384)")
    }
    fontBounds = GlyphBounds(xMin: Int(try head.i16(36)), yMin: Int(try head.i16(38)),
                             xMax: Int(try head.i16(40)), yMax: Int(try head.i16(42)))
    let locFormat = try head.i16(50)
    guard locFormat == 0 || locFormat == 1 else {
      throw .damaged(table: "head", detail: "has indexToLocFormat \(locFormat) (valid: 0 or 1)")
    }

    numGlyphs = Int(try table("maxp").u16(4))
    guard numGlyphs > 0 else {
      throw .damaged(table: "maxp", detail: "says the font has no glyphs")
    }

    let hhea = try table("hhea")
    ascender = Int(try hhea.i16(4))
    descender = Int(try hhea.i16(6))
    lineGap = Int(try hhea.i16(8))
    let longMetrics = Int(try hhea.u16(34))
    guard (1...numGlyphs).contains(longMetrics) else {
      throw .damaged(table: "hhea", detail: "has \(longMetrics) horizontal metrics for "
        + "\(numGlyphs) glyphs")
    }
    advances = try Self.advanceWidths(try table("hmtx"), longMetrics: longMetrics,
                                      numGlyphs: numGlyphs)

    characterMap = try CharacterMap(cmap: try table("cmap"), numGlyphs: numGlyphs)
    glyphs = try GlyphTable(loca: try table("loca"), glyf: try table("glyf"),
                            numGlyphs: numGlyphs, longOffsets: locFormat == 1)

    // Optional tables: a damaged one is ignored rather than refusing the whole font.
    let os2 = tables["OS/2"]
    let os2Version = os2.flatMap { try? $0.u16(0) } ?? 0
    xHeightField = os2Version >= 2 ? os2.flatMap { try? $0.i16(86) }.map(Int.init)
      .flatMap { $0 > 0 ? $0 : nil } : nil
    capHeightField = os2Version >= 2 ? os2.flatMap { try? $0.i16(88) }.map(Int.init)
      .flatMap { $0 > 0 ? $0 : nil } : nil
    kerningTable = tables["kern"].flatMap { try? KerningTable(kern: $0) }
    familyName = tables["name"].flatMap(NameTable.familyName)
  }

  /// Reads the sfnt header and table records into tag → window, each checked to lie
  /// inside the file.
  private static func tableDirectory(_ file: FontBytes) throws(FontError) -> [String: FontBytes] {
    guard file.count >= 12 else {
      throw .notTrueType(detail: "the file is only \(file.count) bytes long")
    }
    let version = try file.u32(0)
    switch version {
    case 0x0001_0000, 0x7472_7565:  // 1.0, or 'true' (old Apple fonts)
      break
    case 0x4F54_544F:  // 'OTTO'
      throw .unsupported("this is an OpenType font with CFF outlines (.otf); "
        + "use a TrueType (.ttf) font such as DejaVu Sans")
    case 0x7474_6366:  // 'ttcf'
      throw .unsupported("this is a font collection (.ttc); use a single TrueType "
        + "(.ttf) font such as DejaVu Sans")
    default:
      throw .notTrueType(detail: "it starts with bytes "
        + (0..<4).map { hex2(file.data[$0]) }.joined(separator: " "))
    }
    let count = Int(try file.u16(4))
    var tables: [String: FontBytes] = [:]
    for i in 0..<count {
      let record = 12 + 16 * i
      let tag: String
      do { tag = try file.tag(record) } catch {
        throw .damaged(table: "directory", detail: "lists \(count) tables but ends after \(i)")
      }
      let offset = Int(try file.u32(record + 8))
      let length = Int(try file.u32(record + 12))
      tables[tag] = try FontBytes(file.data, tag: tag, offset: offset, count: length)
    }
    return tables
  }

  /// Expands 'hmtx' to one advance per glyph: `longMetrics` (advance, lsb) pairs, and
  /// glyphs after those reuse the last advance.
  private static func advanceWidths(_ hmtx: FontBytes, longMetrics: Int,
                                    numGlyphs: Int) throws(FontError) -> [UInt16] {
    var advances: [UInt16] = []
    advances.reserveCapacity(numGlyphs)
    for g in 0..<longMetrics { advances.append(try hmtx.u16(4 * g)) }
    let last = advances[longMetrics - 1]
    advances.append(contentsOf: repeatElement(last, count: numGlyphs - longMetrics))
    return advances
  }

  // MARK: - Characters to glyphs

  /// The glyph for `scalar`, or 0 (the font's "missing" box) when it has none.
  public func glyphIndex(for scalar: Unicode.Scalar) -> UInt16 {
    characterMap.glyph(for: scalar.value)
  }

  /// The pen advance after `glyph`, in font units; 0 for an index outside the font.
  public func advanceWidth(glyph: UInt16) -> Int {
    Int(glyph) < advances.count ? Int(advances[Int(glyph)]) : 0
  }

  /// The kerning adjustment between two glyphs, font units, from the 'kern' table
  /// (0 when the font has none). Add it to the pen between `left` and `right`.
  public func kerning(left: UInt16, right: UInt16) -> Int {
    kerningTable?.value(left: left, right: right) ?? 0
  }

  /// Whether the font has a 'kern' table this reader understands.
  public var hasKerning: Bool { kerningTable != nil }

  // MARK: - Glyph shapes

  /// Glyph `glyph`'s header (contour count and stored box); nil when it has no outline.
  public func glyphHeader(glyph: UInt16) throws(FontError) -> GlyphHeader? {
    try glyphs.header(glyph: Int(glyph))
  }

  /// Glyph `glyph`'s outline in font units (y up), composites resolved.
  public func glyphOutline(glyph: UInt16) throws(FontError) -> GlyphOutline {
    try glyphs.outline(glyph: Int(glyph))
  }

  /// Emits glyph `glyph` into `builder` in device pixels (y down), its baseline origin
  /// (the pen position) at `origin`, at `scale` pixels per font unit.
  ///
  /// The result depends only on (glyph, scale, origin), so a bitmap cache can key on
  /// (glyph, pixel size, subpixel x offset) and outline at origin (offset, 0).
  /// Nothing is emitted if the glyph is damaged.
  public func outline(glyph: UInt16, scale: Double, origin: Point,
                      into builder: inout PathBuilder) throws(FontError) {
    try outline(glyph: glyph, xScale: scale, yScale: scale, origin: origin, into: &builder)
  }

  /// As ``outline(glyph:scale:origin:into:)`` with separate horizontal and vertical
  /// scales (pixels per font unit), for vertical snapping (see ``FontFace``).
  public func outline(glyph: UInt16, xScale: Double, yScale: Double, origin: Point,
                      into builder: inout PathBuilder) throws(FontError) {
    // Decode fully before emitting, so a damaged glyph leaves the builder untouched.
    let shape = try glyphOutline(glyph: glyph)
    shape.emit(xScale: xScale, yScale: yScale, origin: origin, into: &builder)
  }
}

private func hex2(_ byte: UInt8) -> String {
  let digits = Array("0123456789ABCDEF")
  return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
}
