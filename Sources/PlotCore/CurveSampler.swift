// Turns a plotted curve and a viewport into the polyline to stroke, in device pixels: exactly the
// visible x range, accurate to a quarter pixel, clipped vertically. Not the stroking.

/// Samples curves for a viewport, caching each result under its curve and viewport.
///
/// Method (per pixel column of the plot, device pixels):
/// 1. x at each column centre comes from ``Viewport/x(forPixelX:)`` (never by adding a
///    step, so at the deepest zoom neighbouring columns get distinct doubles), plus
///    exactly `x.min` and `x.max` at the plot's left and right edges.
/// 2. Each column is split in halves while the curve at its quarter and middle points lies
///    more than ``refineTolerance`` px from the chord, so the drawn line stays within
///    ``tolerance`` px of the curve, plus 2 ulps of y in pixels: the curve's own rounding
///    noise, negligible except in the last few y zoom steps, where an ulp of y approaches
///    1/4 px and no polyline can follow the noise. Splitting stops at adjacent doubles,
///    where the curve is wholly off the band on one side, or when the budget is spent.
/// 3. The polyline is clipped to the plot's y range widened by ``clipMargin`` px.
///
/// Y scales: each sample is ``PlottedCurve/scaledValue(_:in:)`` mapped with
/// ``Viewport/pixelY(forU:)``, so a log axis shows S' at x = ±800 (u ≈ -347) although
/// S'(800) is 0 as a double, and refinement works in pixels exactly as on a linear axis.
/// Where the scale is undefined (S'' ≤ 0 under log, S'' < 0 under logit: u is NaN) the
/// polyline breaks into runs. A column with a gap edge is bisected down to adjacent
/// doubles to find the last defined x, and the defined part is refined as usual, so the
/// line runs right up to the edge (at S''(0) it plunges as log10(|x|/8) through the whole
/// view). Defined islands narrower than a column inside a gap are not looked for (the
/// plotted curves have none). u = ±infinity is clamped like any far value.
///
/// Kinks: where the curve's order jumps (``PlotFunction/kinks(_:)``, ReLU' at 0), the
/// polyline breaks: the piece on the left ends at the kink's x with exactly the left
/// limit, the next run starts there with the right limit, so no segment spans a jump at
/// any zoom or scale. A column edge exactly at a kink takes the right limit.
///
/// Probes: the midpoints and quarter points that only decide whether to split (almost
/// all samples: a column needs its edge drawn and three probes) are the family's cheap
/// ``PlotFunction/estimate(_:at:_:)`` on the linear scale, each with its error bound in
/// pixels. Where a bound could change a decision, the probes are evaluated exactly and
/// decided again, and a probe the polyline keeps is always exact: so the polyline is the
/// one exact values give, point for point, while the correctly rounded functions (about
/// twice the cost of an estimate) run about once per column instead of four times.
///
/// Buffers are reused: a re-sample overwrites the previous result's storage in place, as
/// long as the caller no longer holds that result (arrays are copy-on-write).
public struct CurveSampler: Sendable {
  /// How far the polyline may stray from the curve, device pixels (the promise).
  public static let tolerance = 0.25
  /// What refinement checks at the probes, device pixels. Below ``tolerance`` because the
  /// curve between probes can bend a little further than at them.
  public static let refineTolerance = 0.1
  /// How far beyond the plot rectangle's top and bottom lines still run, device pixels, so
  /// round stroke caps (half a line width) never show at the plot's edge.
  public static let clipMargin = 4.0
  /// Pixel y is clamped this far beyond the band before any geometry, so squared distances
  /// never overflow when a tiny y span sends off-screen values toward 1e300.
  static let farPixels = 1e6
  /// Most samples per pixel column on average before refinement stops (a guard against
  /// curves whose rounding noise is bigger than the tolerance; no view in the tests
  /// comes near it: they need 1-1.01 samples per column).
  static let samplesPerColumnBudget = 64
  /// How far, device pixels, a drawn estimate may be from the exact point
  /// (``PlotFunction/estimateDraws``): 1/1024 px, invisible at any zoom and far inside
  /// ``tolerance``.
  public static let drawnEstimateSlack = 1.0 / 1024

