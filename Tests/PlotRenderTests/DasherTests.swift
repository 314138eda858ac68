import Foundation
import PlotCore
import Testing

@testable import PlotRender

/// The dasher against an arc-length oracle: a point at distance t along the polyline is
/// in a dash exactly when (t + phase) mod (on + off) < on.
@Suite struct DasherTests {
  /// Arc length of `points` as a polyline.
  func length(_ points: some Collection<Point>) -> Double {
    zip(points, points.dropFirst()).reduce(0) { $0 + hypot($1.1.x - $1.0.x, $1.1.y - $1.0.y) }
  }

  /// Distance along `polyline` of its point nearest `p` (the polyline must not cross itself).
  func arcPosition(of p: Point, on polyline: [Point]) -> (t: Double, off: Double) {
    var best = (t: 0.0, off: Double.infinity)
    var walked = 0.0
    for (a, b) in zip(polyline, polyline.dropFirst()) {
      let l = hypot(b.x - a.x, b.y - a.y)
      guard l > 0 else { continue }
      let u = Swift.max(0, Swift.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (l * l)))
      let q = Point(a.x + u * (b.x - a.x), a.y + u * (b.y - a.y))
      let d = hypot(p.x - q.x, p.y - q.y)
      if d < best.off { best = (walked + u * l, d) }
      walked += l
    }
    return best
  }

  /// The dashes' [start, end] arc intervals the pattern calls for along `total`.
  func expectedDashes(total: Double, _ dash: Dash) -> [(Double, Double)] {
    var out: [(Double, Double)] = []
    var start = -dash.phase
    while start < total {
      let s = Swift.max(0, start), e = Swift.min(total, start + dash.on)
      if e > s { out.append((s, e)) }
      start += dash.on + dash.off
    }
    return out
  }

  func expectDashesFollowPattern(_ polyline: [Point], _ dash: Dash,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
    var out = Polylines()
    Dasher().append(dashesOf: polyline, dash: dash, to: &out)
    let want = expectedDashes(total: length(polyline), dash)
    #expect(out.count == want.count, "dash count", sourceLocation: sourceLocation)
    for i in 0..<Swift.min(out.count, want.count) {
      let run = Array(out.run(i))
      let start = arcPosition(of: run.first!, on: polyline)
      let end = arcPosition(of: run.last!, on: polyline)
      // On the line, starting and ending where the pattern says, as long as the arc
      // between them (so it follows the polyline through its vertices).
      #expect(start.off < 1e-9 && end.off < 1e-9, "dash \(i) off the line",
              sourceLocation: sourceLocation)
      #expect(abs(start.t - want[i].0) < 1e-9 && abs(end.t - want[i].1) < 1e-9,
              "dash \(i): \(start.t)...\(end.t), want \(want[i])", sourceLocation: sourceLocation)
      #expect(abs(length(run) - (want[i].1 - want[i].0)) < 1e-9,
              "dash \(i) cuts a corner", sourceLocation: sourceLocation)
      for p in run { #expect(arcPosition(of: p, on: polyline).off < 1e-9, sourceLocation: sourceLocation) }
    }
  }

  @Test(arguments: [0.0, 3.0, 7.5, 9.99])
  func straightLineFollowsThePattern(phase: Double) {
    expectDashesFollowPattern([Point(1, 2), Point(61.3, 30)], Dash(on: 6, off: 4, phase: phase))
  }

  @Test func dashesTurnCornersWithThePolyline() {
    // A zigzag with segments shorter and longer than a dash, so dashes span vertices.
    let zigzag = [Point(0, 0), Point(3, 4), Point(10, 4), Point(11, 20), Point(30, 21), Point(30.5, 22)]
    expectDashesFollowPattern(zigzag, Dash(on: 6, off: 4, phase: 3))
    expectDashesFollowPattern(zigzag, Dash(on: 1.5, off: 0.75))
  }

  @Test func repeatedPointsAreSkipped() {
    let line = [Point(0, 0), Point(5, 0), Point(5, 0), Point(12, 0)]
    expectDashesFollowPattern(line, Dash(on: 4, off: 2, phase: 1))
  }

  @Test func invalidPatternKeepsTheLineWhole() {
    var out = Polylines()
    let line = [Point(0, 0), Point(9, 9)]
    Dasher().append(dashesOf: line, dash: Dash(on: 0, off: 4), to: &out)
    #expect(out.count == 1 && Array(out.run(0)) == line)
  }

  /// Dashing appends to what `out` holds, one run per dash.
  @Test func appendsAfterExistingRuns() {
    var out = Polylines()
    out.append(run: [Point(0, 0), Point(1, 1)])
    Dasher().append(dashesOf: [Point(0, 0), Point(20, 0)], dash: Dash(on: 5, off: 5), to: &out)
    #expect(out.count == 3)
    #expect(Array(out.run(1)) == [Point(0, 0), Point(5, 0)])
    #expect(Array(out.run(2)) == [Point(10, 0), Point(15, 0)])
  }
}
