import Foundation
import Testing
@testable import PlotCore
import TestSupport

@Suite struct CurveSamplerTests {
  static let plot = PixelRect(left: 70, top: 40, width: 1000, height: 600)!

  /// A named view and the curves to check in it.
  struct Case: CustomStringConvertible {
    var name: String
    var viewport: Viewport
    var description: String { "\(name): x \(viewport.x) y \(viewport.y)" }
  }

  static func view(_ x: ClosedRange<Double>, _ y: ClosedRange<Double>) -> Viewport {
    Viewport(xMin: x.lowerBound, xMax: x.upperBound, yMin: y.lowerBound, yMax: y.upperBound,
      plot: plot)!
  }

  /// `x` with y fitted to `curve` over it (as the default view does).
  static func fitted(_ x: ClosedRange<Double>, _ curve: PlottedCurve) -> Viewport {
    view(x, ViewerState.fittedYRange(over: x, curves: [curve]))
  }

  static func deepest(at c: Double) -> ClosedRange<Double> {
    let s = AxisRange.minSpan(magnitude: c.magnitude, pixels: plot.width)
    return (c - s / 2)...(c + s / 2)
  }

  static func cases(for curve: PlottedCurve) -> [Case] {
    [
      Case(name: "standard", viewport: view(-10...10, -0.05...1.05)),
      Case(name: "fitted", viewport: fitted(-10...10, curve)),
      Case(name: "steep through 0.5", viewport: view(-10...10, (0.5 - 1e-6)...(0.5 + 1e-6))),
      Case(name: "steep, zoomed", viewport: view(-1e-3...1e-3, (0.5 - 1e-9)...(0.5 + 1e-9))),
      Case(name: "deep at 0", viewport: fitted(-1e-12...1e-12, curve)),
      Case(name: "deepest at 0", viewport: fitted(deepest(at: 0), curve)),
      Case(name: "deepest at 30", viewport: fitted(deepest(at: 30), curve)),
      Case(name: "deep at 30", viewport: fitted((30 - 1e-6)...(30 + 1e-6), curve)),
      Case(name: "widest", viewport: view(-5e11...5e11, -0.05...1.05)),
      Case(name: "near 1", viewport: view(0...40, (1 - 1e-12)...(1 + 1e-12))),
      Case(name: "deepest y", viewport: view(-1e-12...1e-12, deepest(at: 0.25))),
      Case(name: "tail", viewport: fitted(-745...(-700), curve)),
    ]
  }

  /// Distance from `p` to the nearest segment of `s` with an end within `window` px in x.
  static func distance(from p: Point, to s: SampledCurve, window: Double = 2) -> Double {
    var best = Double.infinity
    var start = 0
    for end in s.runEnds {
      let run = s.points[start..<end]
      // First index whose x reaches p.x - window (runs increase in x).
      var lo = run.startIndex
      var hi = run.endIndex
      while lo < hi {
        let mid = (lo + hi) / 2
        if run[mid].x < p.x - window { lo = mid + 1 } else { hi = mid }
      }
      var i = max(run.startIndex, lo - 1)
      while i + 1 < run.endIndex && run[i].x <= p.x + window {
        best = min(best, segmentDistance(p, run[i], run[i + 1]))
        i += 1
      }
      start = end
    }
    return best
  }