  /// How many sampled curves the cache keeps at most; past that, the least recently
  /// used is refilled. Far more than a frame draws, so no frame evicts its own curves.
  public static let cacheCapacity = 64

  /// Cached results, each under its full key: the curve (function, parameters, order)
  /// and the viewport (ranges, plot rectangle, y scale). A change to any of them misses,
  /// so a parameter change can never show a stale curve.
  private var entries: [Entry] = []
  /// Counts lookups; an entry's `lastUse` is the count at its last hit or fill.
  private var clock = 0
  /// How many times a curve was actually sampled (cache misses); for tests and benchmarks.
  public private(set) var samplingCount = 0

  private struct Entry: Sendable {
    var curve: PlottedCurve
    var viewport: Viewport
    var result: SampledCurve
    var lastUse: Int
  }

  public init() {}

  /// The polyline of `curve` for `viewport`; the cached one if that exact pair was
  /// sampled before and not evicted.
  public mutating func sample(_ curve: PlottedCurve, in viewport: Viewport) -> SampledCurve {
    clock += 1
    if let i = entries.firstIndex(where: { $0.viewport == viewport && $0.curve == curve }) {
      entries[i].lastUse = clock
      return entries[i].result
    }
    // The entry to refill: this curve's for another view (a pan or zoom), else a new one
    // while there is room, else the least recently used.
    let slot: Int
    if let i = entries.firstIndex(where: { $0.curve == curve }) {
      slot = i
    } else if entries.count < Self.cacheCapacity {
      entries.append(Entry(curve: curve, viewport: viewport, result: SampledCurve(), lastUse: 0))
      slot = entries.count - 1
    } else {
      slot = entries.indices.min { entries[$0].lastUse < entries[$1].lastUse } ?? 0
    }
    // Take the old result out so its buffers are uniquely held and refilled in place.
    var result = SampledCurve()
    swap(&result, &entries[slot].result)
    Self.sample(curve, in: viewport, into: &result)
    entries[slot] = Entry(curve: curve, viewport: viewport, result: result, lastUse: clock)
    samplingCount += 1
    return result
  }

  /// Samples without caching, overwriting `result` (its storage is reused when unique).
  public static func sample(_ curve: PlottedCurve, in vp: Viewport, into result: inout SampledCurve) {
    curve.function.sampleCurve(curve.order, curve.parameters, in: vp, into: &result)
  }

  /// The sampling pass for family `f` (``PlotFunction/sampleCurve(_:_:in:into:)``);
  /// `flatColumns` false turns the flat-column shortcut off (tests compare the two).
  static func sample<F: PlotFunction>(_ f: F, _ order: DerivativeOrder, _ p: ParameterValues,
                                      in vp: Viewport, into result: inout SampledCurve,
                                      flatColumns: Bool = true) {
    if vp.yAxisScale == .logMagnitude {
      walk(f, order, p, in: vp, into: &result, SignTracked.self, flatColumns: false)
    } else {
      walk(f, order, p, in: vp, into: &result, SignIgnored.self, flatColumns: flatColumns)
    }
  }

