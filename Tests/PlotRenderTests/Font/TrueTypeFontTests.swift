// Tests for TrueTypeFont on the system's DejaVu Sans, checked against a naive second
// reading of the same tables (NaiveFontTables), plus synthetic character maps.

import Testing
import PlotCore
@testable import PlotRender

@Suite struct TrueTypeFontTests {
  let font = TestFonts.dejaVu
  let naive = NaiveFontTables(TestFonts.dejaVuBytes)

  @Test func metricsComeFromHeadAndHhea() {
    let head = naive.offset("head")
    let hhea = naive.offset("hhea")
    let bytes = naive.bytes
    #expect(font.unitsPerEm == NaiveFontTables.u16(bytes, head + 18))
    #expect(font.ascender == NaiveFontTables.i16(bytes, hhea + 4))
    #expect(font.descender == NaiveFontTables.i16(bytes, hhea + 6))
    #expect(font.lineGap == NaiveFontTables.i16(bytes, hhea + 8))
    #expect(font.numGlyphs == NaiveFontTables.u16(bytes, naive.offset("maxp") + 4))
    #expect(font.ascender > 0 && font.descender < 0)
  }

  @Test func mapsCharactersTheViewerDraws() {
    for scalar: Unicode.Scalar in ["A", "0", "\u{2212}", "x", "é"] {
      let g = font.glyphIndex(for: scalar)
      #expect(g != 0, "\(scalar) should have a glyph")
      #expect(Int(g) < font.numGlyphs)
    }
    #expect(font.glyphIndex(for: "\u{E000}") == 0)  // private use: unmapped
    #expect(font.glyphIndex(for: "\u{10FFFD}") == 0)
    #expect(font.glyphIndex(for: "A") != font.glyphIndex(for: "B"))
  }

  /// DejaVu carries both a (3,10) format 12 and a (3,1) format 4 map. Hiding the
  /// format 12 one (and the platform-0 ones) makes the reader fall back to format 4,
  /// whose idDelta / idRangeOffset arithmetic must then agree on the whole BMP.
  @Test func format4AndFormat12MapsAgreeOnTheWholeBMP() throws {
    var bytes = TestFonts.dejaVuBytes
    let cmap = naive.offset("cmap")
    let count = NaiveFontTables.u16(bytes, cmap + 2)
    for i in 0..<count {
      let record = cmap + 4 + 8 * i
      let platform = NaiveFontTables.u16(bytes, record)
      let encoding = NaiveFontTables.u16(bytes, record + 2)
      if !(platform == 3 && encoding == 1) { bytes[record + 1] = 9 }  // unknown platform
    }
    let format4Only = try TrueTypeFont(bytes: bytes)
    var mismatches = 0
    for code in 0...0xFFFF {
      guard let scalar = Unicode.Scalar(code) else { continue }
      if font.glyphIndex(for: scalar) != format4Only.glyphIndex(for: scalar) { mismatches += 1 }
    }
    #expect(mismatches == 0)
    #expect(format4Only.glyphIndex(for: "\u{2212}") != 0)
  }

  @Test func advanceWidthsMatchHmtxIncludingTheRepeatedLastOne() {
    for scalar: Unicode.Scalar in ["A", "0", "\u{2212}", "x", " ", "i", "W"] {
      let g = font.glyphIndex(for: scalar)
      #expect(font.advanceWidth(glyph: g) > 0)
      #expect(font.advanceWidth(glyph: g) == naive.advance(glyph: Int(g)))
    }
    // Glyphs past numberOfHMetrics reuse the last advance.
    #expect(naive.numberOfHMetrics < font.numGlyphs, "DejaVu should exercise the repeat")
    for g in naive.numberOfHMetrics..<font.numGlyphs {
      #expect(font.advanceWidth(glyph: UInt16(g)) == naive.advance(glyph: g))
    }
    #expect(font.advanceWidth(glyph: UInt16(font.numGlyphs)) == 0)
  }

