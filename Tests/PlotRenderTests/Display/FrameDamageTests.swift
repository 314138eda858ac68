// Drawing only the tiles a frame changes (FrameDamage, TileMask, the masked blender):
// random frames of rectangles, tints, strokes (dashed or not) in a clip, disks, polygons and
// texts, each a few random changes from the one before (items moved, added, removed,
// recoloured, a shading edge moved, the clip changed), drawn by one backend into one
// reused canvas, must leave exactly the pixels a fresh backend draws on a fresh canvas;
// and frames that change little must actually be drawn in part.

import Foundation
import PlotCore
import TestSupport
import Testing

@testable import PlotRender

@Suite struct FrameDamageTests {
  static let size = (width: 300, height: 200)

  /// The frame's state: what a scene would vary between frames.
  struct Frame {
    var shadingEdge = 120.0
    var tintBox = Box(x0: 40.3, y0: 30.6, x1: 110.2, y1: 90.4)
    var clip = ClipRect(x0: 10, y0: 8, x1: 290, y1: 190)
    var curves: [[Point]] = []
    var dashed: [Bool] = []
    var dots: [Point] = []
    var label = "k = 1"
    var labelAt = Point(200, 40)
    var ink = Color(red: 0x1F, green: 0x77, blue: 0xB4)

    /// The display list, in a scene's order: clear, shading, tint, grid, clipped strokes,
    /// dots, a polygon, texts.
    func list() -> DisplayList {
      var list = DisplayList()
      list.begin(.background)
      list.clear(.white)
      list.begin(.underlay)
      list.fill(Box(x0: 0, y0: 0, x1: shadingEdge, y1: 200), Color(red: 245, green: 240, blue: 235),
                role: .shading)
      list.fill(tintBox, .black, opacity: 0.2, role: .selection)
      for x in stride(from: 15.0, to: 300, by: 37) {
        list.fill(Box(x0: x, y0: 0, x1: x + 1, y1: 200), Color(red: 200, green: 200, blue: 200),
                  role: .grid)
      }
      list.begin(.curves)
      list.beginClip(clip, role: .plotClip)
      for (points, dash) in zip(curves, dashed) {
        let first = list.runCount
        list.addRun(points)
        list.stroke(runsFrom: first, Stroke(width: 2.5), dash: dash ? Dash(on: 7, off: 4) : nil,
                    ink, role: .curve(.sigmoid))
      }
      list.endClip()
      list.begin(.dots)
      for d in dots { list.disk(center: d, radius: 3.5, ink, role: .markerDot(.sigmoid)) }
      list.polygon([[Point(250, 150), Point(280, 160), Point(262, 185)]], .black, role: .frame)
      list.begin(.text)
      list.text(TextRun(label, pixelSize: 13, at: labelAt, color: .black), role: .text(.title))
      list.text(TextRun("x", pixelSize: 11, at: Point(150, 196), anchor: .center, color: .black),
                role: .text(.title))
      list.text(TextRun("Value", pixelSize: 11, at: Point(9, 100), anchor: .center, rotation: .up,
                        color: .black), role: .text(.title))
      return list
    }
  }

  static func randomCurve(_ rng: inout SplitMix64) -> [Point] {
    let k = rng.uniform(0.02...0.3), mid = rng.uniform(60...240), top = rng.uniform(20...80)
    return stride(from: 0.0, through: 300, by: 1.5).map { x in
      Point(x, top + 120 / (1 + exp(-k * (x - mid))))
    }
  }

