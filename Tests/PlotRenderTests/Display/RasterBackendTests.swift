import PlotCore
import Testing

@testable import PlotRender

/// The pixel backend draws each kind of item as the raster pieces it stands for.
@Suite struct RasterBackendTests {
  func draw(_ build: (inout DisplayList) -> Void, size: Int = 40) -> Canvas {
    var list = DisplayList()
    build(&list)
    var backend = RasterBackend(font: TestFonts.dejaVu)
    var canvas = Canvas(width: size, height: size)
    backend.draw(list, into: &canvas)
    return canvas
  }

  static let ink = Color(red: 0x20, green: 0x40, blue: 0x80)

  @Test func polygonFillsLikeTheRaster() {
    let triangle = [Point(3, 2.5), Point(35.2, 11), Point(9.7, 33.3)]
    let square = [Point(20, 20), Point(30, 20), Point(30, 30), Point(20, 30)]
    let canvas = draw { $0.polygon([triangle, square], Self.ink, role: .frame) }
    var builder = PathBuilder()
    for contour in [triangle, square] {
      builder.move(to: contour[0])
      for p in contour.dropFirst() { builder.line(to: p) }
    }
    var raster = CoverageRaster()
    var want = Canvas(width: 40, height: 40)
    raster.fill(builder.finish()!, color: Self.ink, into: &want)
    #expect(canvas.pixels == want.pixels)
  }

  /// Undashed runs are one shape: their overlap is filled once, not blended twice.
  @Test func strokeRunsAreOneShape() {
    let a = [Point(2, 5), Point(38, 30)], b = [Point(2, 30), Point(38, 5)]
    let stroke = Stroke(width: 3)
    let canvas = draw { list in
      let first = list.runCount
      list.addRun(a)
      list.addRun(b)
      list.stroke(runsFrom: first, stroke, Self.ink, role: .curve(.sigmoid))
    }
    var stroker = Stroker(), path = Path()
    stroker.append(a, stroke: stroke, to: &path)
    stroker.append(b, stroke: stroke, to: &path)
    var raster = CoverageRaster()
    var want = Canvas(width: 40, height: 40)
    raster.fill(path, color: Self.ink, into: &want)
    #expect(canvas.pixels == want.pixels)
  }

  /// A horizontal butt-capped line on whole pixels, dashed 4 on 4 off from x = 2 with
  /// half a dash first: columns 2..<4 inked, 4..<8 blank, 8..<12 inked, …
  @Test func dashedStrokeLeavesTheGapsBlank() {
    let canvas = draw { list in
      let first = list.runCount
      list.addRun([Point(2, 11), Point(38, 11)])
      list.stroke(runsFrom: first, Stroke(width: 2, cap: .butt),
                  dash: Dash(on: 4, off: 4, phase: 2), Self.ink, role: .tangent)
    }
    for x in 0..<40 {
      let inDash = x >= 2 && x < 38 && (x - 2 + 2) % 8 < 4
      for y in [10, 11] {
        #expect(canvas[x, y] == (inDash ? Self.ink.argb : Color.white.argb), "pixel \(x), \(y)")
      }
      #expect(canvas[x, 9] == Color.white.argb && canvas[x, 12] == Color.white.argb)
    }
  }

  @Test func clipHoldsUntilItEnds() {
    let canvas = draw { list in
      list.beginClip(ClipRect(x0: 10, y0: 10, x1: 20, y1: 20), role: .plotClip)
      list.fill(Box(x0: 0, y0: 0, x1: 40, y1: 15), Self.ink, role: .grid)
      list.endClip()
      list.fill(Box(x0: 0, y0: 30, x1: 40, y1: 31), Self.ink, role: .grid)
    }
    for y in 0..<40 {
      for x in 0..<40 {
        let inked = (x >= 10 && x < 20 && y >= 10 && y < 15) || y == 30
        #expect(canvas[x, y] == (inked ? Self.ink.argb : Color.white.argb), "pixel \(x), \(y)")
      }
    }
  }

  /// A translucent rectangle is the colour blended at its opacity over whole pixels.
  @Test func translucentRectBlendsAtItsOpacity() {
    let canvas = draw { $0.fill(Box(x0: 4.4, y0: 5, x1: 9.6, y1: 7), Color.black, opacity: 0.5,
                                role: .selection) }
    let half = Canvas.blend(Color.black.argb, over: Color.white.argb, alpha: 128)
    for x in 0..<12 {
      #expect(canvas[x, 5] == (x >= 4 && x < 10 ? half : Color.white.argb), "column \(x)")
    }
    #expect(canvas[5, 4] == Color.white.argb && canvas[5, 7] == Color.white.argb)
  }

  /// A text run turned up, anchored at its start, is the centred one moved by half its
  /// length: the anchor says which point of the advance sits at the anchor point.
  @Test func rotatedTextHonoursItsAnchor() {
    let face = FontFace(font: TestFonts.dejaVu, pixelSize: 12)
    let half = face.measure("Value").width / 2
    let centred = draw({ $0.text(TextRun("Value", pixelSize: 12, at: Point(20, 30),
                                         anchor: .center, rotation: .up, color: Self.ink),
                                 role: .text(.yLabel)) }, size: 60)
    let started = draw({ $0.text(TextRun("Value", pixelSize: 12, at: Point(20, 30 + half),
                                         anchor: .left, rotation: .up, color: Self.ink),
                                 role: .text(.yLabel)) }, size: 60)
    #expect(centred.pixels == started.pixels)
    #expect(centred.pixels.contains { $0 != Color.white.argb })
  }
}