  static func segmentDistance(_ p: Point, _ a: Point, _ b: Point) -> Double {
    let (dx, dy) = (b.x - a.x, b.y - a.y)
    let l2 = dx * dx + dy * dy
    let t = l2 > 0 ? min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / l2, 0), 1) : 0
    return hypot(a.x + t * dx - p.x, a.y + t * dy - p.y)
  }

  @Test(arguments: PlottedCurve.sigmoidCurves)
  func polylineStaysWithinAQuarterPixelOfTheCurve(curve: PlottedCurve) {
    var sampler = CurveSampler()
    for c in Self.cases(for: curve) {
      let v = c.viewport
      let s = sampler.sample(curve, in: v)
      // The true curve, 16 points per pixel column, wherever it is inside the plot.
      let density = 16.0
      var worst = 0.0
      var worstAt = Point(0, 0)
      for j in 0...Int(v.plot.width * density) {
        let x = min(max(v.x(forPixelX: v.plot.left + Double(j) / density), v.x.min), v.x.max)
        let p = Point(v.pixelX(forX: x), v.pixelY(forY: curve.evaluate(x)))
        guard p.y >= v.plot.top && p.y <= v.plot.bottom else { continue }
        let d = Self.distance(from: p, to: s)
        if d > worst { (worst, worstAt) = (d, p) }
      }
      // The documented allowance for the curve's own rounding noise: 2 ulps of y.
      let noise = 2 * max(v.y.min.magnitude, v.y.max.magnitude).ulp * v.yScale
      #expect(worst <= CurveSampler.tolerance + noise,
        "\(curve) \(c): \(worst) px at \(worstAt), \(s.points.count) points")
    }
  }

  @Test(arguments: PlottedCurve.sigmoidCurves)
  func outputIsFiniteInsideTheBandAndWellFormed(curve: PlottedCurve) {
    var sampler = CurveSampler()
    for c in Self.cases(for: curve) {
      let v = c.viewport
      let s = sampler.sample(curve, in: v)
      let (top, bottom) = (v.plot.top - CurveSampler.clipMargin, v.plot.bottom + CurveSampler.clipMargin)
      #expect(s.runEnds.last == s.points.count || s.runEnds.isEmpty && s.points.isEmpty, "\(c)")
      var start = 0
      for end in s.runEnds {
        #expect(end - start >= 2, "\(curve) \(c): short run \(start)..<\(end)")
        for (a, b) in zip(s.points[start..<end], s.points[start..<end].dropFirst()) {
          #expect(a.x <= b.x, "\(curve) \(c): x goes back at \(a) \(b)")
        }
        start = end
      }
      for p in s.points {
        #expect(p.x.isFinite && p.y.isFinite, "\(curve) \(c): \(p)")
        #expect(p.x >= v.plot.left - 1e-6 && p.x <= v.plot.right + 1e-6, "\(curve) \(c): \(p)")
        #expect(p.y >= top && p.y <= bottom, "\(curve) \(c): \(p)")
      }
    }
  }

  @Test(arguments: [PlottedCurve.sigmoid, .sigmoidDerivative])
  func everyPixelColumnHasASample(curve: PlottedCurve) {
    var sampler = CurveSampler()
    let v = Self.view(-10...10, -0.05...1.05)
    let s = sampler.sample(curve, in: v)
    #expect(s.runEnds == [s.points.count], "wholly visible: one run")
    var hit = [Bool](repeating: false, count: Int(v.plot.width))
    for p in s.points {
      let column = Int((p.x - v.plot.left).rounded(.down))
      if hit.indices.contains(column) { hit[column] = true }
    }
    #expect(hit.allSatisfy { $0 }, "columns without a sample: \(hit.indices.filter { !hit[$0] })")
    #expect(s.points.first?.x == v.plot.left && abs(s.points.last!.x - v.plot.right) < 1e-9)
  }

  @Test func runsAreCutExactlyAtTheBand() {
    var sampler = CurveSampler()
    let v = Self.view(-10...10, (0.5 - 1e-6)...(0.5 + 1e-6))
    let s = sampler.sample(.sigmoid, in: v)
    let (top, bottom) = (v.plot.top - CurveSampler.clipMargin, v.plot.bottom + CurveSampler.clipMargin)
    #expect(s.runEnds == [s.points.count])
    #expect(s.points.first?.y == bottom && s.points.last?.y == top, "\(s.points)")
    // S crosses 0.5 at x = 0: the run sits on the plot's centre column.
    let centre = v.pixelX(forX: 0)
    #expect(s.points.allSatisfy { abs($0.x - centre) < 1 }, "\(s.points)")
  }

  @Test func sampleIsReusedWhileTheViewportIsUnchanged() {
    var sampler = CurveSampler()
    let v = Self.view(-10...10, -0.05...1.05)
    let first = sampler.sample(.sigmoid, in: v)
    #expect(sampler.sample(.sigmoid, in: v) == first)
    #expect(sampler.samplingCount == 1)
    _ = sampler.sample(.sigmoidDerivative, in: v)
    _ = sampler.sample(.sigmoid, in: v)
    #expect(sampler.samplingCount == 2, "each curve keeps its own entry")
    let moved = v.panned(byPixels: 3, dy: 0)
    let second = sampler.sample(.sigmoid, in: moved)
    #expect(sampler.samplingCount == 3 && second != first)
    #expect(second == CurveSampler.sampled(.sigmoid, in: moved))
  }

  /// The cache key is everything that changes a curve: a parameter change, another
  /// order or another y scale is a miss and gives that curve's own polyline, never the
  /// one cached before; going back finds the earlier one again.
  @Test func aParameterChangeNeverShowsAStaleCurve() throws {
    var sampler = CurveSampler()
    let v = Self.view(-10...10, -0.05...1.05)
    let plain = sampler.sample(.sigmoid, in: v)
    let steep = try #require(PlottedCurve.sigmoid.setting("k", to: 3))
    let moved = try #require(PlottedCurve.sigmoid.setting("x0", to: 2))
    for curve in [steep, moved, steep.setting("x0", to: 2)!] {
      let s = sampler.sample(curve, in: v)
      #expect(s == CurveSampler.sampled(curve, in: v) && s != plain, "\(curve)")
    }
    #expect(sampler.samplingCount == 4)
    #expect(sampler.sample(.sigmoid, in: v) == plain && sampler.samplingCount == 4)
    #expect(sampler.sample(steep, in: v) == CurveSampler.sampled(steep, in: v))
    #expect(sampler.samplingCount == 4, "each parameter set keeps its entry")
    let log = Viewport(xMin: -10, xMax: 10, uMin: -5, uMax: 0.5, plot: v.plot, yAxisScale: .log)!
    #expect(sampler.sample(.sigmoid, in: log) == CurveSampler.sampled(.sigmoid, in: log))
    #expect(sampler.samplingCount == 5)
  }

  /// The cache is bounded: past ``CurveSampler/cacheCapacity`` curves the least recently
  /// used goes, and what it returns is still each curve's own polyline.
  @Test func theCacheStaysBoundedAndCorrect() {
    var sampler = CurveSampler()
    let v = Self.view(-10...10, -0.05...1.05)
    let ks = (1...(CurveSampler.cacheCapacity + 6)).map { 0.05 * Double($0) }
    for k in ks { _ = sampler.sample(PlottedCurve.sigmoid.setting("k", to: k)!, in: v) }
    #expect(sampler.samplingCount == ks.count)
    let last = PlottedCurve.sigmoid.setting("k", to: ks.last!)!
    #expect(sampler.sample(last, in: v) == CurveSampler.sampled(last, in: v))
    #expect(sampler.samplingCount == ks.count, "the most recent is kept")
    let first = PlottedCurve.sigmoid.setting("k", to: ks[0])!
    #expect(sampler.sample(first, in: v) == CurveSampler.sampled(first, in: v))
    #expect(sampler.samplingCount == ks.count + 1, "the oldest was evicted")
  }

  @Test func buffersAreReusedWhenTheCallerLetsGo() {
    var sampler = CurveSampler()
    let v = Self.view(-10...10, -0.05...1.05)
    let before = sampler.sample(.sigmoid, in: v).points.withUnsafeBufferPointer { $0.baseAddress }
    let after = sampler.sample(.sigmoid, in: v.panned(byPixels: 2, dy: 0)).points
      .withUnsafeBufferPointer { $0.baseAddress }
    #expect(before == after, "re-sampling wrote into the same point buffer")
  }
}

