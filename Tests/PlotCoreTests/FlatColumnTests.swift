// Tests of the sampler's flat-column shortcut (CurveSampler+Flatness.swift): with it, every
// polyline is point for point the one the probes give; and it really spares the probes.

import Testing
@testable import PlotCore
import TestSupport

/// A family exactly like `base` but with no bend bound: the sampler probes every column,
/// as before the shortcut.
struct UnbentFunction<F: PlotFunction>: PlotFunction {
  let base: F
  var names: FunctionNames { base.names }
  var parameters: [FunctionParameter] { base.parameters }
  func value(at x: Double, _ p: ParameterValues) -> Double { base.value(at: x, p) }
  func derivative(at x: Double, _ p: ParameterValues) -> Double { base.derivative(at: x, p) }
  func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    base.secondDerivative(at: x, p)
  }
  func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    base.naturalLog(order, at: x, p)
  }
  func logit(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    base.logit(order, at: x, p)
  }
  func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude { base.naturalLogMagnitude(order, at: x, p) }
  func scaledValue(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues,
                   in scale: YScale) -> Double { base.scaledValue(order, at: x, p, in: scale) }
  func estimate(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    base.estimate(order, at: x, p)
  }
  var estimateError: Double { base.estimateError }
  var estimateDraws: Bool { base.estimateDraws }
  func kinks(_ p: ParameterValues) -> [Kink] { base.kinks(p) }
}

/// Counts a family's evaluations (exact and estimates), to see the probes spared.
final class EvaluationCount: @unchecked Sendable {
  var count = 0
}

/// `base`, counting every value and estimate the sampler asks for.
struct CountedFunction<F: PlotFunction>: PlotFunction {
  let base: F
  let counter: EvaluationCount
  var names: FunctionNames { base.names }
  var parameters: [FunctionParameter] { base.parameters }
  func value(at x: Double, _ p: ParameterValues) -> Double {
    counter.count += 1
    return base.value(at: x, p)
  }
  func derivative(at x: Double, _ p: ParameterValues) -> Double {
    counter.count += 1
    return base.derivative(at: x, p)
  }
  func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    counter.count += 1
    return base.secondDerivative(at: x, p)
  }
  func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    base.naturalLog(order, at: x, p)
  }
  func estimate(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    counter.count += 1
    return base.estimate(order, at: x, p)
  }
  var estimateError: Double { base.estimateError }
  var estimateDraws: Bool { base.estimateDraws }
  func bendBound(_ order: DerivativeOrder, over lo: Double, _ hi: Double, _ p: ParameterValues)
    -> Double { base.bendBound(order, over: lo, hi, p) }
}

@Suite struct FlatColumnTests {
  /// A view like the viewer's: x spans from 1/100 to 400 around the interesting places (a
  /// few extreme ones too), y fitted to the curve or random, plots of every size.
  static func view(_ rng: inout SplitMix64, _ curve: PlottedCurve, _ i: Int) -> Viewport {
    if i % 5 == 0 { return randomViewport(&rng, maxCenter: i % 10 == 0 ? 1e13 : 40) }
    let plot = randomPlotRect(&rng)
    let c = rng.uniform(-12...12), s = rng.logUniform(0.01...400)
    let x = (c - s / 2)...(c + s / 2)
    var y = ViewerState.fittedYRange(over: x, curves: [curve])
    if i % 3 == 0 {
      let cy = rng.uniform(-1...1.5), sy = rng.logUniform(1e-6...4)
      y = (cy - sy / 2)...(cy + sy / 2)
    }
    return Viewport(xMin: x.lowerBound, xMax: x.upperBound, yMin: y.lowerBound,
                    yMax: y.upperBound, plot: plot)!
  }

  /// The polylines with and without the shortcut are equal, for each family that gives a
  /// bound, every order, random parameters and views, on every y scale.
  static func check<F: PlotFunction>(_ f: F, seed: UInt64,
                                     parameters: (inout SplitMix64) -> ParameterValues) {
    var rng = SplitMix64(seed: seed)
    var differences = 0
    for i in 0..<120 {
      let p = parameters(&rng)
      for order in DerivativeOrder.allCases {
        let curve = PlottedCurve(f, order)
        var vp = view(&rng, curve, i)
        if i % 7 == 6 {  // another scale: the shortcut stays off, the polyline the same
          vp = Viewport(x: vp.x, y: AxisRange(min: -20, max: 1, pixels: vp.plot.height)!,
                        plot: vp.plot, yAxisScale: .logMagnitude)
        }
        var want = SampledCurve(), got = SampledCurve()
        CurveSampler.sample(UnbentFunction(base: f), order, p, in: vp, into: &want)
        CurveSampler.sample(f, order, p, in: vp, into: &got)
        if got != want {
          differences += 1
          if differences <= 3 {
            let message = "\(f.names.commandLine) \(order) p \(p): x \(vp.x), y \(vp.y), "
              + "\(vp.plot.width)x\(vp.plot.height) px: \(got.points.count) points, "
              + "\(want.points.count) with probes"
            Issue.record(Comment(rawValue: message))
          }
        }
      }
    }
    #expect(differences == 0)
  }

  @Test func sigmoidPolylinesAreThoseOfTheProbes() {
    Self.check(SigmoidFunction(), seed: 0xF1A7_1) { rng in
      rng.next() & 1 == 0 ? ParameterValues([1, 0])
        : ParameterValues([rng.logUniform(0.05...20), rng.uniform(-10...10)])
    }
  }

  @Test func tanhPolylinesAreThoseOfTheProbes() {
    Self.check(TanhFunction(), seed: 0xF1A7_2) { _ in .none }
  }

  @Test func geluPolylinesAreThoseOfTheProbes() {
    Self.check(GELUFunction(), seed: 0xF1A7_3) { _ in .none }
  }

  @Test func siluPolylinesAreThoseOfTheProbes() {
    Self.check(SiLUFunction(), seed: 0xF1A7_4) { rng in
      ParameterValues([rng.next() & 1 == 0 ? 1 : rng.logUniform(0.05...20)])
    }
  }

  /// The point of it: at the viewer's opening view (x from −10 to 10 on 1800 columns) the
  /// sigmoid's curves need about one evaluation per column, against about four with probes.
  @Test func flatColumnsSpareTheProbes() {
    let plot = PixelRect(left: 60, top: 20, width: 1800, height: 1000)!
    for order in [DerivativeOrder.value, .first] {
      let y = ViewerState.fittedYRange(over: -10...10, curves: [PlottedCurve(SigmoidFunction(), order)])
      let vp = Viewport(xMin: -10, xMax: 10, yMin: y.lowerBound, yMax: y.upperBound, plot: plot)!
      let with = EvaluationCount(), without = EvaluationCount()
      var result = SampledCurve()
      let p = ParameterValues([1, 0])
      CurveSampler.sample(CountedFunction(base: SigmoidFunction(), counter: with), order, p,
                          in: vp, into: &result)
      CurveSampler.sample(CountedFunction(base: UnbentFunction(base: SigmoidFunction()),
                                          counter: without), order, p, in: vp, into: &result)
      #expect(Double(with.count) < 1.2 * 1800, "\(order): \(with.count) evaluations")
      #expect(Double(without.count) > 3 * 1800, "\(order): \(without.count) without the shortcut")
    }
  }
}
