// The clear that spares what later opaque fills cover, and the fills that skip blocks
// already holding their colour (Canvas, DamageMap): frames of random large opaque
// rectangles, scribbles and clears drawn on one canvas must leave exactly the pixels of
// the same frames drawn on a canvas that tracks nothing (every frame forgets what it
// knew, so its clears and fills write every pixel).

import PlotCore
import TestSupport
import Testing

@testable import PlotRender

@Suite struct CanvasSparedClearTests {
  /// A random rectangle of at least 64 × 64 pixels, fractional edges, partly off the
  /// canvas now and then.
  static func bigRect(_ random: inout SplitMix64, width: Int, height: Int)
    -> (x0: Double, y0: Double, x1: Double, y1: Double)
  {
    let w = Double(width), h = Double(height)
    let x0 = random.uniform(-20...Swift.max(-20, w - 70))
    let y0 = random.uniform(-20...Swift.max(-20, h - 70))
    return (x0, y0, x0 + random.uniform(64...Swift.max(64, w + 20)),
            y0 + random.uniform(64...Swift.max(64, h + 20)))
  }

  /// The whole pixels of `r` inside the canvas: what a fill writes at full coverage.
  static func interior(_ r: (x0: Double, y0: Double, x1: Double, y1: Double), width: Int,
                       height: Int) -> ClipRect {
    ClipRect(x0: Int(r.x0.rounded(.up)), y0: Int(r.y0.rounded(.up)),
             x1: Int(r.x1.rounded(.down)), y1: Int(r.y1.rounded(.down)))
      .intersection(ClipRect(x0: 0, y0: 0, x1: width, y1: height))
  }

  // 1100 px rows end mid-block and take two map words; 37 is one short block row.
  @Test(arguments: [(1100, 90), (37, 70), (256, 130)])
  func framesOnATrackingCanvasMatchAPlainOne(size: (width: Int, height: Int)) {
    let (width, height) = size
    var fast = Canvas(width: width, height: height)
    var plain = Canvas(width: width, height: height)
    var random = SplitMix64(seed: UInt64(width))
    let shades = [Color(red: 0xF6, green: 0xF3, blue: 0xEE), Color(red: 40, green: 90, blue: 200)]
    var rects = [Self.bigRect(&random, width: width, height: height),
                 Self.bigRect(&random, width: width, height: height)]
    for frame in 0..<40 {
      // Each frame moves the rectangles a little (a drag), sometimes a lot.
      for i in rects.indices {
        if random.next() % 4 == 0 {
          rects[i] = Self.bigRect(&random, width: width, height: height)
        } else {
          let d = random.uniform(-9...9)
          rects[i] = (rects[i].x0 + d, rects[i].y0 - d / 2, rects[i].x1 + d / 3, rects[i].y1)
        }
      }
      let background = frame % 13 == 12 ? Color(red: 30, green: 30, blue: 30) : Color.white
      let colors = (0..<2).map { _ in shades[Int(random.next() % 2)] }
      let spared = rects.map { Self.interior($0, width: width, height: height) }
      let scribbleSeed = random.next()
      for k in 0..<2 {
        var canvas = k == 0 ? fast : plain
        if k == 1 { canvas.pixels[0] = canvas.pixels[0] }  // forget: plain writes
        canvas.clear(to: background, sparing: k == 0 ? spared : [])
        var raster = CoverageRaster()
        CanvasTests.scribble(on: &canvas, seed: scribbleSeed)
        raster.fillRect(rects[0], color: colors[0], into: &canvas)
        CanvasTests.scribble(on: &canvas, seed: scribbleSeed &+ 1)
        raster.fillRect(rects[1], color: colors[1], into: &canvas)
        CanvasTests.scribble(on: &canvas, seed: scribbleSeed &+ 2)
        if k == 0 { fast = canvas } else { plain = canvas }
      }
      let differing = zip(fast.pixels, plain.pixels).filter { $0 != $1 }.count
      #expect(differing == 0, "frame \(frame): \(differing) pixels differ")
      // The plain canvas's clear was a full one; the tracking one's kept its knowledge.
    }
    // And a plain clear afterwards still removes everything.
    fast.clear(to: .white)
    #expect(CanvasTests.offPixels(fast, .white) == 0)
  }

  /// A fill of the tracked colour over blocks that hold it writes nothing there (the
  /// point of the map), and a fill of another colour over them is not skipped.
  @Test func fillsSkipOnlyBlocksHoldingTheirColour() {
    var canvas = Canvas(width: 64, height: 4)
    var raster = CoverageRaster()
    let shade = Color(red: 0xF6, green: 0xF3, blue: 0xEE), ink = Color(red: 1, green: 2, blue: 3)
    raster.fillRect((0, 0, 64, 4), color: shade, into: &canvas)
    // Behind the map's back? No: through the blender, which must clear the blocks' marks.
    canvas.blend(x: 20, y: 1, color: ink, coverage: 1)
    raster.fillRect((0, 0, 64, 4), color: shade, into: &canvas)
    #expect(canvas[20, 1] == shade.argb, "a block drawn on is rewritten")
    raster.fillRect((0, 0, 64, 4), color: ink, into: &canvas)
    #expect(CanvasTests.offPixels(canvas, ink) == 0, "another colour is never skipped")
    raster.fillRect((0, 0, 64, 4), color: shade, into: &canvas)
    #expect(CanvasTests.offPixels(canvas, shade) == 0)
  }
}
