import Testing

@testable import PlotRender

@Suite struct GlyphCacheTests {
  /// Every inked pixel of `b` as (x, y, alpha), x and y relative to the pen pixel.
  static func ink(_ b: GlyphBitmap) -> Set<[Int]> {
    var out = Set<[Int]>()
    for y in 0..<b.height {
      for x in 0..<b.width where b.alphas[y * b.width + x] != 0 {
        out.insert([b.left + x, b.top + y, Int(b.alphas[y * b.width + x])])
      }
    }
    return out
  }

  @Test func trimmingKeepsEveryInkedPixelInPlace() {
    // 6 × 5 with blank rows 0 and 4 and blank columns 0, 4 and 5.
    let alphas: [UInt8] = [
      0, 0, 0, 0, 0, 0,
      0, 9, 0, 0, 0, 0,
      0, 0, 0, 255, 0, 0,
      0, 0, 7, 0, 0, 0,
      0, 0, 0, 0, 0, 0,
    ]
    let padded = GlyphBitmap(left: -2, top: -7, width: 6, height: 5, alphas: alphas)
    let trimmed = GlyphCache.trimmed(padded)
    #expect(Self.ink(trimmed) == Self.ink(padded))
    #expect(trimmed.width == 3 && trimmed.height == 3 && trimmed.alphas.count == 9)
    #expect(trimmed.left == -1 && trimmed.top == -6)
  }

  @Test func aBlankBitmapTrimsToNothing() {
    let blank = GlyphCache.trimmed(GlyphBitmap(left: 3, top: 1, width: 4, height: 2,
                                               alphas: [UInt8](repeating: 0, count: 8)))
    #expect(blank.width == 0 && blank.height == 0 && blank.alphas.isEmpty)
  }
}