  /// The pass itself, compiled once per sign policy.
  private static func walk<F: PlotFunction, S: SignPolicy>(
    _ f: F, _ order: DerivativeOrder, _ p: ParameterValues, in vp: Viewport,
    into result: inout SampledCurve, _: S.Type, flatColumns: Bool
  ) {
    var points: [Point] = []
    var runEnds: [Int] = []
    swap(&points, &result.points)
    swap(&runEnds, &result.runEnds)
    let columns = Swift.max(1, Int(vp.plot.width.rounded(.up)))
    var walk = Walk<F, S>(
      function: f, order: order, parameters: p, viewport: vp,
      clipper: PolylineClipper(
        points: consume points, runEnds: consume runEnds,
        minY: vp.plot.top - clipMargin, maxY: vp.plot.bottom + clipMargin),
      budget: columns * samplesPerColumnBudget, flatColumns: flatColumns)
    walk.clipper.points.reserveCapacity(columns * 2 + 16)
    // Where this order jumps, the curve breaks: each piece ends at the exact one-sided
    // limit and the next starts at the other, so no segment ever spans a jump.
    let breaks = f.kinks(p).filter { $0[order].jumps }
    var next = 0
    while next < breaks.count && breaks[next].x < vp.x.min { next += 1 }
    // Samples at the left edge, every column centre, and the right edge, so each column
    // holds one even after rounding, and the ends are exactly x.min and x.max.
    var a = walk.map.sample(vp.x.min)
    if next < breaks.count && breaks[next].x == vp.x.min {
      a = walk.map.limit(vp.x.min, breaks[next][order].right)
      next += 1
    }
    walk.start(a)
    // Columns at which a stretch off the band may next be skipped (CurveSampler+OffBand).
    var nextSkip = 0
    var i = 0
    while i <= columns {
      defer { i += 1 }
      let px = vp.plot.left + Double(i) + 0.5
      if i < columns && px >= vp.plot.right { continue }
      let bx = i == columns ? vp.x.max : vp.x(forPixelX: px)
      while next < breaks.count && breaks[next].x <= bx {
        let k = breaks[next]
        next += 1
        guard k.x > a.x else { continue }
        let end = walk.map.limit(k.x, k[order].left)
        walk.refine(a, walk.map.probe(a.x + (k.x - a.x) / 2), end)
        a = walk.map.limit(k.x, k[order].right)
        walk.restart(a)
      }
      guard bx > a.x else { continue }  // a kink at bx: its right limit stands for it
      let b = walk.drawnEdge(bx, atPixel: px)
      if !walk.acceptsFlatColumn(a, b, atPixel: px) {
        walk.refine(a, walk.map.probe(a.x + (b.x - a.x) / 2), b)
      }
      a = b
      // Far off the band, the next columns may all be skipped at once: only where no kink
      // lies before their end and every one is a whole column inside the plot.
      let j = i + OffBandSkip.columns
      if i >= nextSkip, walk.flat.enabled, j < columns, walk.isFarOffBand(a) {
        let jx = vp.plot.left + Double(j) + 0.5
        let x = vp.x(forPixelX: jx)
        if jx < vp.plot.right, !(next < breaks.count && breaks[next].x <= x),
          let end = walk.skipOffBand(from: a, to: x, atPixel: jx, columns: j - i)
        {
          a = end
          i = j
        } else {
          nextSkip = j
        }
      }
    }
    walk.clipper.closeRun()
    result = SampledCurve(points: walk.clipper.points, runEnds: walk.clipper.runEnds)
    if walk.map.tracksSign {
      walk.syncRunSigns()
      result.runIsNegative = walk.signs.runIsNegative
      result.signChanges = walk.signs.changes
    }
  }
}

extension PlotFunction {
  /// The sampler's pass over this family's curve, a requirement only so that each family's
  /// witness is this generic code specialized to it: the per-sample calls are then static
  /// and inlined, not made through the curve's existential (which also made the walk
  /// state costly to copy). Families do not implement it.
  public func sampleCurve(_ order: DerivativeOrder, _ p: ParameterValues, in viewport: Viewport,
                          into result: inout SampledCurve) {
    CurveSampler.sample(self, order, p, in: viewport, into: &result)
  }
}

/// One sampling pass of family F: evaluation, mapping and adaptive refinement feeding
/// the clipper.
struct Walk<F: PlotFunction, S: SignPolicy> {
  /// How a data x becomes a sample: evaluation and mapping, read-only. Kept apart from
  /// the mutable state so a sample never copies the walk (its clipper's buffers).
  let map: CurveMapping<F, S>
  var clipper: PolylineClipper
  /// Samples still allowed beyond the column edges.
  var budget: Int
  /// Refinement tolerance in device pixels: ``CurveSampler/refineTolerance``, or the
  /// curve's own rounding noise (2 ulps of u) where the y zoom makes that larger.
  let tolerance: Double
  /// Whether the last sample fed was in a gap (u NaN): the next defined one starts a run.
  private var inGap = false
  /// The sign bookkeeping of the log-magnitude scale (CurveSampler+SignChanges.swift).
  var signs = SignTrack()
  /// The flat-column shortcut's bounds (CurveSampler+Flatness.swift).
  var flat: FlatColumns
  /// The deep zoom's tangent lines for drawn edges (CurveSampler+Tangents.swift).
  var tangent = TangentBlock()

