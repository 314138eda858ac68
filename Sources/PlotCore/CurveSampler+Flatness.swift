// The sampler's flat-column shortcut: a pixel column whose curve provably stays within the
// tolerance of its chord (from the family's bend bound, PlotFunction.bendBound) is
// accepted without its three probes. The probes would have accepted it too, so the
// polyline is point for point the one they give, at a quarter of the evaluations.

/// What a walk needs for the shortcut, fixed per walk, plus the bend bound of the block
/// of columns it is in (recomputed every ``blockColumns`` columns: one exp, not one per
/// column).
///
/// Why accepting is safe. On the linear scale, pixel y is affine in f with factor yScale,
/// so between column edges a and b (h = b.x − a.x apart) the true curve lies within
/// yScale·h²/8·max|f''| px of the true chord, vertically (the interpolation error of a
/// line), hence at least as close to the segment (perpendicular distance ≤ vertical). The
/// walk compares the probes it would take (exact values, or estimates kept within
/// ``CurveSampler/drawnEstimateSlack`` px of them) against the chord of the drawn ends
/// (likewise): each is within δ of the true curve, δ = that slack plus the exact value's
/// own error (2^-48 of the largest |f| the band allows, plus 2^-90 absolute: every family
/// giving a bound is within a few ulps), and distance is 1-Lipschitz in the point and
/// the ends. So if yScale·h²/8·M + 2δ + 1e-6 ≤ tolerance (1e-6 px for the pixel mapping's
/// and the distance's rounding), every probe is within the tolerance of the chord and
/// ``Walk/refine(_:_:_:)`` would accept the chord: the shortcut feeds b, exactly what it
/// would do, and spends the budget it would spend. Ends within 1 px of the clamp band
/// are left to that test (clamping could bend the chord), as are gaps and the other
/// scales (their transforms bend the curve beyond f's bound).
///
/// Off the band. A curve above the plot (a zoom into S leaves S' a million pixels off)
/// is accepted by refine when all five samples lie above the clip band's top. The true
/// curve lies below neither end's unclamped y by more than the bend (clamping only
/// raises a far value toward the band, and an unclamped end is within δ of its drawn
/// y), so if the larger of the two drawn ends' y plus the bend plus 2δ + 1e-6 is still
/// above the top, every probe is: the same verdict, and likewise below the bottom.
struct FlatColumns {
  /// Columns per block sharing one bend bound.
  static let blockColumns = 16.0

  /// yScale/8: pixel deviation per unit of h²·max|f''|.
  let bendScale: Double
  /// Whether the shortcut is on (the linear scale).
  let enabled: Bool
  /// 2δ + 1e-6 px: how far a probe the walk would compare may be from the true curve (δ),
  /// plus how far a drawn end may be from its true value (δ), plus rounding.
  let margin: Double
  /// δ itself: how far a drawn point may be from the true curve, device pixels.
  let delta: Double
  /// The clip band's top and bottom (device pixels), for the off-band test.
  let top: Double
  let bottom: Double
  /// How much deviation the bend may cause: tolerance − 2δ − 1e-6 px; −1 where the
  /// shortcut is off (another scale).
  let allowance: Double
  /// Ends must lie strictly inside this band (the clamp band less 1 px).
  let lowY: Double
  let highY: Double
  /// The current block: data x range and the bend bound over it (empty to start).
  var lo = Double.infinity
  var hi = -Double.infinity
  var bound = Double.infinity

  init(viewport vp: Viewport, tolerance: Double, drawsEstimates: Bool, top: Double,
       bottom: Double, lowY: Double, highY: Double, enabled: Bool) {
    bendScale = vp.yScale / 8
    let yMagnitude = Swift.max(vp.y.min.magnitude, vp.y.max.magnitude)
    let valueMagnitude = yMagnitude + (CurveSampler.farPixels + 8) / vp.yScale
    let exactError = (valueMagnitude * 0x1p-48 + 0x1p-90) * vp.yScale
    let delta = (drawsEstimates ? CurveSampler.drawnEstimateSlack : 0) + exactError
    allowance = enabled ? tolerance - 2 * delta - 1e-6 : -1
    self.enabled = enabled
    margin = 2 * delta + 1e-6
    self.delta = delta
    self.top = top
    self.bottom = bottom
    self.lowY = lowY + 1
    self.highY = highY - 1
  }
}

extension Walk {
  /// Accepts the column a-b (its exact or drawn ends) as its chord where the bend bound
  /// proves the probes would (see ``FlatColumns``), feeding b; false leaves it to
  /// ``refine(_:_:_:)``. `px` is the column's right edge pixel, where the block starts
  /// when a new one is needed.
  @inline(__always) mutating func acceptsFlatColumn(_ a: CurveSample, _ b: CurveSample,
                                                    atPixel px: Double) -> Bool {
    guard flat.enabled else { return false }
    if !(a.x >= flat.lo && b.x <= flat.hi) { startFlatBlock(a.x, b.x, atPixel: px) }
    let h = b.x - a.x
    let bend = flat.bendScale * (h * h) * flat.bound
    let near = bend <= flat.allowance && a.p.y > flat.lowY && a.p.y < flat.highY
      && b.p.y > flat.lowY && b.p.y < flat.highY
    guard near || Swift.max(a.p.y, b.p.y) + bend + flat.margin < flat.top
      || Swift.min(a.p.y, b.p.y) - bend - flat.margin > flat.bottom else { return false }
    // The same guard as refine's: with no room for the probes it emits the midpoint.
    let mx = a.x + (b.x - a.x) / 2
    let q1x = a.x + (mx - a.x) / 2
    let q3x = mx + (b.x - mx) / 2
    guard budget > 0, q1x > a.x, q1x < mx, q3x > mx, q3x < b.x else { return false }
    budget -= 2
    feed(b)
    return true
  }

  /// The block from `lo` to the data x ``FlatColumns/blockColumns`` pixels past `px` (at
  /// least `hi`), and its bend bound.
  @inline(never) private mutating func startFlatBlock(_ lo: Double, _ hi: Double,
                                                      atPixel px: Double) {
    flat.lo = lo
    flat.hi = Swift.max(hi, map.viewport.x(forPixelX: px + FlatColumns.blockColumns))
    flat.bound = map.function.bendBound(map.order, over: flat.lo, flat.hi, map.parameters)
  }
}
