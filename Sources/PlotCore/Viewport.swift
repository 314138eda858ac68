// Which data rectangle is visible and where it lands on screen: the only mapping between
// data space and device pixels, through the y scale. Not the input handling (ViewerState)
// nor the ticks.

/// A rectangle in (x, u) shown in a pixel rectangle (`plot`), with cached scales, where
/// u = ``yAxisScale``.u(forY: y) is the scaled y (u = y on a linear axis).
///
/// Data space: x to the right, y up. Pixel space: device pixels of the drawable, y down
/// (``Point``). So larger u maps to smaller pixel y: `y.max` is at `plot.top`.
/// Zoom and pan are linear in u; ``pixelY(forY:)`` and ``y(forPixelY:)`` still take and
/// return data y, so drawing code needs no change; ``pixelY(forU:)`` and
/// ``u(forPixelY:)`` skip the transform (exact where y itself would underflow).
///
/// Guarantees: both ranges obey ``AxisRange``'s limits for this plot size; nothing is
/// NaN, infinite, empty or inverted. Every operation returns a valid viewport; input that
/// is NaN or infinite returns `self` unchanged.
public struct Viewport: Hashable, Sendable {
  /// Visible data x interval.
  public let x: AxisRange
  /// Visible u interval (u = y on a linear axis; log10 y under log; log10 odds under logit).
  public let y: AxisRange
  /// How data y maps to u. ``y`` obeys this scale's ``YScale/limits``.
  public let yAxisScale: YScale
  /// The plot area, device pixels, y down.
  public let plot: PixelRect

  /// Device pixels per data unit along x (`plot.width / x.span`).
  public let xScale: Double
  /// Data units per device pixel along x (`x.span / plot.width`).
  public let xPerPixel: Double
  /// Device pixels per u unit along y (`plot.height / y.span`; u = data y when linear).
  public let yScale: Double
  /// u units per device pixel along y (`y.span / plot.height`).
  public let yPerPixel: Double

  /// A viewport showing `x` and u range `y` in `plot` under `yAxisScale`; the ranges are
  /// re-checked for its size and the scale's limits.
  public init(x: AxisRange, y: AxisRange, plot: PixelRect, yAxisScale: YScale = .linear) {
    let x = x.resized(pixels: plot.width)
    let y = y.resized(pixels: plot.height, limits: yAxisScale.limits)
    self.x = x
    self.y = y
    self.yAxisScale = yAxisScale
    self.plot = plot
    xScale = plot.width / x.span
    xPerPixel = x.span / plot.width
    yScale = plot.height / y.span
    yPerPixel = y.span / plot.height
  }

  /// A viewport for the given data ends, brought within the limits; nil if any end is
  /// NaN or infinite or an interval is empty or inverted.
  public init?(xMin: Double, xMax: Double, yMin: Double, yMax: Double, plot: PixelRect) {
    self.init(xMin: xMin, xMax: xMax, uMin: yMin, uMax: yMax, plot: plot, yAxisScale: .linear)
  }

  /// A viewport for x ends and u ends (scaled y) under `yAxisScale`, brought within the
  /// limits; nil if any end is NaN or infinite or an interval is empty or inverted.
  public init?(
    xMin: Double, xMax: Double, uMin: Double, uMax: Double, plot: PixelRect,
    yAxisScale: YScale
  ) {
    guard let x = AxisRange(min: xMin, max: xMax, pixels: plot.width),
      let y = AxisRange(min: uMin, max: uMax, pixels: plot.height, limits: yAxisScale.limits)
    else { return nil }
    self.init(x: x, y: y, plot: plot, yAxisScale: yAxisScale)
  }

  // MARK: - Mappings (the only ones)

  /// Device-pixel x of data x.
  @inlinable public func pixelX(forX x: Double) -> Double {
    plot.left + (x - self.x.min) * xScale
  }

  /// Device-pixel y (down) of data y (up), through the y scale. Values the scale cannot
  /// show give NaN (y < 0 under log) or ±infinity (y = 0 under log).
  @inlinable public func pixelY(forY y: Double) -> Double {
    pixelY(forU: yAxisScale.u(forY: y))
  }