/// The sigmoid family without an estimate: every probe exact, the sampler as it was
/// before probes, to compare against.
struct ExactProbesSigmoid: PlotFunction {
  let base = SigmoidFunction()
  var names: FunctionNames { FunctionNames(commandLine: "exact", legend: "Exact", symbol: "E") }
  var parameters: [FunctionParameter] { base.parameters }
  func value(at x: Double, _ p: ParameterValues) -> Double { base.value(at: x, p) }
  func derivative(at x: Double, _ p: ParameterValues) -> Double { base.derivative(at: x, p) }
  func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    base.secondDerivative(at: x, p)
  }
  func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    base.naturalLog(order, at: x, p)
  }
}

/// The sigmoid family with an estimate that is off by up to its whole claimed bound
/// `error`, the sign set by x's low bits: the worst an honest bound allows, so decisions
/// near the tolerance must be re-decided exactly for the polyline to stay the same.
struct SkewedProbesSigmoid: PlotFunction {
  let base = SigmoidFunction()
  let error: Double
  var names: FunctionNames { FunctionNames(commandLine: "skewed", legend: "Skewed", symbol: "K") }
  var parameters: [FunctionParameter] { base.parameters }
  func value(at x: Double, _ p: ParameterValues) -> Double { base.value(at: x, p) }
  func derivative(at x: Double, _ p: ParameterValues) -> Double { base.derivative(at: x, p) }
  func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    base.secondDerivative(at: x, p)
  }
  func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    base.naturalLog(order, at: x, p)
  }
  var estimateError: Double { error }
  func estimate(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    let skew = [-0.99, 0.99, -0.5, 0.7][Int(x.bitPattern >> 1 & 3)]
    return value(order, at: x, p) * (1 + skew * estimateError)
  }
}

