// The sampler across a gap inside the view where the curve is undefined (NaN) and
// visible on both sides: the run must end before the gap and a new one start after it,
// never a segment bridging it. Under the log and logit scales a gap's edges fall to
// −infinity, off the plot, so a bridge there would be clipped away unseen; a function
// undefined between two finite values shows one.

import Glibc
import Testing
@testable import PlotCore

/// f(x) = x/2 outside [−1, 1], undefined (NaN) inside: finite, on screen, at both edges.
struct UndefinedBetweenOnes: PlotFunction {
  var names: FunctionNames { FunctionNames(commandLine: "gapped", legend: "Gapped", symbol: "G") }
  var parameters: [FunctionParameter] { [] }
  func value(at x: Double, _ p: ParameterValues) -> Double { x.magnitude < 1 ? .nan : x / 2 }
  func derivative(at x: Double, _ p: ParameterValues) -> Double { x.magnitude < 1 ? .nan : 0.5 }
  func secondDerivative(at x: Double, _ p: ParameterValues) -> Double { x.magnitude < 1 ? .nan : 0 }
  func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    let v = [value(at: x, p), derivative(at: x, p), secondDerivative(at: x, p)][order.rawValue]
    return v > 0 ? Glibc.log(v) : v == 0 ? -.infinity : .nan
  }
}

@Suite struct SamplerGapTests {
  static let plot = PixelRect(left: 70, top: 40, width: 1000, height: 600)!

  /// Over x in [−3, 3]: two runs, one each side of the gap, and no point or segment
  /// inside (−1, 1), however the view is shifted.
  @Test(arguments: [-3.0, -2.9, -3.0000001, -2.5])
  func runBreaksAtAGapInsideTheView(left: Double) {
    let curve = PlottedCurve(UndefinedBetweenOnes())
    let v = Viewport(xMin: left, xMax: 3, uMin: -2, uMax: 2, plot: Self.plot, yAxisScale: .linear)!
    let s = CurveSampler.sampled(curve, in: v)
    let gapLeft = v.pixelX(forX: -1), gapRight = v.pixelX(forX: 1)
    #expect(s.runEnds.count == 2, "left \(left): \(s.runEnds.count) runs")
    for i in s.runEnds.indices {
      let run = Array(s.run(i))
      #expect(!run.isEmpty)
      for p in run { #expect(p.x <= gapLeft + 1e-9 || p.x >= gapRight - 1e-9, "point in the gap at \(p)") }
      for (a, b) in zip(run, run.dropFirst()) {
        // The gap's edges are found to the last bit, so a bridge may start and end on them.
        #expect(b.x - a.x < (gapRight - gapLeft) / 2, "segment bridges the gap: \(a) to \(b)")
      }
    }
    // Each side reaches the gap's edge to within a pixel (found by bisection).
    guard s.runEnds.count == 2 else { return }
    #expect(gapLeft - s.run(0).last!.x < 1)
    #expect(s.run(1).first!.x - gapRight < 1)
  }
}
