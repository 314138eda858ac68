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
  /// The exact evaluations among them.
  var exact = 0
}

/// `base`, counting every value and estimate the sampler asks for.
struct CountedFunction<F: PlotFunction>: PlotFunction {
  let base: F
  let counter: EvaluationCount
  var names: FunctionNames { base.names }
  var parameters: [FunctionParameter] { base.parameters }
  func value(at x: Double, _ p: ParameterValues) -> Double {
    counter.count += 1
    counter.exact += 1
    return base.value(at: x, p)
  }
  func derivative(at x: Double, _ p: ParameterValues) -> Double {
    counter.count += 1
    counter.exact += 1
    return base.derivative(at: x, p)
  }
  func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    counter.count += 1
    counter.exact += 1
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
  /// bound, every order, random parameters and views, on every y scale (the deep zoom's
  /// tangent blocks, which draw within the slack, run alike in both).
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
        CurveSampler.sample(f, order, p, in: vp, into: &want, flatColumns: false)
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

  /// A deep zoom (10^8 to 10^11 px per unit on both axes) into a family that draws its
  /// estimates, where they are too coarse to draw.
  static func deepView(_ rng: inout SplitMix64, _ f: some PlotFunction, _ order: DerivativeOrder,
                       _ p: ParameterValues, plot: PixelRect) -> Viewport {
    let c = rng.uniform(-6...6), s = rng.logUniform(1e-8...1e-6)
    let y = f.value(order, at: c, p), sy = s * rng.uniform(0.3...3)
    return Viewport(xMin: c - s / 2, xMax: c + s / 2, yMin: y - sy / 2, yMax: y + sy / 2,
                    plot: plot)!
  }

  /// A zoom onto an extremum `c` of the curve, y zoomed so far deeper than x (10^4 to
  /// 10^6 px per unit in x) that the parabola fills the view: the estimates are too
  /// coarse to draw and so, mostly, are the tangent lines.
  static func extremumView(_ rng: inout SplitMix64, _ f: some PlotFunction,
                           _ order: DerivativeOrder, _ p: ParameterValues, at c: Double,
                           plot: PixelRect) -> Viewport {
    let s = rng.logUniform(1e-6...1e-4) * plot.width
    // The curve's own second derivative there: f'', or f''' as a difference of f''.
    let bend = order == .value ? f.secondDerivative(at: c, p).magnitude
      : ((f.secondDerivative(at: c + 1e-4, p) - f.secondDerivative(at: c - 1e-4, p)) / 2e-4)
        .magnitude
    let sy = bend * s * s / 8 * rng.uniform(0.5...4)
    let y = f.value(order, at: c, p)
    return Viewport(xMin: c - s / 2, xMax: c + s / 2, yMin: y - sy / 2, yMax: y + sy / 2,
                    plot: plot)!
  }

  /// There, the drawn edges come from each block's tangent line where its bound allows:
  /// every point of the polyline inside the band is within
  /// ``CurveSampler/drawnEstimateSlack`` px of the exact curve at its x, and on the deep
  /// views the walk makes under one exact evaluation per 4 columns (one or more per column
  /// without the blocks). `extrema`: where f (first) and f' (second) have extrema.
  static func checkTangents<F: PlotFunction>(_ f: F, _ p: ParameterValues, seed: UInt64,
                                             extrema: [[Double]]) {
    var rng = SplitMix64(seed: seed)
    var exactPerColumn: [Double] = []
    for i in 0..<60 {
      let order: DerivativeOrder = i % 2 == 0 ? .value : .first
      let plot = PixelRect(left: 30, top: 20, width: rng.uniform(300...1900).rounded(),
                           height: rng.uniform(300...1000).rounded())!
      let atExtremum = i % 4 >= 2 && !extrema[order.rawValue].isEmpty
      let vp = atExtremum
        ? extremumView(&rng, f, order, p, at: rng.pick(extrema[order.rawValue]), plot: plot)
        : deepView(&rng, f, order, p, plot: plot)
      let counter = EvaluationCount()
      var result = SampledCurve()
      CurveSampler.sample(CountedFunction(base: f, counter: counter), order, p, in: vp,
                          into: &result)
      if !atExtremum { exactPerColumn.append(Double(counter.exact) / vp.plot.width) }
      let top = vp.plot.top - CurveSampler.clipMargin
      let bottom = vp.plot.bottom + CurveSampler.clipMargin
      var worst = 0.0
      for point in result.points where point.y > top && point.y < bottom {
        let x = vp.x(forPixelX: point.x)
        let exact = vp.pixelY(forU: f.value(order, at: x, p))
        worst = Swift.max(worst, (point.y - exact).magnitude)
      }
      #expect(worst <= CurveSampler.drawnEstimateSlack + 1e-4,
              "\(f.names.commandLine) \(order): x \(vp.x), y \(vp.y): \(worst) px")
    }
    let median = exactPerColumn.sorted()[exactPerColumn.count / 2]
    #expect(median < 0.25, "\(f.names.commandLine): \(median) exact evaluations per column")
  }

  @Test func geluDeepZoomsDrawTangentsWithinTheSlack() {
    Self.checkTangents(GELUFunction(), .none, seed: 0x7A_1,
                       extrema: [[-0.7517916243549], [-2.0.squareRoot(), 2.0.squareRoot()]])
  }

  @Test func siluDeepZoomsDrawTangentsWithinTheSlack() {
    Self.checkTangents(SiLUFunction(), ParameterValues([1]), seed: 0x7A_2,
                       extrema: [[-1.2784645427610738], [-2.3993572805154676, 2.3993572805154676]])
  }

  @Test func tanhDeepZoomsDrawTangentsWithinTheSlack() {
    Self.checkTangents(TanhFunction(), .none, seed: 0x7A_3, extrema: [[], [0]])
  }
}
