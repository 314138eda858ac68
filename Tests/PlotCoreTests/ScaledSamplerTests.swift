// The sampler under log and logit y: within a quarter pixel of the curve (oracle: the
// direct formula where the value is a normal double), S a straight line under logit, the
// tails drawn past underflow, and gaps where the scale is undefined.

import Foundation
import Testing
@testable import PlotCore

@Suite struct ScaledSamplerTests {
  static let plot = PixelRect(left: 70, top: 40, width: 1000, height: 600)!

  static func view(_ x: ClosedRange<Double>, _ u: ClosedRange<Double>, _ s: YScale) -> Viewport {
    Viewport(xMin: x.lowerBound, xMax: x.upperBound, uMin: u.lowerBound, uMax: u.upperBound,
      plot: plot, yAxisScale: s)!
  }

  static func fitted(_ x: ClosedRange<Double>, _ c: PlottedCurve, _ s: YScale) -> Viewport {
    view(x, ViewerState.fittedURange(over: x, curves: [c], scale: s), s)
  }

  static func cases(_ c: PlottedCurve, _ s: YScale) -> [(String, Viewport)] {
    [
      ("standard", fitted(-10...10, c, s)),
      ("wide", fitted(-60...60, c, s)),
      ("tails to 1e-300", fitted(-700...700, c, s)),
      ("zoomed", fitted(-0.01...0.02, c, s)),
      ("steep", view(-10...10, (c.scaledValue(-1, in: s) - 0.01)...(c.scaledValue(-1, in: s) + 0.01), s)),
      ("deep", fitted((-1 - 1e-9)...(-1 + 1e-9), c, s)),
      ("near the gap", fitted(-1e-3...1e-3, c, s)),
    ]
  }

  @Test(arguments: [YScale.log, .logit], PlottedCurve.sigmoidCurves)
  func polylineStaysWithinAQuarterPixel(scale: YScale, curve: PlottedCurve) {
    var sampler = CurveSampler()
    for (name, v) in Self.cases(curve, scale) {
      let s = sampler.sample(curve, in: v)
      var worst = 0.0
      var checked = 0
      for j in 0...Int(v.plot.width * 16) {
        let x = min(max(v.x(forPixelX: v.plot.left + Double(j) / 16), v.x.min), v.x.max)
        guard let u = YScaleTests.directU(curve, x, scale) else { continue }
        let p = Point(v.pixelX(forX: x), v.pixelY(forU: u))
        guard p.y >= v.plot.top && p.y <= v.plot.bottom else { continue }
        checked += 1
        worst = max(worst, CurveSamplerTests.distance(from: p, to: s))
      }
      let noise = 2 * max(abs(v.y.min), abs(v.y.max), 1).ulp * v.yScale
      #expect(worst <= CurveSampler.tolerance + noise, "\(curve) \(scale) \(name): \(worst) px")
      // A steep crossing of a thin band is only a few columns wide.
      #expect(checked > (name == "steep" ? 10 : 100), "\(curve) \(scale) \(name): only \(checked) visible")
    }
  }

  @Test func sigmoidUnderLogitIsStraight() {
    var sampler = CurveSampler()
    for x in [-10.0...10, -700...700, -1e-3...2e-3] {
      let v = Self.fitted(x, .sigmoid, .logit)
      let s = sampler.sample(.sigmoid, in: v)
      #expect(s.runEnds.count == 1 && s.points.count >= 2)
      let (a, b) = (s.points.first!, s.points.last!)
      for p in s.points {
        let d = CurveSamplerTests.segmentDistance(p, a, b)
        #expect(d <= 0.01, "\(x): \(p) is \(d) px off the line")
      }
    }
  }

  /// S' on a log axis over ±800: the line runs to the plot's ends at u ≈ -347.4 although
  /// S'(±800) is 0 as a double, matching the exact scaled value there.
  @Test func derivativeTailsAreDrawnPastUnderflow() {
    let v = Self.fitted(-800...800, .sigmoidDerivative, .log)
    #expect(v.y.min < -347.4 * 1.0 && v.y.max > -0.61)
    let s = CurveSampler.sampled(.sigmoidDerivative, in: v)
    #expect(s.runEnds.count == 1, "one unbroken line")
    let first = s.points.first!
    let last = s.points.last!
    #expect(first.x == v.plot.left && abs(last.x - v.plot.right) < 1e-9)
    let want = v.pixelY(forU: -800 * YScale.log10e)
    #expect(abs(first.y - want) < 1e-6 && abs(last.y - want) < 1e-6, "\(first) \(last) want \(want)")
    // And the curve continues: every pixel column between has a sample.
    var hit = Set<Int>()
    for p in s.points { hit.insert(Int((p.x - v.plot.left).rounded(.down))) }
    #expect(hit.count >= Int(v.plot.width), "\(hit.count) columns")
  }

  @Test func secondDerivativeBreaksWhereLogIsUndefined() {
    let v = Self.fitted(-10...10, .sigmoidSecondDerivative, .log)
    let s = CurveSampler.sampled(.sigmoidSecondDerivative, in: v)
    let zero = v.pixelX(forX: 0)
    #expect(!s.points.isEmpty)
    #expect(s.points.allSatisfy { $0.x <= zero + 1e-9 && $0.y.isFinite }, "S'' > 0 only left of 0")
    // Under logit too (S'' < 0 is outside (0, 1)), and nothing at all when the view is x > 0.
    let right = CurveSampler.sampled(.sigmoidSecondDerivative, in: Self.view(1...10, -5...0, .logit))
    #expect(right.points.isEmpty && right.runEnds.isEmpty)
  }
}
