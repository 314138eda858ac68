import Foundation
import PlotCore
import TestSupport
import Testing

@testable import PlotRender

/// The raster computes areas in doubles and hands out Floats: this is far tighter than the
/// 1/255 a pixel can show, so any geometric mistake fails it.
let exactTolerance = 2e-6

@Suite struct CoverageRasterTests {
  @Test func trianglesMatchClippedShoelace() {
    var random = SplitMix64(seed: 1)
    var raster = CoverageRaster()
    for _ in 0..<150 {
      let t = (0..<3).map { _ in Point(random.uniform(-3...19), random.uniform(-3...13)) }
      let mask = raster.coverageMask(of: makePath([t]), width: 16, height: 10)
      let worst = maxDifference(mask, simplePolygonMask(t, width: 16, height: 10))
      #expect(worst.error < exactTolerance, "triangle \(t): pixel \(worst.index) off by \(worst.error)")
    }
  }

  @Test func convexAndConcavePolygonsMatchClippedShoelace() {
    let hexagon = (0..<6).map { k in
      Point(8.3 + 6.1 * cos(Double(k) * .pi / 3 + 0.2), 6.7 + 6.1 * sin(Double(k) * .pi / 3 + 0.2))
    }
    let arrow = [Point(1.2, 5.5), Point(7.7, 0.4), Point(7.7, 3.3), Point(15.1, 3.3),
                 Point(15.1, 7.6), Point(7.7, 7.6), Point(7.7, 10.8)]
    let comb = [Point(0.5, 0.5), Point(15.5, 0.5), Point(15.5, 9.5), Point(12.25, 9.5),
                Point(12.25, 2.75), Point(9.6, 2.75), Point(9.6, 9.5), Point(6.1, 9.5),
                Point(6.1, 2.75), Point(3.3, 9.5)]
    // Reaches past all four edges: the part left of the canvas must still carry winding.
    let oversized = [Point(-7.3, -2.2), Point(21.4, 4.1), Point(5.5, 14.7)]
    var raster = CoverageRaster()
    for polygon in [hexagon, arrow, comb, oversized, comb.reversed()] {
      let mask = raster.coverageMask(of: makePath([polygon]), width: 16, height: 11)
      let worst = maxDifference(mask, simplePolygonMask(polygon, width: 16, height: 11))
      #expect(worst.error < exactTolerance, "pixel \(worst.index) off by \(worst.error)")
    }
  }

  @Test func selfIntersectingStarFillsItsCentreUnderNonZero() {
    let star = (0..<5).map { k in
      let angle = Double(2 * k) * 2 * .pi / 5 - .pi / 2
      return Point(10.37 + 9 * cos(angle), 10.21 + 9 * sin(angle))
    }
    var raster = CoverageRaster()
    let mask = raster.coverageMask(of: makePath([star]), width: 21, height: 21)
    let worst = maxDifference(mask, nonzeroMask([star], width: 21, height: 21))
    #expect(worst.error < exactTolerance, "pixel \(worst.index) off by \(worst.error)")
    // Independent of the oracle: the filled star is a decagon, a fan of ten triangles
    // with sides R and r (inner radius r = R·sin 18°/sin 126°) meeting at 36°.
    let inner = 9 * sin(18 * Double.pi / 180) / sin(126 * Double.pi / 180)
    let starArea = 5 * 9 * inner * sin(36 * Double.pi / 180)
    let total = mask.reduce(0) { $0 + Double($1) }
    #expect(abs(total - starArea) < 1e-3, "star area \(total)")
  }

  @Test func overlappingAndOpposedContoursFollowNonZero() {
    let square = { (x: Double, y: Double, s: Double) in
      [Point(x, y), Point(x + s, y), Point(x + s, y + s), Point(x, y + s)]
    }
    let cases: [[[Point]]] = [
      [square(1.3, 1.6, 7.2), square(4.45, 3.1, 6.9)],  // same direction: union
      [square(1.3, 1.6, 7.2), square(4.45, 3.1, 6.9).reversed()],  // opposed: overlap is a hole
      [square(1.3, 1.6, 9.2), square(3.7, 3.9, 3.3).reversed(), square(2.2, 2.4, 5.1)],
      [square(0.7, 0.7, 5.5), square(0.7, 0.7, 5.5), square(0.7, 0.7, 5.5)],  // w = 3
    ]
    var raster = CoverageRaster()
    for contours in cases {
      let mask = raster.coverageMask(of: makePath(contours), width: 13, height: 12)
      let worst = maxDifference(mask, nonzeroMask(contours, width: 13, height: 12))
      #expect(worst.error < exactTolerance, "pixel \(worst.index) off by \(worst.error)")
    }
  }

  /// The strip sweep on every segment is the plain, slow reference; the fast path must
  /// give the same masks wherever it proves the sweep unnecessary.
  @Test func fastPathMatchesResolvingEverySegment() {
    var random = SplitMix64(seed: 7)
    var fast = CoverageRaster(), reference = CoverageRaster()
    reference.alwaysResolve = true
    var stroker = Stroker()
    for trial in 0..<40 {
      var path: Path
      if trial % 2 == 0 {
        let polygon = (0..<7).map { _ in Point(random.uniform(-2...26), random.uniform(-2...18)) }
        path = makePath([polygon])
      } else {
        let line = (0..<9).map { _ in Point(random.uniform(0...24), random.uniform(0...16)) }
        path = stroker.outline(of: line, stroke: Stroke(width: random.uniform(0.5...4)))
      }
      let a = fast.coverageMask(of: path, width: 24, height: 16)
      let b = reference.coverageMask(of: path, width: 24, height: 16)
      let worst = maxDifference(a, b.map(Double.init))
      #expect(worst.error < exactTolerance, "trial \(trial): pixel \(worst.index) off by \(worst.error)")
    }
  }

