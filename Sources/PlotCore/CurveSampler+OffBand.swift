// The sampler's off-band skip: a curve far above or below the plot (a zoom into S leaves
// S' and the other functions a million pixels off) is walked column by column only to
// find that every column's chord lies off the band, which draws nothing. Where the bend
// bound proves that of a whole stretch of columns, the stretch is crossed at once: the
// walk feeds the stretch's last column edge, exactly as it would have after each column,
// so the polyline is point for point the one the column walk gives, at one evaluation
// per stretch instead of one or four per column.

/// The stretch's length and the rule for trying it.
enum OffBandSkip {
  /// Columns crossed per skip.
  static let columns = 32
  /// How far off the band (device pixels) the walk must be before a skip is tried: a
  /// curve near the band would rarely pass, and a failed try costs an evaluation.
  static let distance = 64.0
}

extension Walk {
  /// Whether `a` lies so far off the clip band that a skip is worth trying.
  @inline(__always) func isFarOffBand(_ a: CurveSample) -> Bool {
    a.p.y < flat.top - OffBandSkip.distance || a.p.y > flat.bottom + OffBandSkip.distance
  }

  /// Crosses the `n` columns from the drawn edge `a` to the column edge x (at pixel
  /// `px`) in one step where that is provably what the column walk would do, and returns
  /// the edge at x, fed; nil (nothing done) where it is not proven.
  ///
  /// Why it is the same. The walk would, for each column, take the drawn edge b, then
  /// either accept the column by the flat test or refine it; both feed b alone and spend
  /// 2 of the budget when the five samples refine looks at lie on the same side of the
  /// band (above: pixel y < top), since the chord then draws nothing (FlatColumns says
  /// why the flat test agrees with refine). Every sample the walk computes in the
  /// stretch, exact, drawn or a probe's estimate (whose own slack only ever sends it to
  /// its exact value, never to "not above", while the exact value is above), is within δ
  /// (FlatColumns.delta) or its slack of the true curve T, and T over [a.x, x] lies
  /// within bendScale·M·H² of the chord of its ends (M the bend bound over the stretch,
  /// H = x − a.x); the ends are known from a (within δ) and a stateless look at x
  /// (within its slack, or δ). So if the highest the true curve can be, plus δ, is still
  /// above the top, every column feeds only its edge; the clipper draws nothing for
  /// those segments and is left as after the last one, whose edge this feeds. Clamping
  /// only moves a far value toward the band, so the bound holds for clamped ends too.
  /// Below the band likewise. The quarter points must be distinct doubles (else refine
  /// emits its midpoint without spending budget): the columns must be far wider than an
  /// ulp of x. The budget must last. A family that draws estimates starts a tangent
  /// block (CurveSampler+Tangents) at a column whose probe is too coarse to draw, which
  /// would change the edges after the stretch: so every probe in the stretch is proven
  /// fine enough to draw (from a bound on |f| over it), and then the column walk would
  /// have started none, and the edge at x is what it would take there.
  @inline(never) mutating func skipOffBand(from a: CurveSample, to x: Double,
                                           atPixel px: Double, columns n: Int) -> CurveSample? {
    guard budget > 2 * n + 2, x > a.x else { return nil }
    let vp = map.viewport
    guard vp.xPerPixel > 64 * Swift.max(a.x.magnitude, x.magnitude).ulp else { return nil }
    let f = map.function, order = map.order, p = map.parameters
    let m = f.bendBound(order, over: a.x, x, p)
    guard m.isFinite, m >= 0 else { return nil }
    let h = x - a.x
    let bend = flat.bendScale * (h * h) * m * (1 + 0x1p-40)
    // A stateless look at x: an estimate with its slack, or an exact (or drawn) sample.
    let e = map.probe(x)
    guard e.p.y.isFinite, a.p.y.isFinite else { return nil }
    let endError = Swift.max(e.slack, flat.delta)
    let room = flat.delta + 2e-6
    let above = Swift.max(a.p.y + flat.delta, e.p.y + endError) + bend + room < flat.top
    let below = Swift.min(a.p.y - flat.delta, e.p.y - endError) - bend - room > flat.bottom
    guard above || below else { return nil }
    if map.drawsEstimates && order != .second {
      // Every probe in the stretch fine enough to draw: |estimate| bounded over it.
      let eps = f.estimateError
      func upper(_ v: Double) -> Double { (v.magnitude + 0x1p-990) * (1 + 4 * eps + 0x1p-46) }
      let ends = Swift.max(upper(f.estimate(order, at: a.x, p)), upper(f.estimate(order, at: x, p)))
      let largest = upper(ends + m * (h * h) / 8 * (1 + 0x1p-40))
      let slack = map.relativeSlack * largest + map.absoluteSlack
      guard slack.isFinite, slack <= CurveSampler.drawnEstimateSlack * (1 - 0x1p-20) else {
        return nil
      }
    }
    let b = drawnEdge(x, atPixel: px)
    budget -= 2 * n
    feed(b)
    return b
  }
}
