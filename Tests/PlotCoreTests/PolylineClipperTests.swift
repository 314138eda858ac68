import Testing
@testable import PlotCore

@Suite struct PolylineClipperTests {
  static func clip(_ points: [Point]) -> SampledCurve {
    var c = PolylineClipper(points: [], runEnds: [], minY: 0, maxY: 10)
    c.move(to: points[0])
    for p in points.dropFirst() { c.line(to: p) }
    c.closeRun()
    return SampledCurve(points: c.points, runEnds: c.runEnds)
  }

  @Test func insidePolylinePassesThrough() {
    let pts = [Point(0, 1), Point(1, 5), Point(2, 9)]
    #expect(Self.clip(pts) == SampledCurve(points: pts, runEnds: [3]))
  }

  @Test func crossingsAreCutAtTheEdgesIntoRuns() {
    // In, out through the bottom (y = 10), back in, out through the top (y = 0).
    let s = Self.clip([Point(0, 5), Point(2, 15), Point(4, 5), Point(6, -5)])
    #expect(s.runEnds == [2, 5])
    #expect(s.points == [
      Point(0, 5), Point(1, 10),  // 5 -> 15 meets 10 halfway
      Point(3, 10), Point(4, 5), Point(5, 0),
    ])
  }

  @Test func segmentsWhollyOutsideOrOnlyTouchingAreDropped() {
    #expect(Self.clip([Point(0, -5), Point(1, -1), Point(2, 20)]).runEnds == [2])
    #expect(Self.clip([Point(0, -5), Point(1, 0), Point(2, -5)]).points.isEmpty, "touches 0")
    #expect(Self.clip([Point(0, 11), Point(9, 12)]).points.isEmpty)
  }
}
