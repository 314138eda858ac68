// The automatic y fit: the y (or u) range that shows the curves over the x range, and
// the viewports built from checked ranges.

extension ViewerState {
  /// The curves a fit covers: the visible ones, or S and S' when none is shown.
  var fitCurves: [PlottedCurve] {
    let visible = display.visibleCurves
    return visible.isEmpty ? Self.fittedCurves : visible
  }

  /// The current x range with u fitted to the fit curves under `scale`.
  func fitted(scale: YScale) -> Viewport {
    let x = viewport.x.min...viewport.x.max
    let u = Self.fittedURange(over: x, curves: fitCurves, scale: scale)
    return Self.viewport(x: x, u: u, plot: viewport.plot, scale: scale)
  }

  static func isUsable(_ r: ClosedRange<Double>) -> Bool {
    r.lowerBound.isFinite && r.upperBound.isFinite && r.lowerBound < r.upperBound
  }

  /// A viewport for ranges already checked by `isUsable` (or fitted, hence finite).
  static func viewport(x: ClosedRange<Double>, y: ClosedRange<Double>, plot: PixelRect)
    -> Viewport
  {
    viewport(x: x, u: y, plot: plot, scale: .linear)
  }

  /// A viewport for an x range and a u range under `scale`, both finite.
  static func viewport(
    x: ClosedRange<Double>, u: ClosedRange<Double>, plot: PixelRect, scale: YScale
  ) -> Viewport {
    Viewport(xMin: x.lowerBound, xMax: x.upperBound, uMin: u.lowerBound, uMax: u.upperBound,
      plot: plot, yAxisScale: scale)
      ?? Viewport(xMin: -10, xMax: 10, yMin: -0.05, yMax: 1.05, plot: plot)!
  }

  /// The y range that shows `curves` over `x`, padded by ``fitMargin`` of their spread.
  ///
  /// Sampled at 1001 evenly spaced x plus 0 if inside (where S' peaks and S'' is 0); the
  /// extremes of S and S' lie at the ends or at 0, so this is exact for them. A flat
  /// result (spread within 64 ulps, i.e. rounding noise) is padded by 5% of its
  /// magnitude, or 0.05 at zero, rather than zooming into the noise.
  public static func fittedYRange(over x: ClosedRange<Double>, curves: [PlottedCurve])
    -> ClosedRange<Double>
  {
    fittedURange(over: x, curves: curves, scale: .linear)
  }

  /// The u range (scaled y) that shows `curves` over `x` under `scale`, padded as
  /// ``fittedYRange(over:curves:)``. Values the scale cannot show (u NaN or infinite:
  /// S'' ≤ 0 under log) are left out. Wider than the scale's limits allow, it keeps the
  /// top (under log the curves' peaks, not the far tails). Nothing showable: a default
  /// (1e-5 … 3 under log, 0.001 … 0.999 under logit).
  public static func fittedURange(over x: ClosedRange<Double>, curves: [PlottedCurve], scale: YScale)
    -> ClosedRange<Double>
  {
    var lo = Double.infinity
    var hi = -Double.infinity
    func include(_ v: Double) {
      guard v.isFinite else { return }
      lo = Swift.min(lo, v)
      hi = Swift.max(hi, v)
    }
    let count = 1000
    for c in curves {
      for i in 0...count {
        // Interpolate without forming upper − lower, which can overflow for wild ranges.
        let t = Double(i) / Double(count)
        let xi = i == count ? x.upperBound : x.lowerBound * (1 - t) + x.upperBound * t
        include(c.scaledValue(xi, in: scale))
      }
      if x.contains(0) { include(c.scaledValue(0, in: scale)) }
    }
    guard lo.isFinite, hi.isFinite else {
      switch scale {
      case .linear: return -0.05...1.05
      case .log: return -5...0.5
      case .logMagnitude: return -5...0.5
      case .logit: return -3...3
      }
    }
    let spread = hi - lo
    let flat = spread <= 64 * Swift.max(lo.magnitude, hi.magnitude).ulp
    let pad = flat ? Swift.max(hi.magnitude * fitMargin, 0.05) : spread * fitMargin
    let top = hi + pad
    let widest = scale.limits.maxSpan
    return Swift.max(lo - pad, top - widest)...top
  }
}