  /// Device-pixel y (down) of scaled u (up): the linear part of the y mapping.
  @inlinable public func pixelY(forU u: Double) -> Double {
    plot.top + (self.y.max - u) * yScale
  }

  /// Data x at device-pixel x. Computed from `x.min` each time, never by stepping, so
  /// at the deepest zoom neighbouring pixels still give distinct doubles.
  @inlinable public func x(forPixelX px: Double) -> Double {
    x.min + (px - plot.left) * xPerPixel
  }

  /// Data y at device-pixel y (down), through the y scale (may underflow to 0 under log
  /// or round to 1 under logit far out; ``u(forPixelY:)`` never does).
  @inlinable public func y(forPixelY py: Double) -> Double {
    yAxisScale.y(forU: u(forPixelY: py))
  }

  /// Scaled u at device-pixel y (down).
  @inlinable public func u(forPixelY py: Double) -> Double {
    y.max - (py - plot.top) * yPerPixel
  }

  // MARK: - Changes

  /// The view scaled by `factor` (< 1 zooms in, > 1 out) keeping the data point under
  /// `pixel` where it is; `axes` picks which ranges change.
  ///
  /// Use `f` to zoom in and `1 / f` to zoom out: the pair gives back the same ranges
  /// (within rounding). At a limit the zoom stops there (see ``AxisRange``).
  public func zoomed(by factor: Double, about pixel: Point, axes: ZoomAxes = .both) -> Viewport {
    guard factor.isFinite, factor > 0, pixel.x.isFinite, pixel.y.isFinite else { return self }
    var newX = x
    var newY = y
    if axes != .yOnly {
      guard let r = x.zoomed(by: factor, about: x(forPixelX: pixel.x), pixels: plot.width)
      else { return self }
      // Stopped at the deepest zoom: keep the range rather than let rounding at the limit
      // creep it sideways under the pointer.
      if factor >= 1 || r.span < x.span { newX = r }
    }
    if axes != .xOnly {
      guard
        let r = y.zoomed(
          by: factor, about: u(forPixelY: pixel.y), pixels: plot.height,
          limits: yAxisScale.limits)
      else { return self }
      if factor >= 1 || r.span < y.span { newY = r }
    }
    return Viewport(x: newX, y: newY, plot: plot, yAxisScale: yAxisScale)
  }

  /// The view moved so the content follows the pointer: the data point at pixel p is
  /// afterwards at p + (dx, dy) (device pixels, y down). Stops at the centre bound.
  public func panned(byPixels dx: Double, dy: Double) -> Viewport {
    guard dx.isFinite, dy.isFinite,
      let newX = x.shifted(by: -dx * xPerPixel, pixels: plot.width),
      let newY = y.shifted(by: dy * yPerPixel, pixels: plot.height, limits: yAxisScale.limits)
    else { return self }
    return Viewport(x: newX, y: newY, plot: plot, yAxisScale: yAxisScale)
  }

  /// The view moved so the data point at pixel `from` lands on pixel `to` (a drag pan).
  /// Built from that data point, as ``reframed(to:keeping:)`` is, so the grabbed point is
  /// the one kept to half an ulp of an end even at the deepest zoom (shifting both ends
  /// rounds each, which there is a good part of a pixel). Stops at the centre bound.
  public func panned(moving from: Point, to: Point) -> Viewport {
    guard from.x.isFinite, from.y.isFinite, to.x.isFinite, to.y.isFinite else { return self }
    var newX = x, newY = y
    if from.x != to.x {
      guard let r = Self.reframed(
        value: x(forPixelX: from.x), at: to.x - plot.left, perPixel: xPerPixel,
        pixels: plot.width, limits: .linear)
      else { return self }
      newX = r
    }
    if from.y != to.y {
      guard let r = Self.reframed(
        value: u(forPixelY: from.y), at: plot.bottom - to.y, perPixel: yPerPixel,
        pixels: plot.height, limits: yAxisScale.limits)
      else { return self }
      newY = r
    }
    return Viewport(x: newX, y: newY, plot: plot, yAxisScale: yAxisScale)
  }

