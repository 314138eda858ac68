// Everything the viewer shows that the user can change, and how each input changes it.
// Pure state: no SDL, no drawing. The window maps keys and buttons to ViewerInput.

import Foundation

/// The viewer's state: drawable size, scale factor, margins and the visible data ranges.
///
/// The plot rectangle is always `margins.plotRect(width:height:scale:)`; the viewport
/// carries it, so ``viewport`` alone is enough to draw a frame.
public struct ViewerState: Sendable {
  // MARK: - Bindings' numbers (the window's key table refers to these)

  /// Span factor per wheel notch: one notch in divides the span by 1.2, one notch out
  /// multiplies it by 1.2, so in-then-out restores the view. Fractional notches (precise
  /// wheels, touchpads) use 1.2^notches.
  public static let wheelNotchFactor = 1.2
  /// Span factor per ``ViewerInput/zoomStep(_:)`` step (`+`/`-` keys), about the plot centre.
  public static let keyZoomFactor = 1.2
  /// Fraction of the plot width or height one arrow-key press pans
  /// (the window sends `.panStep(dx: ±panStepFraction, dy: 0)` and so on).
  public static let panStepFraction = 0.1
  /// Largest |notches| honoured per event. 1.2^400 ≈ 1e31 already passes every zoom
  /// limit, while pow stays far from overflow, so a huge delta simply zooms to the limit.
  public static let maxNotchesPerEvent = 400.0

  // MARK: - Default view

  /// The x range of the default view, data units (the matplotlib original's).
  public static let standardXRange = -10.0...10.0
  /// The curves the default y range is fitted to (the original's two).
  public static let fittedCurves: [Curve] = [.sigmoid, .derivative]
  /// Padding added above and below the fitted values, as a fraction of their spread.
  public static let fitMargin = 0.05

  // MARK: - State

  /// Drawable size in device pixels, each >= 1.
  public private(set) var drawableWidth: Int
  public private(set) var drawableHeight: Int
  /// Device pixels per point (2 on a typical HiDPI screen); finite and > 0.
  public private(set) var scale: Double
  /// Room around the plot, points.
  public private(set) var margins: PlotMargins
  /// What is visible and where it is drawn.
  public private(set) var viewport: Viewport
  /// The data x range ``ViewerInput/resetView`` returns to.
  public let defaultXRange: ClosedRange<Double>
  /// The data y range ``ViewerInput/resetView`` returns to.
  public let defaultYRange: ClosedRange<Double>
  /// The pan in progress: the pointer where it began and the viewport then. Panning from
  /// that snapshot (not step by step) keeps the grabbed point exactly under the pointer.
  private var drag: (start: Point, current: Point, viewport: Viewport)?

  /// Curves, markers, grid, help and y scale.
  public private(set) var display = DisplayOptions()
  /// The pointer in device pixels while it hovers over the window (the probe), else nil.
  public private(set) var pointer: Point?

  /// Whether a drag-pan is in progress.
  public var isDragging: Bool { drag != nil }

  /// A state for a `width` × `height` device-pixel drawable showing `xRange` (default
  /// -10...10) and `yRange` (default: fitted to S and S' over `xRange`, 5% padding).
  /// Ranges that are empty or not finite fall back to the defaults.
  public init(
    width: Int, height: Int, scale: Double = 1, margins: PlotMargins = .standard,
    xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil
  ) {
    let xr = xRange.flatMap { Self.isUsable($0) ? $0 : nil } ?? Self.standardXRange
    self.defaultXRange = xr
    self.defaultYRange = yRange.flatMap { Self.isUsable($0) ? $0 : nil }
      ?? Self.fittedYRange(over: xr, curves: Self.fittedCurves)
    self.drawableWidth = Swift.max(1, width)
    self.drawableHeight = Swift.max(1, height)
    self.scale = scale.isFinite && scale > 0 ? scale : 1
    self.margins = Self.usable(margins)
    let rect = self.margins.plotRect(width: Swift.max(1, width), height: Swift.max(1, height),
      scale: self.scale)
    self.viewport = Self.viewport(x: defaultXRange, y: defaultYRange, plot: rect)
  }

  // MARK: - Input