  /// One random change to `frame`.
  static func change(_ frame: inout Frame, _ rng: inout SplitMix64) {
    switch rng.next() % 9 {
    case 0: frame.shadingEdge = rng.uniform(0...300)
    case 1:
      let x = rng.uniform(0...200), y = rng.uniform(0...120)
      frame.tintBox = Box(x0: x, y0: y, x1: x + rng.uniform(5...100), y1: y + rng.uniform(5...80))
    case 2:
      if !frame.curves.isEmpty { frame.curves[Int(rng.next() % UInt64(frame.curves.count))] = randomCurve(&rng) }
    case 3:
      frame.curves.append(randomCurve(&rng))
      frame.dashed.append(rng.next() % 2 == 0)
    case 4:
      if !frame.curves.isEmpty {
        frame.curves.removeLast()
        frame.dashed.removeLast()
      }
    case 5: frame.dots.append(Point(rng.uniform(0...300), rng.uniform(0...200)))
    case 6: if !frame.dots.isEmpty { frame.dots.remove(at: Int(rng.next() % UInt64(frame.dots.count))) }
    case 7:
      frame.label = "k = \(Int(rng.next() % 200)).\(Int(rng.next() % 10))"
      if rng.next() % 3 == 0 { frame.labelAt = Point(rng.uniform(0...250), rng.uniform(12...190)) }
    default:
      if rng.next() % 4 == 0 {
        frame.clip = ClipRect(x0: Int(rng.next() % 40), y0: Int(rng.next() % 40),
                              x1: 300 - Int(rng.next() % 40), y1: 200 - Int(rng.next() % 40))
      } else {
        frame.ink = Color(red: UInt8(rng.next() % 256), green: 0x77, blue: 0xB4)
      }
    }
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func everyFrameDrawnInPartEqualsTheWholeFrame(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    var frame = Frame()
    frame.curves = [Self.randomCurve(&rng), Self.randomCurve(&rng)]
    frame.dashed = [false, true]
    frame.dots = [Point(100, 100)]
    var backend = RasterBackend(font: TestFonts.dejaVu)
    var reused = Canvas(width: Self.size.width, height: Self.size.height)
    var inPart = 0
    for step in 0..<60 {
      if step > 0 {
        for _ in 0..<(1 + Int(rng.next() % 3)) { Self.change(&frame, &rng) }
      }
      let list = frame.list()
      backend.draw(list, into: &reused)
      if backend.redrawnShare < 1 { inPart += 1 }
      var fresh = Canvas(width: Self.size.width, height: Self.size.height)
      var freshBackend = RasterBackend(font: TestFonts.dejaVu)
      freshBackend.draw(list, into: &fresh)
      let differing = zip(reused.pixels, fresh.pixels).filter { $0 != $1 }.count
      #expect(differing == 0, "seed \(seed), step \(step): \(differing) pixels differ")
    }
    #expect(inPart > 30, "most frames were drawn in part (\(inPart) of 60)")
  }

  @Test func anUnchangedFrameWritesNothingAndASmallChangeLittle() {
    var rng = SplitMix64(seed: 9)
    var frame = Frame()
    frame.curves = [Self.randomCurve(&rng)]
    frame.dashed = [false]
    var backend = RasterBackend(font: TestFonts.dejaVu)
    var canvas = Canvas(width: Self.size.width, height: Self.size.height)
    backend.draw(frame.list(), into: &canvas)
    #expect(backend.redrawnShare == 1, "the first frame is drawn whole")
    backend.draw(frame.list(), into: &canvas)
    #expect(backend.redrawnShare == 0)
    frame.label = "k = 2"
    backend.draw(frame.list(), into: &canvas)
    #expect(backend.redrawnShare > 0 && backend.redrawnShare < 0.1)
    // The shading's edge moves: the tiles inside both its old and new interiors stay.
    frame.shadingEdge = 140
    backend.draw(frame.list(), into: &canvas)
    #expect(backend.redrawnShare > 0 && backend.redrawnShare < 0.25)
  }

  @Test func aCanvasWrittenBehindTheBackendsBackIsDrawnWhole() {
    var backend = RasterBackend(font: TestFonts.dejaVu)
    var canvas = Canvas(width: Self.size.width, height: Self.size.height)
    let list = Frame().list()
    backend.draw(list, into: &canvas)
    canvas.pixels[5000] = 0xFF00_0000
    backend.draw(list, into: &canvas)
    #expect(backend.redrawnShare == 1)
    var fresh = Canvas(width: Self.size.width, height: Self.size.height)
    RasterBackend(font: TestFonts.dejaVu).drawing(list, into: &fresh)
    #expect(canvas.pixels == fresh.pixels)
    // Another canvas of the same size holds another frame: drawn whole too.
    var other = Canvas(width: Self.size.width, height: Self.size.height)
    backend.draw(list, into: &other)
    #expect(backend.redrawnShare == 1)
  }

  @Test func tileMaskMarksAndMeets() {
    var mask = TileMask(width: 100, height: 40)
    #expect(mask.tileColumns == 7 && mask.tileRows == 3)
    mask.mark(ClipRect(x0: 17, y0: 3, x1: 33, y1: 5))  // tiles 1...2 of row 0
    #expect(mask.fraction == 2.0 / 21)
    #expect(mask.meets(ClipRect(x0: 30, y0: 10, x1: 31, y1: 11)))
    #expect(!mask.meets(ClipRect(x0: 0, y0: 0, x1: 16, y1: 40)))
    #expect(!mask.meets(ClipRect(x0: 48, y0: 0, x1: 100, y1: 16)))
    // A box less the tiles wholly inside `kept`: the ring of tiles at its edge.
    mask.removeAll()
    mask.mark(ClipRect(x0: 0, y0: 0, x1: 100, y1: 40), except: ClipRect(x0: 10, y0: 10, x1: 90, y1: 40))
    #expect(mask.fraction == 13.0 / 21, "tiles 1...4 of rows 1 and 2 are kept")
    #expect(!mask.meets(ClipRect(x0: 16, y0: 16, x1: 80, y1: 40)))
  }
}

extension RasterBackend {
  /// Draws `list` with this (fresh) backend: a whole frame.
  fileprivate func drawing(_ list: DisplayList, into canvas: inout Canvas) {
    var backend = self
    backend.draw(list, into: &canvas)
  }
}
