import Testing
@testable import PlotRender
import PlotCore

@Suite struct PathTests {
  @Test func dropsNonFiniteContours() {
    var b = PathBuilder()
    b.move(to: Point(0, 0)); b.line(to: Point(1, 0)); b.line(to: Point(.nan, 1))
    b.move(to: Point(0, 0)); b.line(to: Point(2, 0)); b.line(to: Point(2, 2))
    let path = b.finish()
    #expect(path?.contourEnds == [3])
    #expect(path?.points.first == Point(0, 0))
  }
}
