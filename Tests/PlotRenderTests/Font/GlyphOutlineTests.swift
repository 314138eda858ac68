// Tests for GlyphOutline.emit: TrueType's implied on-curve points and the y flip,
// on hand-made outlines whose expected path is worked out here.

import Testing
import PlotCore
@testable import PlotRender

@Suite struct GlyphOutlineTests {
  private func outline(_ points: [(Double, Double, Bool)]) -> GlyphOutline {
    var o = GlyphOutline()
    o.points = points.map { .init(x: $0.0, y: $0.1, onCurve: $0.2) }
    o.contourEnds = [points.count]
    return o
  }

  private func emit(_ o: GlyphOutline, scale: Double = 1, origin: Point = Point(0, 0)) -> Path? {
    var b = PathBuilder()
    b.flatteningTolerance = 1e9  // one segment per quad: the path is its end points
    o.emit(xScale: scale, yScale: scale, origin: origin, into: &b)
    return b.finish()
  }

  @Test func flipsYAboutTheBaselineOrigin() {
    let square = outline([(0, 0, true), (10, 0, true), (10, 20, true), (0, 20, true)])
    let path = emit(square, scale: 0.5, origin: Point(100, 50))
    #expect(path?.points == [Point(100, 50), Point(105, 50), Point(105, 40), Point(100, 40)])
  }

  /// Four off-curve points (a TrueType "circle"): the contour starts at the implied
  /// midpoint of the last and first, and every quad ends at the next midpoint.
  @Test func allOffCurveContourUsesImpliedMidpoints() {
    let c = outline([(0, 10, false), (10, 10, false), (10, 0, false), (0, 0, false)])
    let path = emit(c)
    #expect(path?.points == [Point(0, -5), Point(5, -10), Point(10, -5), Point(5, 0), Point(0, -5)])
  }

  @Test func contourStartingOffCurveStartsAtTheLastOnCurvePoint() {
    let c = outline([(5, 10, false), (10, 0, true), (0, 0, true)])
    let path = emit(c)
    // Start at (0,0) (last, on-curve), curve via (5,10) to (10,0), close back.
    #expect(path?.points == [Point(0, 0), Point(10, 0)])
  }

  @Test func lonePointsAreNotInk() {
    var o = outline([(0, 0, true), (10, 0, true), (10, 10, true)])
    o.points.append(.init(x: 50, y: 50, onCurve: true))
    o.contourEnds.append(4)
    #expect(emit(o)?.contourEnds == [3])
  }
}
