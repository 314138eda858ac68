// PolylineSimplifier: every vertex of the original stays within the tolerance of the
// simplified polyline (a brute-force check, not the algorithm's own bookkeeping), the
// ends stay, and straight or tiny inputs come out minimal.

import Foundation
import PlotCore
import Testing
import TestSupport
@testable import PlotRender

@Suite struct PolylineSimplifierTests {
  /// The distance from `p` to the nearest segment of `line`.
  static func distance(_ p: Point, to line: [Point]) -> Double {
    var best = Double.infinity
    for (a, b) in zip(line, line.dropFirst()) {
      best = min(best, PolylineSimplifier.squaredDistance(p, segment: a, b).squareRoot())
    }
    return line.count == 1 ? ((p.x - line[0].x) * (p.x - line[0].x)
      + (p.y - line[0].y) * (p.y - line[0].y)).squareRoot() : best
  }

  @Test(arguments: [0.05, 0.15, 0.25, 1.0])
  func randomWalksStayWithinTolerance(_ tolerance: Double) {
    var random = SplitMix64(seed: 15)
    var simplifier = PolylineSimplifier()
    for _ in 0..<40 {
      var points: [Point] = []
      var p = Point(0, 0)
      for _ in 0..<(2 + Int(random.next() % 600)) {
        p = Point(p.x + random.uniform(0...2), p.y + random.uniform(-1.5...1.5))
        points.append(p)
      }
      let kept = simplifier.simplify(points[...], tolerance: tolerance)
      #expect(kept.first == points.first && kept.last == points.last)
      #expect(kept.count <= points.count)
      let worst = points.map { Self.distance($0, to: kept) }.max() ?? 0
      #expect(worst <= tolerance + 1e-9, "worst \(worst) px at tolerance \(tolerance)")
    }
  }

  @Test func aStraightLineKeepsItsEnds() {
    var simplifier = PolylineSimplifier()
    let line = (0...1000).map { Point(Double($0), 0.5 * Double($0)) }
    #expect(simplifier.simplify(line[...], tolerance: 0.01) == [line[0], line[1000]])
  }

  /// A sampled smooth curve (S at 1280 columns) needs a few dozen vertices, not 1281.
  @Test func aSmoothCurveNeedsFewVertices() {
    var simplifier = PolylineSimplifier()
    let curve = (0...1280).map { i -> Point in
      let x = Double(i) / 64 - 10
      return Point(Double(i), 600 - 560 / (1 + exp(-x)))
    }
    let kept = simplifier.simplify(curve[...], tolerance: 0.15)
    #expect(kept.count < 100, "\(kept.count) vertices")
    #expect(curve.map { Self.distance($0, to: kept) }.max()! <= 0.15)
  }

  @Test func shortInputsComeBackAsTheyAre() {
    var simplifier = PolylineSimplifier()
    #expect(simplifier.simplify([][...], tolerance: 0.25).isEmpty)
    #expect(simplifier.simplify([Point(1, 2)][...], tolerance: 0.25) == [Point(1, 2)])
    let two = [Point(1, 2), Point(3, 4)]
    #expect(simplifier.simplify(two[...], tolerance: 0.25) == two)
  }
}