  /// A long smooth curve goes through the fast path almost everywhere; it must agree with
  /// the reference sweep on every row.
  @Test func longCurveFastPathMatchesReference() {
    let curve = (0...300).map { i in
      Point(Double(i), 20 + 160 / (1 + exp(-(Double(i) - 150) / 18)))
    }
    let path = Stroke(width: 2).outlinePath(curve)
    var fast = CoverageRaster(), reference = CoverageRaster()
    reference.alwaysResolve = true
    let a = fast.coverageMask(of: path, width: 300, height: 200)
    let b = reference.coverageMask(of: path, width: 300, height: 200)
    let worst = maxDifference(a, b.map(Double.init))
    #expect(worst.error < exactTolerance, "pixel \(worst.index) off by \(worst.error)")
    // The stroke covers width × length, give or take the caps' and joins' flattening.
    let total = a.reduce(0) { $0 + Double($1) }
    #expect(total > 2 * 300 && total < 2 * 300 * 1.6, "stroke area \(total)")
  }

  @Test(arguments: [
    ClipRect(x0: 5, y0: 3, x1: 13, y1: 9), ClipRect(x0: 9, y0: 0, x1: 30, y1: 5),
    ClipRect(x0: -4, y0: 6, x1: 3, y1: 40),
  ])
  func clipCutsExactlyAndLeavesTheRestUntouched(clip: ClipRect) {
    // A quad whose left side lies wholly left of the first clip (its winding must still
    // reach the pixels inside), and a bow-tie whose edges cross the clip lines.
    let quad = [Point(-4.3, 1.2), Point(16.6, 2.9), Point(19.1, 12.4), Point(-2.5, 11.7)]
    let bowTie = [Point(-4.3, 2.2), Point(27.6, 5.9), Point(11.1, 17.4), Point(3.3, -5.0)]
    var raster = CoverageRaster()
    var changedInside = 0
    for polygon in [quad, bowTie] {
      let path = makePath([polygon])
      let color = Color(red: 10, green: 90, blue: 200)
      var full = Canvas(width: 20, height: 14)
      raster.fill(path, color: color, into: &full)
      var clipped = Canvas(width: 20, height: 14)
      raster.fill(path, color: color, clip: clip, into: &clipped)
      let white = Color.white.argb
      for y in 0..<14 {
        for x in 0..<20 {
          let inside = x >= clip.x0 && x < clip.x1 && y >= clip.y0 && y < clip.y1
          if inside {
            #expect(clipped[x, y] == full[x, y], "pixel (\(x), \(y)) differs inside the clip")
            if clipped[x, y] != white { changedInside += 1 }
          } else {
            #expect(clipped[x, y] == white, "pixel (\(x), \(y)) outside the clip was touched")
          }
        }
      }
    }
    #expect(changedInside > 5)
  }

  @Test func fillRectMatchesOverlapProduct() {
    var raster = CoverageRaster()
    let rects: [(x0: Double, y0: Double, x1: Double, y1: Double)] = [
      (1.25, 2.5, 9.75, 3.1), (3.5, -2, 3.9, 20), (4.0, 4.0, 8.0, 6.0), (-3, 7.3, 40, 7.8),
      (2.2, 1.1, 2.6, 1.7),
    ]
    let color = Color(red: 200, green: 40, blue: 0)
    for rect in rects {
      var canvas = Canvas(width: 16, height: 10)
      raster.fillRect(rect, color: color, into: &canvas)
      var expected = Canvas(width: 16, height: 10)
      for y in 0..<10 {
        for x in 0..<16 {
          let w = max(0, min(rect.x1, Double(x + 1)) - max(rect.x0, Double(x)))
          let h = max(0, min(rect.y1, Double(y + 1)) - max(rect.y0, Double(y)))
          expected.blend(x: x, y: y, color: color, coverage: Float(w * h))
        }
      }
      #expect(canvas.pixels == expected.pixels, "rect \(rect)")
      // The general path agrees within one 8-bit step (its float path rounds differently).
      var viaPath = Canvas(width: 16, height: 10)
      let corners = [Point(rect.x0, rect.y0), Point(rect.x1, rect.y0), Point(rect.x1, rect.y1), Point(rect.x0, rect.y1)]
      raster.fill(makePath([corners]), color: color, into: &viaPath)
      let steps = zip(canvas.pixels, viaPath.pixels).map { abs(Int($0 & 0xFF_0000) - Int($1 & 0xFF_0000)) >> 16 }
      #expect(steps.max()! <= 1, "rect \(rect) differs from the path fill")
    }
  }
}

extension Stroke {
  /// Test shorthand: the outline of `polyline` with this stroke.
  func outlinePath(_ polyline: [Point]) -> Path {
    var stroker = Stroker()
    return stroker.outline(of: polyline, stroke: self)
  }
}
