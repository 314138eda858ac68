// Shared by the font tests: the committed DejaVu Sans as a TrueTypeFont, a deliberately
// naive table reader used as an oracle, and the damaged-font check loop.

import Foundation
import PlotCore
import TestSupport
@testable import PlotRender

enum TestFonts {
  /// The committed DejaVu Sans (Tests/Fonts), not the system's: see TestSupport's TestFont.
  static let dejaVuPath = TestFont.path

  /// The file's bytes, read once per test process.
  static let dejaVuBytes = TestFont.bytes

  static let dejaVu: TrueTypeFont = {
    do { return try TrueTypeFont(bytes: dejaVuBytes) } catch {
      fatalError("DejaVu Sans did not load: \(error)")
    }
  }()
}

/// A second, independent reading of a font's tables, written as plainly as possible
/// (linear scans, no shared code with the reader under test), to serve as an oracle.
/// It traps on bad input, so use it only on the real, intact font.
struct NaiveFontTables {
  let bytes: [UInt8]
  /// Tag → (offset, length) in the file.
  let tables: [String: (offset: Int, length: Int)]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var tables: [String: (Int, Int)] = [:]
    let count = Int(bytes[4]) << 8 | Int(bytes[5])
    for i in 0..<count {
      let r = 12 + 16 * i
      let tag = String(decoding: bytes[r..<(r + 4)], as: UTF8.self)
      tables[tag] = (Self.u32(bytes, r + 8), Self.u32(bytes, r + 12))
    }
    self.tables = tables
  }

  static func u16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
  static func i16(_ b: [UInt8], _ i: Int) -> Int { Int(Int16(bitPattern: UInt16(u16(b, i)))) }
  static func u32(_ b: [UInt8], _ i: Int) -> Int { u16(b, i) << 16 | u16(b, i + 2) }

  func offset(_ tag: String) -> Int { tables[tag]!.offset }

  var numberOfHMetrics: Int { Self.u16(bytes, offset("hhea") + 34) }

  /// The advance of `glyph` straight from 'hmtx'.
  func advance(glyph: Int) -> Int {
    let index = min(glyph, numberOfHMetrics - 1)
    return Self.u16(bytes, offset("hmtx") + 4 * index)
  }

  /// Where glyph `g`'s data starts in the file (via 'loca', either format).
  func glyphStart(_ g: Int) -> Int {
    let long = Self.i16(bytes, offset("head") + 50) == 1
    let loca = offset("loca")
    let local = long ? Self.u32(bytes, loca + 4 * g) : 2 * Self.u16(bytes, loca + 2 * g)
    return offset("glyf") + local
  }

  /// numberOfContours, xMin, yMin, xMax, yMax of glyph `g`.
  func glyphHeader(_ g: Int) -> (contours: Int, xMin: Int, yMin: Int, xMax: Int, yMax: Int) {
    let s = glyphStart(g)
    return (Self.i16(bytes, s), Self.i16(bytes, s + 2), Self.i16(bytes, s + 4),
            Self.i16(bytes, s + 6), Self.i16(bytes, s + 8))
  }

  /// The kerning value for a pair by scanning every pair of the first 'kern' subtable.
  func kerning(left: Int, right: Int) -> Int {
    let k = offset("kern")
    let pairs = Self.u16(bytes, k + 4 + 6)
    for i in 0..<pairs {
      let p = k + 4 + 14 + 6 * i
      if Self.u16(bytes, p) == left && Self.u16(bytes, p + 2) == right {
        return Self.i16(bytes, p + 4)
      }
    }
    return 0
  }
}

/// What happened to one damaged input: it was refused with an error, or it loaded and
/// every query gave results within their contracts. Anything else fails the test (or
/// crashes it, which is the failure this exists to find).
enum DamagedFontOutcome: Equatable {
  case refused(FontError)
  case loaded(glyphErrors: Int)
}

/// Loads `bytes` and, if that works, exercises every public query on a spread of
/// glyphs, checking each answer's contract. `problems` collects contract violations.
/// The glyph list is a stride over the font plus the text the viewer draws, so this
/// stays fast enough to call a few hundred times; widen `glyphStride` to go deeper.
func exerciseDamagedFont(_ bytes: [UInt8], glyphStride: Int = 211,
                         problems: inout [String]) -> DamagedFontOutcome {
  let font: TrueTypeFont
  do { font = try TrueTypeFont(bytes: bytes) } catch { return .refused(error) }

  var glyphErrors = 0
  let text = "Sigmoid Function and Its Derivative x Value −10 0.25 é Ä"
  var glyphs = Set(text.unicodeScalars.map { font.glyphIndex(for: $0) })
  glyphs.formUnion(stride(from: 0, to: font.numGlyphs, by: glyphStride).map { UInt16($0) })
  for scalar in text.unicodeScalars where Int(font.glyphIndex(for: scalar)) >= font.numGlyphs {
    problems.append("glyphIndex(\(scalar)) = \(font.glyphIndex(for: scalar)) ≥ numGlyphs")
  }
  for g in glyphs {
    if font.advanceWidth(glyph: g) < 0 { problems.append("negative advance for \(g)") }
    _ = font.kerning(left: g, right: g)
    do {
      _ = try font.glyphHeader(glyph: g)
      var builder = PathBuilder()
      try font.outline(glyph: g, scale: 0.01, origin: Point(3, 20), into: &builder)
      if let path = builder.finish(),
         !path.points.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) {
        problems.append("non-finite point in glyph \(g)")
      }
    } catch {
      glyphErrors += 1
      if error.description.isEmpty { problems.append("empty error message") }
    }
  }
  let face = FontFace(font: font, pixelSize: 13)
  let size = face.measure(text)
  if !(size.width.isFinite && size.ascent.isFinite && size.descent.isFinite) {
    problems.append("measure gave non-finite \(size)")
  }
  _ = face.path(for: text, at: Point(10.3, 40.6))
  return .loaded(glyphErrors: glyphErrors)
}