  @Test func kerningMatchesALinearScanOfThePairs() {
    #expect(font.hasKerning)
    let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("A", "V"), ("T", "o"), ("L", "T"),
                                                     ("V", "a"), ("x", "x"), ("S", "i")]
    var nonZero = 0
    for (l, r) in pairs {
      let gl = font.glyphIndex(for: l)
      let gr = font.glyphIndex(for: r)
      let want = naive.kerning(left: Int(gl), right: Int(gr))
      #expect(font.kerning(left: gl, right: gr) == want, "\(l)\(r)")
      if want != 0 { nonZero += 1 }
    }
    #expect(nonZero >= 2, "the sample should include real kerning pairs")
  }

  private func path(_ scalar: Unicode.Scalar, scale: Double = 0.02,
                    origin: Point = Point(5, 50)) throws -> Path? {
    var builder = PathBuilder()
    try font.outline(glyph: font.glyphIndex(for: scalar), scale: scale, origin: origin,
                     into: &builder)
    return builder.finish()
  }

  @Test func contourCountsOfSimpleGlyphs() throws {
    #expect(try path("o")?.contourEnds.count == 2)
    #expect(try path("i")?.contourEnds.count == 2)
    #expect(try path("l")?.contourEnds.count == 1)
    #expect(try path("B")?.contourEnds.count == 3)
    #expect(try path(" ") == nil)  // space has no outline
  }

  /// 'H' is all straight lines, so its path's box is exactly the header box scaled,
  /// with y flipped about the baseline.
  @Test func outlineOfHFillsItsHeaderBox() throws {
    let g = Int(font.glyphIndex(for: "H"))
    let h = naive.glyphHeader(g)
    let scale = 0.0173
    let origin = Point(12.25, 40.5)
    let points = try #require(try path("H", scale: scale, origin: origin)).points
    let tolerance = 1e-9
    #expect(abs(points.map(\.x).min()! - (origin.x + Double(h.xMin) * scale)) < tolerance)
    #expect(abs(points.map(\.x).max()! - (origin.x + Double(h.xMax) * scale)) < tolerance)
    #expect(abs(points.map(\.y).min()! - (origin.y - Double(h.yMax) * scale)) < tolerance)
    #expect(abs(points.map(\.y).max()! - (origin.y - Double(h.yMin) * scale)) < tolerance)
    let header = try #require(try font.glyphHeader(glyph: UInt16(g)))
    #expect(header.bounds == GlyphBounds(xMin: h.xMin, yMin: h.yMin, xMax: h.xMax, yMax: h.yMax))
  }

  /// Every glyph's decoded points span the box its header stores: a check on flags,
  /// repeats and both delta encodings across thousands of real glyphs. DejaVu's own
  /// headers are one unit off for a few dozen glyphs (fontTools decodes those the same
  /// way we do), so the oracle allows one unit and demands exactness for 99%.
  @Test func everyGlyphsPointsSpanItsHeaderBox() throws {
    var offByOne = 0
    var wrong: [Int] = []
    var checked = 0
    for g in 0..<font.numGlyphs {
      let outline = try font.glyphOutline(glyph: UInt16(g))
      guard let b = outline.controlBounds else { continue }
      checked += 1
      let h = naive.glyphHeader(g)
      let errors = [b.xMin - Double(h.xMin), b.yMin - Double(h.yMin),
                    b.xMax - Double(h.xMax), b.yMax - Double(h.yMax)].map(abs)
      if errors.allSatisfy({ $0 == 0 }) { continue }
      if errors.allSatisfy({ $0 <= 1 }) { offByOne += 1 } else { wrong.append(g) }
    }
    #expect(wrong.count == 0, "glyphs whose points miss their header box: \(wrong.prefix(20))")
    #expect(offByOne * 100 <= checked, "\(offByOne) of \(checked) glyphs off by one unit")
    #expect(checked > 5000)
  }

  /// 'é' and 'Ä' are composites in DejaVu (checked here, not assumed); Ä's dieresis
  /// is offset in both x and y. Each outline must be its components' outlines, each
  /// moved by the offset the composite record gives.
  @Test(arguments: ["é", "Ä"] as [Unicode.Scalar])
  func compositeGlyphIsTheUnionOfItsComponents(_ scalar: Unicode.Scalar) throws {
    let g = Int(font.glyphIndex(for: scalar))
    #expect(naive.glyphHeader(g).contours < 0, "\(scalar) should be composite in DejaVu Sans")

    // Read the component records naively: flags, glyph, two offsets, no scale.
    let bytes = naive.bytes
    var at = naive.glyphStart(g) + 10
    var expected = GlyphOutline()
    while true {
      let flags = NaiveFontTables.u16(bytes, at)
      let component = NaiveFontTables.u16(bytes, at + 2)
      #expect(flags & 0x0002 != 0 && flags & 0x00C8 == 0, "test assumes plain offsets")
      let words = flags & 0x0001 != 0
      let dx = words ? NaiveFontTables.i16(bytes, at + 4) : Int(Int8(bitPattern: bytes[at + 4]))
      let dy = words ? NaiveFontTables.i16(bytes, at + 6) : Int(Int8(bitPattern: bytes[at + 5]))
      at += words ? 8 : 6
      let part = try font.glyphOutline(glyph: UInt16(component))
      #expect(part.contourCount > 0)
      let base = expected.points.count
      expected.points += part.points.map {
        .init(x: $0.x + Double(dx), y: $0.y + Double(dy), onCurve: $0.onCurve)
      }
      expected.contourEnds += part.contourEnds.map { base + $0 }
      if flags & 0x0020 == 0 { break }
    }
    let composite = try font.glyphOutline(glyph: UInt16(g))
    #expect(composite == expected)
    var builder = PathBuilder()
    try font.outline(glyph: UInt16(g), scale: 0.01, origin: Point(0, 30), into: &builder)
    #expect(builder.finish()?.contourEnds.count == expected.contourCount)
  }

  @Test func compositeThatIncludesItselfIsAnErrorNotARecursion() throws {
    let g = Int(font.glyphIndex(for: "é"))
    var bytes = TestFonts.dejaVuBytes
    let component = naive.glyphStart(g) + 12
    bytes[component] = UInt8(g >> 8)
    bytes[component + 1] = UInt8(g & 0xFF)
    let damaged = try TrueTypeFont(bytes: bytes)
    #expect(throws: FontError.self) { try damaged.glyphOutline(glyph: UInt16(g)) }
    do {
      _ = try damaged.glyphOutline(glyph: UInt16(g))
    } catch {
      #expect(error.description.contains("'glyf'") && error.description.contains("nests"))
    }
  }

  @Test func refusesOtherFlavoursWithAMessageThatSaysWhy() {
    func error(_ prefix: [UInt8]) -> FontError? {
      do { _ = try TrueTypeFont(bytes: prefix + [UInt8](repeating: 0, count: 64)); return nil }
      catch { return error }
    }
    #expect(error(Array("OTTO".utf8))?.description.contains("CFF") == true)
    #expect(error(Array("ttcf".utf8))?.description.contains("collection") == true)
    #expect(error([0x89, 0x50, 0x4E, 0x47])?.description
      == "not a TrueType font (it starts with bytes 89 50 4E 47)")
    #expect(error([0, 1, 0, 0])?.description.contains("missing") == true)
  }
}
