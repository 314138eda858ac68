import Foundation
import PlotCore
import TestSupport
import Testing

@testable import PlotRender

@Suite struct StrokerTests {
  /// Rotates `points` by `degrees` about `centre` and shifts them by `shift`.
  func placed(_ points: [Point], degrees: Double, centre: Point, shift: Point) -> [Point] {
    let a = degrees * .pi / 180, c = cos(a), s = sin(a)
    return points.map {
      Point(centre.x + shift.x + $0.x * c - $0.y * s, centre.y + shift.y + $0.x * s + $0.y * c)
    }
  }

  /// Raster of the outline against the union of the stroke's convex pieces.
  func expectMatchesUnion(
    _ line: [Point], _ stroke: Stroke, size: Int, _ label: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var raster = CoverageRaster()
    let mask = raster.coverageMask(of: stroke.outlinePath(line), width: size, height: size)
    let oracle = nonzeroMask(strokePieces(line, stroke), width: size, height: size)
    let worst = maxDifference(mask, oracle)
    #expect(worst.error < exactTolerance,
            "\(label): pixel \(worst.index) off by \(worst.error)", sourceLocation: sourceLocation)
  }

  @Test(arguments: [0.0, 0.37, 0.81])
  func bentStrokesMatchUnionOfPiecesAtEveryAngle(offset: Double) {
    // A gentle bend, a sharp turn and a short hook: inner joins of both kinds.
    let line = [Point(-6, 2), Point(0, 0), Point(5, 1.5), Point(1.2, 3.4), Point(1.9, 4.6)]
    for degrees in stride(from: 0.0, to: 360, by: 7.5) {
      let placedLine = placed(line, degrees: degrees, centre: Point(10, 10), shift: Point(offset, offset / 2))
      expectMatchesUnion(placedLine, Stroke(width: 2), size: 20, "round \(degrees)°")
      expectMatchesUnion(placedLine, Stroke(width: 1.3, join: .miter(limit: 4), cap: .butt), size: 20,
                         "miter \(degrees)°")
    }
  }

  @Test func sharpTurnsLeaveNoGap() {
    // Turns from 90° to a full reversal; the pieces' union has no gap, so neither may the fill.
    for turn in stride(from: 90.0, through: 180, by: 5) {
      let a = turn * .pi / 180
      let line = [Point(2.3, 9.6), Point(12.4, 9.6), Point(12.4 - 6 * cos(a), 9.6 - 6 * sin(a))]
      expectMatchesUnion(line, Stroke(width: 3), size: 20, "turn \(turn)°")
      expectMatchesUnion(line, Stroke(width: 3, join: .miter(limit: 10), cap: .butt), size: 20,
                         "miter turn \(turn)°")
    }
  }

  /// Segments shorter than the width with sharp turns: the inner join must fall back to
  /// the vertex whenever the offset lines meet beyond a segment.
  @Test func shortSegmentZigzagsMatchUnion() {
    var random = SplitMix64(seed: 3)
    for trial in 0..<24 {
      var line = [Point(random.uniform(8...16), random.uniform(8...16))]
      for _ in 0..<6 {
        let last = line.last!
        line.append(Point(min(max(last.x + random.uniform(-3...3), 4), 20),
                          min(max(last.y + random.uniform(-3...3), 4), 20)))
      }
      let width = random.uniform(1...5)
      expectMatchesUnion(line, Stroke(width: width), size: 24, "zigzag \(trial)")
      expectMatchesUnion(line, Stroke(width: width, join: .miter(limit: 3), cap: .butt), size: 24,
                         "miter zigzag \(trial)")
    }
  }

  @Test func doubledBackPolylineHasNoBump() {
    var raster = CoverageRaster()
    for degrees in stride(from: 0.0, to: 180, by: 11.25) {
      let a = degrees * .pi / 180
      let start = Point(10.3 - 6 * cos(a), 9.8 - 6 * sin(a)), end = Point(10.3 + 6 * cos(a), 9.8 + 6 * sin(a))
      let middle = Point((start.x + end.x) / 2, (start.y + end.y) / 2)
      let single = raster.coverageMask(of: Stroke(width: 2.5).outlinePath([start, end]), width: 21, height: 20)
      for line in [[start, end, start, end], [start, end, middle, end], [start, middle, start, end]] {
        let doubled = raster.coverageMask(of: Stroke(width: 2.5).outlinePath(line), width: 21, height: 20)
        let worst = maxDifference(doubled, single.map(Double.init))
        #expect(worst.error < exactTolerance, "\(degrees)°: pixel \(worst.index) off by \(worst.error)")
      }
    }
  }

  @Test func roundCapOnALonePointIsADot() {
    let path = Stroke(width: 6).outlinePath([Point(5.5, 5.5)])
    #expect(path.contourEnds.count == 1)
    let area = abs(shoelace(Array(path.contour(0))))
    // The flattened circle lies between radius r − tolerance and r.
    #expect(area >= .pi * 2.9 * 2.9 && area <= .pi * 9)
    for p in path.points { #expect(abs(hypot(p.x - 5.5, p.y - 5.5) - 3) < 1e-9) }
    #expect(Stroke(width: 6, cap: .butt).outlinePath([Point(5.5, 5.5)]).isEmpty)
  }

  @Test func degenerateInputIsHandled() {
    #expect(Stroke(width: 2).outlinePath([]).isEmpty)
    #expect(Stroke(width: 0).outlinePath([Point(0, 0), Point(5, 5)]).isEmpty)
    #expect(Stroke(width: .nan).outlinePath([Point(0, 0), Point(5, 5)]).isEmpty)
    // Duplicates collapse: the same outline as without them.
    let plain = Stroke(width: 2).outlinePath([Point(1, 1), Point(6, 2), Point(9, 7)])
    let repeated = Stroke(width: 2).outlinePath(
      [Point(1, 1), Point(1, 1), Point(6, 2), Point(6, 2), Point(6, 2), Point(9, 7)])
    #expect(plain.points == repeated.points)
    // A NaN splits the line into two runs; a lone point between NaNs becomes a dot.
    let split = Stroke(width: 2).outlinePath(
      [Point(1, 1), Point(6, 2), Point(.nan, 3), Point(8, 8), Point(9, 9), Point(.infinity, 0), Point(4, 4)])
    #expect(split.contourEnds.count == 3)
    #expect(split.points.allSatisfy { $0.x.isFinite && $0.y.isFinite })
  }

  @Test func arcsStayWithinTolerance() {
    for radius in [0.3, 1.0, 4.0, 50.0] {
      var points: [Point] = [Point(radius, 0)]
      Stroker.arcPoints(center: Point(0, 0), radius: radius, from: Point(radius, 0),
                        sweep: -2 * .pi, tolerance: 0.1) { points.append($0) }
      for i in points.indices {
        let a = points[i], b = points[(i + 1) % points.count]
        let chordMiddle = hypot((a.x + b.x) / 2, (a.y + b.y) / 2)
        #expect(radius - chordMiddle <= 0.1 + 1e-12, "radius \(radius) sags \(radius - chordMiddle)")
      }
    }
  }
}