  init(function: F, order: DerivativeOrder, parameters: ParameterValues, viewport: Viewport,
       clipper: PolylineClipper, budget: Int, flatColumns: Bool = true) {
    self.clipper = clipper
    self.budget = budget
    map = CurveMapping(function: function, order: order, parameters: parameters, viewport: viewport,
                  scale: viewport.yAxisScale, lowY: clipper.minY - CurveSampler.farPixels,
                  highY: clipper.maxY + CurveSampler.farPixels)
    let yMagnitude = Swift.max(viewport.y.min.magnitude, viewport.y.max.magnitude)
    tolerance = Swift.max(CurveSampler.refineTolerance, 2 * yMagnitude.ulp * viewport.yScale)
    flat = FlatColumns(viewport: viewport, tolerance: tolerance, drawsEstimates: map.drawsEstimates,
                       top: clipper.minY, bottom: clipper.maxY, lowY: map.lowY, highY: map.highY,
                       enabled: flatColumns && viewport.yAxisScale == .linear && !S.tracksSign)
  }

  /// Starts the polyline at `a`.
  mutating func start(_ a: CurveSample) {
    inGap = a.p.y.isNaN
    if map.tracksSign { signs.note(a) }
    if !inGap { clipper.move(to: a.p) }
  }

  /// Ends the run and starts a new one at `a` (the far side of a jump).
  mutating func restart(_ a: CurveSample) {
    clipper.closeRun()
    start(a)
  }

  /// Continues the polyline to `b`, breaking it at gaps.
  mutating func feed(_ b: CurveSample) {
    if map.tracksSign {
      feedTrackingSign(b)
      return
    }
    extend(to: b)
  }

  /// Moves, draws or breaks the clipper's run at `b`: a NaN sample is a gap.
  @inline(__always) private mutating func extend(to b: CurveSample) {
    if b.p.y.isNaN {
      clipper.closeRun()
      inGap = true
    } else if inGap {
      clipper.move(to: b.p)
      inGap = false
    } else {
      clipper.line(to: b.p)
    }
  }

  /// ``feed(_:)`` under the log-magnitude scale: notes the sign, feeds, and gives the
  /// runs the clipper closed their sign (kept out of line, off the other scales' path).
  @inline(never) private mutating func feedTrackingSign(_ b: CurveSample) {
    signs.note(b)
    extend(to: b)
    syncRunSigns()
  }

  /// Emits the polyline from `a` (already emitted) to `b`, with `m` the curve at the
  /// midpoint, splitting while the curve strays from the chord a-b. `a` and `b` are exact,
  /// `m` may be a probe's estimate (made exact before it is kept).
  mutating func refine(_ a: CurveSample, _ m: CurveSample, _ b: CurveSample) {
    if a.p.y.isNaN || m.p.y.isNaN || b.p.y.isNaN {
      refineAcrossGap(a, map.exact(m), b)
      return
    }
    if map.tracksSign, a.changesSign(to: m) || m.changesSign(to: b) || a.changesSign(to: b) {
      refineAcrossSignChange(a, map.exact(m), b)
      return
    }
    let q1x = a.x + (m.x - a.x) / 2
    let q3x = m.x + (b.x - m.x) / 2
    // Adjacent doubles: nothing in between to sample.
    guard budget > 0, q1x > a.x, q1x < m.x, q3x > m.x, q3x < b.x else {
      emit(map.exact(m), b)
      return
    }
    var q1 = map.probe(q1x)
    var q3 = map.probe(q3x)
    var m = m
    budget -= 2
    var keepsChord = Self.keepsChord(a, q1, m, q3, b, tolerance: tolerance,
                                     top: clipper.minY, bottom: clipper.maxY)
    if keepsChord == nil {
      // An estimate's error could decide it: decide with exact values, as without probes.
      (q1, m, q3) = (map.exact(q1), map.exact(m), map.exact(q3))
      keepsChord = Self.keepsChord(a, q1, m, q3, b, tolerance: tolerance,
                                   top: clipper.minY, bottom: clipper.maxY)
    }
    if keepsChord == true && !(map.tracksSign && Self.flips(a, q1, m, q3, b)) {
      feed(b)
      return
    }
    m = map.exact(m)
    refine(a, q1, m)
    refine(m, q3, b)
  }

