import PlotCore
import TestSupport
import Testing

@testable import PlotRender

/// `clear` rewrites only what was drawn since the last clear (DamageMap): these check that
/// nothing drawn, by any route, survives it.
@Suite struct CanvasTests {
  /// Draws random rectangles, triangles and single pixels in random colours.
  static func scribble(on canvas: inout Canvas, seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var raster = CoverageRaster()
    let w = Double(canvas.width), h = Double(canvas.height)
    func color() -> Color {
      Color(red: UInt8(random.unit() * 255), green: UInt8(random.unit() * 255), blue: 7)
    }
    for _ in 0..<20 {
      let x = random.uniform(-5...w), y = random.uniform(-5...h)
      raster.fillRect((x, y, x + random.uniform(0...40), y + random.uniform(0...6)),
                      color: color(), into: &canvas)
      let triangle = (0..<3).map { _ in Point(random.uniform(-5...(w + 5)), random.uniform(-5...(h + 5))) }
      raster.fill(makePath([triangle]), color: color(), into: &canvas)
      canvas.blend(x: Int(random.unit() * w), y: Int(random.unit() * h), color: color(),
                   coverage: Float(random.unit()))
    }
  }

  /// How many pixels of `canvas` are not `color`.
  static func offPixels(_ canvas: Canvas, _ color: Color) -> Int {
    canvas.pixels.count { $0 != color.argb }
  }

  // 1100 px is 69 blocks of 16, so rows take two words of the map; 37 ends mid-block.
  @Test(arguments: [(1100, 7), (37, 5)])
  func clearRemovesEverythingDrawn(size: (width: Int, height: Int)) {
    let grey = Color(red: 30, green: 30, blue: 30)
    var canvas = Canvas(width: size.width, height: size.height)
    for seed in 1...4 as ClosedRange<UInt64> {
      Self.scribble(on: &canvas, seed: seed)
      #expect(Self.offPixels(canvas, .white) > 0, "the scribble drew something")
      canvas.clear(to: .white)
      #expect(Self.offPixels(canvas, .white) == 0, "seed \(seed)")
    }
    Self.scribble(on: &canvas, seed: 9)
    canvas.clear(to: grey)
    #expect(Self.offPixels(canvas, grey) == 0, "a new colour repaints everything")
    Self.scribble(on: &canvas, seed: 10)
    canvas.clear(to: grey)
    #expect(Self.offPixels(canvas, grey) == 0)
  }

  @Test func clearRemovesPixelsWrittenDirectly() {
    var canvas = Canvas(width: 40, height: 3)
    canvas.clear(to: .white)
    canvas.pixels[75] = Color.black.argb
    canvas.clear(to: .white)
    #expect(Self.offPixels(canvas, .white) == 0, "written through the subscript")
    canvas.pixels = Array(repeating: Color.black.argb, count: 120)
    canvas.clear(to: .white)
    #expect(Self.offPixels(canvas, .white) == 0, "replaced wholesale")
  }

  @Test func copiesClearIndependently() {
    var canvas = Canvas(width: 50, height: 6)
    Self.scribble(on: &canvas, seed: 3)
    var copy = canvas
    let drawn = canvas.pixels
    canvas.clear(to: .white)
    #expect(copy.pixels == drawn, "clearing one copy leaves the other alone")
    copy.clear(to: .white)
    #expect(Self.offPixels(copy, .white) == 0)
  }
}