@Suite struct SamplerProbeTests {
  /// Estimates off by their whole bound never change a polyline: each is point for point
  /// the one exact probes give (the re-decision near the tolerance is what keeps it so).
  /// Narrow, tall plots of wide x spans, so the curves bend by more than the tolerance per
  /// column and most probes are decided near it; the bound is chosen per view so the
  /// estimates are used (slack about 0.004 px, below the sampler's 0.01 px).
  @Test func skewedEstimatesWithinTheirBoundLeaveThePolylineExact() {
    var rng = SplitMix64(seed: 0x5EED_17)
    var differences = 0
    for i in 0..<40 {
      let order = DerivativeOrder.allCases[i % 3]
      let plot = PixelRect(left: 10, top: 10, width: rng.uniform(100...400).rounded(),
                           height: rng.uniform(1000...1600).rounded())!
      let c = rng.uniform(-3...3), s = rng.uniform(10...80)
      let x = (c - s / 2)...(c + s / 2)
      let y = ViewerState.fittedYRange(over: x, curves: [PlottedCurve(SigmoidFunction(), order)])
      let vp = Viewport(xMin: x.lowerBound, xMax: x.upperBound, yMin: y.lowerBound,
                        yMax: y.upperBound, plot: plot)!
      let error = 0.004 / (2 * max(y.lowerBound.magnitude, y.upperBound.magnitude) * vp.yScale)
      var want = SampledCurve(), got = SampledCurve()
      CurveSampler.sample(ExactProbesSigmoid(), order, .init([1, 0]), in: vp, into: &want)
      CurveSampler.sample(SkewedProbesSigmoid(error: error), order, .init([1, 0]), in: vp,
                          into: &got)
      if got != want { differences += 1 }
      #expect(got == want, "order \(order), x \(vp.x), y \(vp.y), \(plot.width) px")
    }
    #expect(differences == 0)
  }

  /// The sigmoid's own estimates: the same polylines as exact probes over random views of
  /// every zoom, random parameters and all three orders.
  @Test func sigmoidEstimatesLeaveThePolylineExact() {
    var rng = SplitMix64(seed: 0x17_5A3D)
    for i in 0..<150 {
      let vp = randomViewport(&rng, maxCenter: i % 3 == 0 ? 1e13 : 40)
      let p = i % 2 == 0 ? ParameterValues([1, 0])
        : ParameterValues([rng.uniform(0.05...20), rng.uniform(-10...10)])
      for order in DerivativeOrder.allCases {
        var want = SampledCurve(), got = SampledCurve()
        CurveSampler.sample(ExactProbesSigmoid(), order, p, in: vp, into: &want)
        CurveSampler.sample(SigmoidFunction(), order, p, in: vp, into: &got)
        #expect(got == want, "case \(i) order \(order) p \(p): x \(vp.x), y \(vp.y)")
      }
    }
  }

  /// The three-valued comparisons: with slack 0 exactly the plain ones; with slack s,
  /// undecided only within s of the bound.
  @Test func verdictsAreUndecidedOnlyWithinTheSlack() {
    for v in [-1.0, 0.0999, 0.1, 0.1000001, 3] {
      #expect(Verdict.less(v, 0.1, 0) == (v < 0.1))
      #expect(Verdict.atMost(v, 0.1, 0) == (v <= 0.1))
    }
    #expect(Verdict.less(0.0995, 0.1, 0.001) == nil)
    #expect(Verdict.less(0.1005, 0.1, 0.001) == nil)
    #expect(Verdict.less(0.098, 0.1, 0.001) == true)
    #expect(Verdict.less(0.102, 0.1, 0.001) == false)
    #expect(Verdict.atMost(0.1, 0.1, 0.001) == nil)
    #expect(Verdict.atMost(0.102, 0.1, 0.001) == false)
    #expect(Verdict.all(true, true, true, true, true) == true)
    #expect(Verdict.all(true, nil, false, true, true) == false)
    #expect(Verdict.all(true, nil, true, true, true) == nil)
  }
}