  /// The same data ranges shown in a new plot rectangle (after a resize). Ranges widen
  /// only if the new size raises the narrowest-span limit.
  public func withPlotRect(_ rect: PixelRect) -> Viewport {
    Viewport(x: x, y: y, plot: rect, yAxisScale: yAxisScale)
  }

  /// The same picture in another plot rectangle: every data point keeps its device pixel
  /// and the ranges grow or shrink with the rectangle (what the margins changing under a
  /// zoom or pan needs: the plot's edge moves, the curves do not).
  ///
  /// Each moved axis is rebuilt from the data value at `anchor` (the pointer, or the zoom
  /// centre), so that point is the exactly kept one: rounding the new ends costs it at
  /// most half an ulp of an end. Where a limit stops the ranges from following (the span
  /// or the centre bound), the span is clamped and `anchor` still keeps its data value.
  /// An axis whose pixel extent did not change is kept bit for bit.
  public func reframed(to rect: PixelRect, keeping anchor: Point) -> Viewport {
    guard rect != plot else { return self }
    let p = anchor.x.isFinite && anchor.y.isFinite ? anchor : plot.center
    var newX = x
    if rect.left != plot.left || rect.width != plot.width {
      // An edge that stays keeps its end exactly (no rounding at all on that side).
      let ends: (Double, Double)? = rect.left == plot.left ? (x.min, x(forPixelX: rect.right))
        : rect.right == plot.right ? (x(forPixelX: rect.left), x.max) : nil
      guard let r = Self.reframed(
        value: x(forPixelX: p.x), at: p.x - rect.left, perPixel: xPerPixel, pixels: rect.width,
        limits: .linear, ends: ends)
      else { return self }
      newX = r
    }
    var newY = y
    if rect.top != plot.top || rect.height != plot.height {
      // u grows upwards while pixels grow downwards: measure from the bottom edge.
      let ends: (Double, Double)? = rect.top == plot.top ? (u(forPixelY: rect.bottom), y.max)
        : rect.bottom == plot.bottom ? (y.min, u(forPixelY: rect.top)) : nil
      guard let r = Self.reframed(
        value: u(forPixelY: p.y), at: rect.bottom - p.y, perPixel: yPerPixel,
        pixels: rect.height, limits: yAxisScale.limits, ends: ends)
      else { return self }
      newY = r
    }
    return Viewport(x: newX, y: newY, plot: rect, yAxisScale: yAxisScale)
  }

  /// The range whose low end is `offset` pixels before `value` at `perPixel` units per
  /// pixel over `pixels` pixels (or `ends`, when given: the same range with one end kept
  /// exactly); clamped by the limits about `value`'s place, not the centre, so `value`
  /// stays at `offset`.
  private static func reframed(
    value: Double, at offset: Double, perPixel: Double, pixels: Double, limits: AxisRange.Limits,
    ends: (Double, Double)? = nil
  ) -> AxisRange? {
    let lo = ends?.0 ?? value - offset * perPixel
    let hi = ends?.1 ?? value + (pixels - offset) * perPixel
    guard let r = AxisRange(min: lo, max: hi, pixels: pixels, limits: limits, keeping: value)
    else { return nil }
    guard r.min != lo || r.max != hi else { return r }
    let t = offset / pixels
    return AxisRange(min: value - t * r.span, max: value + (1 - t) * r.span, pixels: pixels,
                     limits: limits, keeping: value) ?? r
  }

  /// The view showing exactly the device-pixel rectangle `r` of this one (a box zoom),
  /// brought within the limits; self if `r` maps to anything non-finite.
  public func zoomed(to r: PixelRect) -> Viewport {
    Viewport(
      xMin: x(forPixelX: r.left), xMax: x(forPixelX: r.right),
      uMin: u(forPixelY: r.bottom), uMax: u(forPixelY: r.top), plot: plot,
      yAxisScale: yAxisScale) ?? self
  }
}
