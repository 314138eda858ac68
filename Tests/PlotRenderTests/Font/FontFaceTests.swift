// Tests for FontFace: widths from advances and kerning, and the vertical snapping
// that stands in for hinting.

import Testing
import PlotCore
@testable import PlotRender

@Suite struct FontFaceTests {
  let font = TestFonts.dejaVu

  @Test func measureIsAdvanceTimesScale() {
    for snapping in [VerticalSnapping.none, .light] {
      let face = FontFace(font: font, pixelSize: 16.6667, snapping: snapping)
      let scale = 16.6667 / Double(font.unitsPerEm)
      let x = font.advanceWidth(glyph: font.glyphIndex(for: "x"))
      let m = face.measure("x")
      #expect(abs(m.width - Double(x) * scale) < 1e-12)
      #expect(abs(m.ascent - Double(font.ascender) * face.yScale) < 1e-12)
      #expect(abs(m.descent + Double(font.descender) * face.yScale) < 1e-12)
    }
  }

  @Test func measureAddsKerningBetweenPairsOnlyWhenAsked() {
    let a = font.glyphIndex(for: "A")
    let v = font.glyphIndex(for: "V")
    let kern = font.kerning(left: a, right: v)
    #expect(kern != 0)
    let plain = Double(font.advanceWidth(glyph: a) + font.advanceWidth(glyph: v))
    let kerned = FontFace(font: font, pixelSize: 12, kerning: true)
    let unkerned = FontFace(font: font, pixelSize: 12, kerning: false)
    #expect(abs(kerned.measure("AV").width - (plain + Double(kern)) * kerned.xScale) < 1e-12)
    #expect(abs(unkerned.measure("AV").width - plain * unkerned.xScale) < 1e-12)
  }

  @Test func nonASCIIScalarsMeasureLikeASCIIOnes() {
    let face = FontFace(font: font, pixelSize: 14, kerning: false)
    let minus = font.advanceWidth(glyph: font.glyphIndex(for: "\u{2212}"))
    let one = font.advanceWidth(glyph: font.glyphIndex(for: "1"))
    #expect(abs(face.measure("\u{2212}1").width - Double(minus + one) * face.xScale) < 1e-12)
  }

  /// With light snapping the baseline is a whole pixel and so is the top of 'x',
  /// at every size the plot uses, while the horizontal scale stays exact.
  @Test func lightSnappingPutsBaselineAndXHeightOnPixelBoundaries() throws {
    for size in stride(from: 9.0, through: 20.0, by: 0.37) {
      let face = FontFace(font: font, pixelSize: size, snapping: .light)
      #expect(face.xScale == size / Double(font.unitsPerEm))
      // The scale change is small: at most the rounding of a few pixels.
      let x = try #require(try font.glyphHeader(glyph: font.glyphIndex(for: "x")))
      let xHeightPixels = Double(x.bounds.yMax) * face.xScale
      #expect(abs(face.yScale / face.xScale - 1) <= 0.625 / xHeightPixels)

      let placed = face.layout("x", at: Point(3.3, 27.6))
      #expect(placed.first?.origin == Point(3.3, 28))
      let path = try #require(face.path(for: "x", at: Point(3.3, 27.6)))
      let top = path.points.map(\.y).min()!
      let bottom = path.points.map(\.y).max()!
      #expect(abs(top - top.rounded()) < 1e-9, "x top at \(top) for size \(size)")
      #expect(abs(bottom - 28) < 1e-9)
    }
  }

  @Test func noSnappingKeepsExactPositions() throws {
    let face = FontFace(font: font, pixelSize: 13, snapping: .none)
    #expect(face.yScale == face.xScale)
    #expect(face.layout("x", at: Point(3.3, 27.6)).first?.origin == Point(3.3, 27.6))
  }

  @Test func layoutAdvancesThePenAndPathHasEveryGlyph() throws {
    let face = FontFace(font: font, pixelSize: 12, kerning: false)
    let placed = face.layout("lil", at: Point(10, 20))
    let advance = Double(font.advanceWidth(glyph: font.glyphIndex(for: "l"))) * face.xScale
    #expect(placed.map(\.origin.x) == [10, 10 + advance, 10 + 2 * advance])
    #expect(face.path(for: "lil", at: Point(10, 20))?.contourEnds.count == 4)
    #expect(face.path(for: "  ", at: Point(10, 20)) == nil)
  }

  @Test func inkBoundsOfLpSpanAscenderToDescender() throws {
    let face = FontFace(font: font, pixelSize: 16, snapping: .none)
    let ink = try #require(face.inkBounds(of: "lp"))
    let l = try #require(try font.glyphHeader(glyph: font.glyphIndex(for: "l"))).bounds
    let p = try #require(try font.glyphHeader(glyph: font.glyphIndex(for: "p"))).bounds
    #expect(abs(ink.minY + Double(max(l.yMax, p.yMax)) * face.yScale) < 1e-12)
    #expect(abs(ink.maxY + Double(min(l.yMin, p.yMin)) * face.yScale) < 1e-12)
    #expect(abs(ink.minX - Double(l.xMin) * face.xScale) < 1e-12)
  }
}