  /// Whether the chord a-b may stand for the curve through the probes q1, m, q3: all five
  /// samples above the clip band or all below it, or each probe within `tolerance` px of
  /// the chord. nil if the probes' error bounds (``CurveSample/slack``) leave it open; with
  /// exact probes, never nil and exactly the plain comparisons.
  private static func keepsChord(_ a: CurveSample, _ q1: CurveSample, _ m: CurveSample, _ q3: CurveSample,
                                 _ b: CurveSample, tolerance: Double, top: Double, bottom: Double)
    -> Bool?
  {
    let s = Swift.max(q1.slack, m.slack, q3.slack)
    let allAbove = Verdict.all(
      a.p.y < top, Verdict.less(q1.p.y, top, s), Verdict.less(m.p.y, top, s),
      Verdict.less(q3.p.y, top, s), b.p.y < top)
    if allAbove == true { return true }
    let allBelow = Verdict.all(
      a.p.y > bottom, Verdict.less(bottom, q1.p.y, s), Verdict.less(bottom, m.p.y, s),
      Verdict.less(bottom, q3.p.y, s), b.p.y > bottom)
    if allBelow == true { return true }
    let near = Verdict.all(
      Verdict.atMost(distance(q1.p, a.p, b.p), tolerance, s),
      Verdict.atMost(distance(m.p, a.p, b.p), tolerance, s),
      Verdict.atMost(distance(q3.p, a.p, b.p), tolerance, s), true, true)
    if near == true { return true }
    return allAbove == false && allBelow == false && near == false ? false : nil
  }

  /// ``refine(_:_:_:)`` where a, m or b lies in a gap: finds each edge between a defined
  /// sample and a gap by bisection, refines the defined side up to it, and breaks there.
  private mutating func refineAcrossGap(_ a: CurveSample, _ m: CurveSample, _ b: CurveSample) {
    let aGap = a.p.y.isNaN
    let bGap = b.p.y.isNaN
    if aGap && bGap {
      feed(b)
    } else if !aGap && !bGap {
      // Both ends defined, the middle not: two edges, one in each half.
      refineAcrossGap(a, map.sample(a.x + (m.x - a.x) / 2), m)
      refineAcrossGap(m, map.sample(m.x + (b.x - m.x) / 2), b)
    } else {
      var defined = aGap ? b : a
      var gap = aGap ? a : b
      // At most ~64 halvings reach adjacent doubles; x is fine-grained enough anyway.
      for _ in 0..<80 where budget > 0 {
        let mx = defined.x + (gap.x - defined.x) / 2
        if mx == defined.x || mx == gap.x { break }
        let s = map.sample(mx)
        budget -= 1
        if s.p.y.isNaN { gap = s } else { defined = s }
      }
      if aGap {
        feed(defined)  // starts a run
        refine(defined, map.sample(defined.x + (b.x - defined.x) / 2), b)
      } else {
        if defined.x != a.x { refine(a, map.sample(a.x + (defined.x - a.x) / 2), defined) }
        feed(b)  // ends it
      }
    }
  }

  /// Emits a-m-b (when the chord can't be checked further, keep the midpoint if distinct).
  private mutating func emit(_ m: CurveSample, _ b: CurveSample) {
    if m.x != b.x && (m.p != clipper.lastFed || inGap) { feed(m) }
    feed(b)
  }

  /// Distance from p to the segment a-b, device pixels. 1-Lipschitz in p (up to its
  /// rounding, below 1e-9 px for coordinates within the clamp band), which is what lets a
  /// probe's pixel error bound its effect on the comparison with the tolerance.
  private static func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
    let dx = b.x - a.x
    let dy = b.y - a.y
    let length2 = dx * dx + dy * dy
    var t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0
    t = Swift.min(Swift.max(t, 0), 1)
    let ex = a.x + t * dx - p.x
    let ey = a.y + t * dy - p.y
    return (ex * ex + ey * ey).squareRoot()
  }
}