@Suite struct CanvasBlendTests {
  @Test func blendIsRoundedSourceOverInEightBitSRGB() {
    let colors = [Color(red: 0, green: 128, blue: 255), Color(red: 33, green: 201, blue: 77)]
    let backgrounds = [Color.white, Color(red: 17, green: 99, blue: 240), Color.black]
    for color in colors {
      for background in backgrounds {
        for step in 0...40 {
          let coverage = Float(step) / 40
          var canvas = Canvas(width: 1, height: 1, background: background)
          canvas.blend(x: 0, y: 0, color: color, coverage: coverage)
          let a = (Double(coverage) * 255).rounded()
          for shift in [0, 8, 16] {
            let s = Double((color.argb >> UInt32(shift)) & 0xFF)
            let d = Double((background.argb >> UInt32(shift)) & 0xFF)
            let want = UInt32((s * a / 255 + d * (1 - a / 255)).rounded())
            #expect((canvas[0, 0] >> UInt32(shift)) & 0xFF == want, "coverage \(coverage)")
          }
          #expect(canvas[0, 0] >> 24 == 0xFF)
        }
        var full = Canvas(width: 1, height: 1, background: background)
        full.blend(x: 0, y: 0, color: color, coverage: 1)
        #expect(full[0, 0] == color.argb | 0xFF00_0000)
        var none = Canvas(width: 1, height: 1, background: background)
        none.blend(x: 0, y: 0, color: color, coverage: 0.0019)
        #expect(none[0, 0] == background.argb | 0xFF00_0000)
      }
    }
  }
}