/// The skewed sigmoid, allowed to draw its estimates (``PlotFunction/estimateDraws``).
struct SkewedDrawingSigmoid: PlotFunction {
  let skewed: SkewedProbesSigmoid
  var names: FunctionNames { FunctionNames(commandLine: "drawn", legend: "Drawn", symbol: "D") }
  var parameters: [FunctionParameter] { skewed.parameters }
  func value(at x: Double, _ p: ParameterValues) -> Double { skewed.value(at: x, p) }
  func derivative(at x: Double, _ p: ParameterValues) -> Double { skewed.derivative(at: x, p) }
  func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    skewed.secondDerivative(at: x, p)
  }
  func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    skewed.naturalLog(order, at: x, p)
  }
  var estimateError: Double { skewed.estimateError }
  var estimateDraws: Bool { true }
  func estimate(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    skewed.estimate(order, at: x, p)
  }
}

@Suite struct DrawnEstimateTests {
  /// A drawn point is the exact one or an estimate within 1/1024 px of it, whatever the
  /// estimate's bound: with bounds that make the probes' slack anywhere from 1e-5 to
  /// 0.009 px (usable for decisions, often too coarse to draw), every point the walk
  /// draws stays within ``CurveSampler/drawnEstimateSlack`` of the exact value.
  @Test func drawnPointsAreWithinTheDrawnSlackOfTheExactCurve() {
    var rng = SplitMix64(seed: 0xD3A_117)
    for i in 0..<60 {
      let order = DerivativeOrder.allCases[i % 3]
      let vp = randomViewport(&rng, maxCenter: 40)
      let y = magnitude(vp.y) + 1e-300
      let slack = rng.uniform(1e-5...0.009)
      let error = slack / (2 * y * vp.yScale)
      let f = SkewedDrawingSigmoid(skewed: SkewedProbesSigmoid(error: error))
      let p = ParameterValues([1, 0])
      let map = CurveMapping<SkewedDrawingSigmoid, SignIgnored>(function: f, order: order, parameters: p, viewport: vp,
                             scale: vp.yAxisScale, lowY: vp.plot.top - 1e6, highY: vp.plot.bottom + 1e6)
      for _ in 0..<50 {
        let x = rng.uniform(vp.x.min...vp.x.max)
        let drawn = map.drawn(x), exact = map.sample(x)
        #expect(drawn.slack == 0)
        #expect(abs(drawn.p.y - exact.p.y) <= CurveSampler.drawnEstimateSlack + 1e-6,
                "case \(i) order \(order) x \(x): \(drawn.p.y) vs \(exact.p.y)")
      }
    }
  }

  /// GELU draws its estimates: its polylines stay within the sampler's quarter pixel of
  /// the exact curve, checked at each drawn point against the exact value there.
  @Test func geluDrawsWithinAQuarterPixel() {
    var rng = SplitMix64(seed: 0x6E1_0D)
    for i in 0..<40 {
      let vp = randomViewport(&rng, maxCenter: 8)
      for order in DerivativeOrder.allCases {
        let curve = PlottedCurve(GELUFunction(), order)
        let map = CurveMapping<GELUFunction, SignIgnored>(function: GELUFunction(), order: order, parameters: .none,
                               viewport: vp, scale: vp.yAxisScale, lowY: -1e9, highY: 1e9)
        for _ in 0..<20 {
          let x = rng.uniform(vp.x.min...vp.x.max)
          let exactY = vp.pixelY(forU: curve.evaluate(x))
          let d = map.drawn(x).p.y
          if exactY.magnitude < 1e8 {
            #expect(abs(d - exactY) <= CurveSampler.drawnEstimateSlack + 1e-6,
                    "case \(i) \(curve) x \(x)")
          }
        }
      }
    }
  }
}
