// The sampler under the log-magnitude scale: within a quarter pixel of u = log10|f| (the
// families' magnitude forms, themselves checked against mpmath), runs that never span a
// sign change and know their sign, and each sign change found to within half a pixel.

import Foundation
import Testing
@testable import PlotCore

@Suite struct LogMagnitudeSamplerTests {
  static let plot = ScaledSamplerTests.plot
  static let gelu = GELUFunction()

  static func view(_ x: ClosedRange<Double>, _ u: ClosedRange<Double>) -> Viewport {
    ScaledSamplerTests.view(x, u, .logMagnitude)
  }

  /// Curves with sign changes and tails past the double range, each with its zeros.
  static let curves: [(PlottedCurve, [Double])] = [
    (PlottedCurve(gelu, .value), [0]),
    (PlottedCurve(gelu, .first), [-0.751791524693564457]),
    (PlottedCurve(gelu, .second), [-2.0.squareRoot(), 2.0.squareRoot()]),
    (PlottedCurve(SiLUFunction(), .first), [-1.2784645427610738]),
    (.sigmoidSecondDerivative, [0]),
  ]

  static func u(_ c: PlottedCurve, _ x: Double) -> Double {
    c.function.naturalLogMagnitude(c.order, at: x, c.parameters).log10
  }

  static func cases(_ c: PlottedCurve, zeros: [Double]) -> [(String, Viewport)] {
    let z = zeros[0]
    return [
      ("standard", Self.view(-10...10, ViewerState.fittedURange(over: -10...10, curves: [c],
                                                               scale: .logMagnitude))),
      ("past the double range", Self.view(-45...45, -360...2)),
      ("deep tails", Self.view(-1000...1000, -2000...2)),
      ("around a zero", Self.view((z - 0.5)...(z + 0.5), -12...0)),
      ("right at a zero", Self.view((z - 1e-6)...(z + 1e-6), -22...(-5))),
    ]
  }

  @Test(arguments: 0..<5)
  func polylineStaysWithinAQuarterPixel(index: Int) {
    let (curve, zeros) = Self.curves[index]
    for (name, v) in Self.cases(curve, zeros: zeros) {
      let s = CurveSampler.sampled(curve, in: v)
      var worst = 0.0
      var checked = 0
      for j in 0...Int(v.plot.width * 8) {
        let x = min(max(v.x(forPixelX: v.plot.left + Double(j) / 8), v.x.min), v.x.max)
        let p = Point(v.pixelX(forX: x), v.pixelY(forU: Self.u(curve, x)))
        guard p.y >= v.plot.top && p.y <= v.plot.bottom else { continue }
        checked += 1
        worst = max(worst, CurveSamplerTests.distance(from: p, to: s))
      }
      let noise = 2 * max(abs(v.y.min), abs(v.y.max), 1).ulp * v.yScale
      #expect(worst <= CurveSampler.tolerance + noise, "\(curve) \(name): \(worst) px")
      #expect(checked > 50, "\(curve) \(name): only \(checked) visible")
    }
  }

  /// Every run has the sign of f at its points, and each zero in view is one sign change
  /// within half a pixel of it; a run never holds two samples of opposite sign.
  @Test(arguments: 0..<5)
  func runsKeepOneSignAndBreakAtEachChange(index: Int) {
    let (curve, zeros) = Self.curves[index]
    for (name, v) in Self.cases(curve, zeros: zeros) {
      let s = CurveSampler.sampled(curve, in: v)
      #expect(s.runIsNegative.count == s.runEnds.count, "\(curve) \(name)")
      for i in s.runEnds.indices where i < s.runIsNegative.count {
        let run = s.run(i)
        for (a, b) in zip(run, run.dropFirst()) where b.x - a.x > 0 {
          let x = v.x(forPixelX: (a.x + b.x) / 2)
          let m = curve.function.naturalLogMagnitude(curve.order, at: x, curve.parameters)
          if m.ln == -.infinity { continue }
          #expect(m.isNegative == s.runIsNegative[i], "\(curve) \(name): run \(i) at x = \(x)")
        }
      }
      let inView = zeros.filter { v.x.min < $0 && $0 < v.x.max }
      #expect(s.signChanges.count == inView.count, "\(curve) \(name): \(s.signChanges)")
      for (z, px) in zip(inView, s.signChanges) {
        #expect(abs(px - v.pixelX(forX: z)) <= 0.5, "\(curve) \(name): change at \(px) for \(z)")
      }
    }
  }

  /// The other scales carry no sign bookkeeping.
  @Test(arguments: [YScale.linear, .log, .logit])
  func otherScalesCarryNoSigns(scale: YScale) {
    let v = ScaledSamplerTests.view(-10...10, -3...1, scale)
    let s = CurveSampler.sampled(.sigmoidSecondDerivative, in: v)
    #expect(s.runIsNegative.isEmpty && s.signChanges.isEmpty)
  }
}