  /// Applies one input; returns whether anything drawn changed (so the caller redraws).
  public mutating func apply(_ input: ViewerInput) -> Bool {
    switch input {
    case .wheel(let notches, let at, let axes):
      guard notches.isFinite, notches != 0 else { return false }
      let n = Swift.min(Swift.max(notches, -Self.maxNotchesPerEvent), Self.maxNotchesPerEvent)
      return changeView(viewport.zoomed(by: pow(Self.wheelNotchFactor, -n), about: at, axes: axes))

    case .dragBegan(let at):
      guard at.x.isFinite, at.y.isFinite else { return false }
      drag = (at, at, viewport)
      return false

    case .dragMoved(let to):
      guard var d = drag, to.x.isFinite, to.y.isFinite else { return false }
      d.current = to
      drag = d
      let moved = d.viewport.panned(byPixels: to.x - d.start.x, dy: to.y - d.start.y)
      return setViewport(moved)

    case .dragEnded:
      drag = nil
      return false

    case .resized(let width, let height, let newScale):
      let w = Swift.max(1, width)
      let h = Swift.max(1, height)
      let s = newScale.isFinite && newScale > 0 ? newScale : scale
      guard w != drawableWidth || h != drawableHeight || s != scale else { return false }
      drawableWidth = w
      drawableHeight = h
      scale = s
      _ = changeView(viewport.withPlotRect(margins.plotRect(width: w, height: h, scale: s)))
      return true

    case .resetView:
      return changeView(Self.viewport(x: defaultXRange, y: defaultYRange, plot: viewport.plot))

    case .zoomStep(let steps):
      guard steps != 0 else { return false }
      let n = Swift.min(Swift.max(Double(steps), -Self.maxNotchesPerEvent), Self.maxNotchesPerEvent)
      return changeView(viewport.zoomed(by: pow(Self.keyZoomFactor, -n), about: viewport.plot.center))

    case .hover(let at):
      let p = at.flatMap { $0.x.isFinite && $0.y.isFinite ? $0 : nil }
      guard p != pointer else { return false }
      pointer = p
      return true

    case .toggleCurve(let curve):
      if display.curves.contains(curve) {
        display.curves.remove(curve)
      } else {
        display.curves.insert(curve)
      }
      return true

    case .toggleMarkers:
      display.showsMarkers.toggle()
      return true

    case .toggleGrid:
      display.showsGrid.toggle()
      return true

    case .toggleHelp:
      display.showsHelp.toggle()
      return true

    case .toggleYScale, .boxBegan, .boxMoved, .boxEnded, .historyBack, .historyForward, .fitY:
      return false  // Being built: y scales, box zoom, view history, fit.

    case .panStep(let dx, let dy):
      // dx > 0 shows data further right, dy > 0 data further up: the content moves the
      // other way on screen, by that fraction of the plot's size.
      return changeView(
        viewport.panned(byPixels: -dx * viewport.plot.width, dy: dy * viewport.plot.height))
    }
  }

  /// Changes the margins (e.g. once the font's size is known); returns whether they changed.
  /// Non-finite or negative margins are stored as 0 (as ``PlotMargins/plotRect`` reads
  /// them), so NaN, which never equals itself, cannot make every call report a change.
  public mutating func setMargins(_ requested: PlotMargins) -> Bool {
    let newMargins = Self.usable(requested)
    guard newMargins != margins else { return false }
    margins = newMargins
    _ = changeView(viewport.withPlotRect(
      newMargins.plotRect(width: drawableWidth, height: drawableHeight, scale: scale)))
    return true
  }

  // MARK: - Helpers

  /// Sets the viewport from outside a drag; a drag in progress continues from here.
  private mutating func changeView(_ v: Viewport) -> Bool {
    let changed = setViewport(v)
    if let d = drag { drag = (d.current, d.current, viewport) }
    return changed
  }

  private mutating func setViewport(_ v: Viewport) -> Bool {
    guard v != viewport else { return false }
    viewport = v
    return true
  }

  /// `m` with each non-finite or negative side replaced by 0.
  private static func usable(_ m: PlotMargins) -> PlotMargins {
    func side(_ points: Double) -> Double { points.isFinite && points > 0 ? points : 0 }
    return PlotMargins(left: side(m.left), top: side(m.top), right: side(m.right),
      bottom: side(m.bottom))
  }

  private static func isUsable(_ r: ClosedRange<Double>) -> Bool {
    r.lowerBound.isFinite && r.upperBound.isFinite && r.lowerBound < r.upperBound
  }

  /// A viewport for ranges already checked by `isUsable` (or fitted, hence finite).
  private static func viewport(x: ClosedRange<Double>, y: ClosedRange<Double>, plot: PixelRect)
    -> Viewport
  {
    Viewport(xMin: x.lowerBound, xMax: x.upperBound, yMin: y.lowerBound, yMax: y.upperBound,
      plot: plot)
      ?? Viewport(xMin: -10, xMax: 10, yMin: -0.05, yMax: 1.05, plot: plot)!
  }

  /// The y range that shows `curves` over `x`, padded by ``fitMargin`` of their spread.
  ///
  /// Sampled at 1001 evenly spaced x plus 0 if inside (where S' peaks and S'' is 0); the
  /// extremes of S and S' lie at the ends or at 0, so this is exact for them. A flat
  /// result (spread within 64 ulps, i.e. rounding noise) is padded by 5% of its
  /// magnitude, or 0.05 at zero, rather than zooming into the noise.
  public static func fittedYRange(over x: ClosedRange<Double>, curves: [Curve])
    -> ClosedRange<Double>
  {
    var lo = Double.infinity
    var hi = -Double.infinity
    func include(_ v: Double) {
      lo = Swift.min(lo, v)
      hi = Swift.max(hi, v)
    }
    let count = 1000
    for c in curves {
      for i in 0...count {
        // Interpolate without forming upper − lower, which can overflow for wild ranges.
        let t = Double(i) / Double(count)
        include(c.evaluate(i == count ? x.upperBound : x.lowerBound * (1 - t) + x.upperBound * t))
      }
      if x.contains(0) { include(c.evaluate(0)) }
    }
    guard lo.isFinite, hi.isFinite else { return -0.05...1.05 }
    let spread = hi - lo
    let flat = spread <= 64 * Swift.max(lo.magnitude, hi.magnitude).ulp
    let pad = flat ? Swift.max(hi.magnitude * fitMargin, 0.05) : spread * fitMargin
    return (lo - pad)...(hi + pad)
  }
}
