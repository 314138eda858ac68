// Everything the viewer shows that the user can change, and how each input changes it.
// Pure state: no SDL, no drawing. The window maps keys and buttons to ViewerInput.

import Glibc

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
  public static let fittedCurves: [PlottedCurve] = [.sigmoid, .sigmoidDerivative]
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
  /// The box-zoom rectangle being dragged with the right button, device pixels, clamped to
  /// the plot rectangle; nil when no box is being dragged (or it has no area yet).
  public private(set) var selection: PixelRect?
  /// Where the box drag began, device pixels.
  private var boxStart: Point?
  /// The views visited (Backspace / Alt+Left, Alt+Right).
  public private(set) var history = ViewHistory()
  /// The view when the current drag began: one history step per drag.
  private var dragOrigin: ViewSnapshot?
  /// Whether the wheel gesture in progress already made its history step: consecutive
  /// wheel inputs (hover and resize between them do not count) are one step.
  private var wheelStepRecorded = false
  /// The margins the state started with: a fit from scratch starts from them, so the same
  /// view always gets the same margins, whatever came before.
  private let startMargins: PlotMargins
  /// How ``fitMargins(_:)`` must refit after the inputs since the last fit; nil: no need.
  private var pendingRefit: Refit? = .ranges
  /// Whether y is the automatic fit (the start's, a reset's, `A`'s, a scale switch's): no y
  /// zoom or pan since. Showing or hiding a curve then refits y to the curves shown.
  public private(set) var yIsFitted: Bool
  /// Whether y follows the curves at a reset: false when the command line gave a y range,
  /// which a reset then restores.
  private let yFollowsCurves: Bool

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
    self.scale = Self.usableScale(scale) ?? 1
    self.margins = Self.usable(margins)
    self.startMargins = self.margins
    let rect = self.margins.plotRect(width: Swift.max(1, width), height: Swift.max(1, height),
      scale: self.scale)
    self.viewport = Self.viewport(x: defaultXRange, y: defaultYRange, plot: rect)
    yFollowsCurves = yRange.flatMap { Self.isUsable($0) ? $0 : nil } == nil
    yIsFitted = yFollowsCurves
  }

  // MARK: - Input

  /// Applies one input; returns whether anything drawn changed (so the caller redraws).
  ///
  /// History: one step is recorded per gesture that changes the view: a whole drag (at
  /// dragEnded), a run of wheel inputs (at its first change), and each reset, key zoom or
  /// pan, box zoom, fit and scale switch. Hover and resize neither record nor end a run.
  public mutating func apply(_ input: ViewerInput) -> Bool {
    let before = viewport
    let changed = applyInput(input)
    switch input {
    case .resetView: yIsFitted = yFollowsCurves || display.yScale != .linear
    case .fitY, .toggleYScale: yIsFitted = true
    case .toggleCurve, .resized: break  // a refit keeps it; a resize moves no range
    default:
      if viewport.y != before.y || viewport.yAxisScale != before.yAxisScale { yIsFitted = false }
    }
    guard viewport != before || input.isResize else { return changed }
    // The margins are refitted from the view's ranges, unless the input moved the view
    // about a pixel (the pointer, or the zoom centre) that must keep its data point.
    let refit = input.marginAnchor(plot: before.plot).map(Refit.pixels) ?? .ranges
    switch (pendingRefit, refit) {
    case (.ranges?, _): break  // a refit from the ranges covers anything after it
    default: pendingRefit = refit
    }
    return changed
  }

  private mutating func applyInput(_ input: ViewerInput) -> Bool {
    switch input {
    case .wheel, .hover, .resized: break
    default: wheelStepRecorded = false
    }
    switch input {
    case .wheel(let notches, let at, let axes):
      guard notches.isFinite, notches != 0 else { return false }
      let n = Swift.min(Swift.max(notches, -Self.maxNotchesPerEvent), Self.maxNotchesPerEvent)
      let v = viewport.zoomed(by: pow(Self.wheelNotchFactor, -n), about: at, axes: axes)
      if wheelStepRecorded { return changeView(v) }
      wheelStepRecorded = changeViewRecorded(v)
      return wheelStepRecorded

    case .dragBegan(let at):
      guard at.x.isFinite, at.y.isFinite else { return false }
      drag = (at, at, viewport)
      dragOrigin = ViewSnapshot(viewport)
      return false

    case .dragMoved(let to):
      guard var d = drag, to.x.isFinite, to.y.isFinite else { return false }
      d.current = to
      drag = d
      let moved = d.viewport.panned(moving: d.start, to: to)
      return setViewport(moved)

    case .dragEnded:
      if let origin = dragOrigin, origin != ViewSnapshot(viewport) { history.record(origin) }
      drag = nil
      dragOrigin = nil
      return false

    case .resized(let width, let height, let newScale):
      let w = Swift.max(1, width)
      let h = Swift.max(1, height)
      let s = Self.usableScale(newScale) ?? scale
      guard w != drawableWidth || h != drawableHeight || s != scale else { return false }
      drawableWidth = w
      drawableHeight = h
      scale = s
      _ = changeView(viewport.withPlotRect(margins.plotRect(width: w, height: h, scale: s)))
      return true

    case .resetView:
      // Back to the start's margins too, so the fit that follows repeats the start's fit
      // step for step and the frame is the first one's, pixel for pixel.
      let scale = display.yScale
      let u = scale == .linear && !yFollowsCurves
        ? defaultYRange : Self.fittedURange(over: defaultXRange, curves: fitCurves, scale: scale)
      let rect = startMargins.plotRect(width: drawableWidth, height: drawableHeight, scale: self.scale)
      let marginsChanged = margins != startMargins
      margins = startMargins
      let moved = changeViewRecorded(Self.viewport(x: defaultXRange, u: u, plot: rect, scale: scale))
      return moved || marginsChanged

    case .zoomStep(let steps):
      guard steps != 0 else { return false }
      let n = Swift.min(Swift.max(Double(steps), -Self.maxNotchesPerEvent), Self.maxNotchesPerEvent)
      return changeViewRecorded(
        viewport.zoomed(by: pow(Self.keyZoomFactor, -n), about: viewport.plot.center))

    case .hover(let at):
      let p = at.flatMap { $0.x.isFinite && $0.y.isFinite ? $0 : nil }
      guard p != pointer else { return false }
      pointer = p
      return true

    case .toggleCurve(let curve):
      display.toggle(curve)
      // While y is the automatic fit it follows the curves shown (S'''s lobe dips below
      // 0); once the user has set y, it stays.
      if yIsFitted { _ = changeViewRecorded(fitted(scale: display.yScale)) }
      return true

    case .dismiss:
      if boxStart != nil {
        boxStart = nil
        selection = nil
        return true
      }
      if display.showsHelp {
        display.showsHelp = false
        return true
      }
      return false

    case .toggleMarkers:
      display.showsMarkers.toggle()
      return true

    case .toggleGrid:
      display.showsGrid.toggle()
      return true

    case .toggleHelp:
      display.showsHelp.toggle()
      return true

    case .toggleYScale(let requested):
      let scale = display.yScale == requested ? YScale.linear : requested
      return changeViewRecorded(fitted(scale: scale))

    case .fitY:
      return changeViewRecorded(fitted(scale: display.yScale))

    case .boxBegan(let at):
      guard at.x.isFinite, at.y.isFinite else { return false }
      boxStart = at
      let had = selection != nil
      selection = nil
      return had

    case .boxMoved(let to):
      guard let start = boxStart, to.x.isFinite, to.y.isFinite else { return false }
      let box = Self.box(from: start, to: to, within: viewport.plot)
      guard box != selection else { return false }
      selection = box
      return true

    case .boxEnded:
      let box = selection
      boxStart = nil
      selection = nil
      guard let box else { return false }
      if box.width >= Self.minBoxPixels && box.height >= Self.minBoxPixels {
        _ = changeViewRecorded(viewport.zoomed(to: box))
      }
      return true  // the rectangle disappears either way

    case .historyBack:
      guard let v = history.goBack(from: ViewSnapshot(viewport)) else { return false }
      return show(v)

    case .historyForward:
      guard let v = history.goForward(from: ViewSnapshot(viewport)) else { return false }
      return show(v)

    case .panStep(let dx, let dy):
      // dx > 0 shows data further right, dy > 0 data further up: the content moves the
      // other way on screen, by that fraction of the plot's size.
      return changeViewRecorded(
        viewport.panned(byPixels: -dx * viewport.plot.width, dy: dy * viewport.plot.height))
    }
  }

  /// Boxes narrower or shorter than this (device pixels) are a click, not a zoom.
  public static let minBoxPixels = 4.0

  /// The rectangle spanned by two corners, clamped to `plot`; nil if it has no area.
  static func box(from a: Point, to b: Point, within plot: PixelRect) -> PixelRect? {
    func clampX(_ x: Double) -> Double { Swift.min(Swift.max(x, plot.left), plot.right) }
    func clampY(_ y: Double) -> Double { Swift.min(Swift.max(y, plot.top), plot.bottom) }
    let x0 = clampX(Swift.min(a.x, b.x))
    let x1 = clampX(Swift.max(a.x, b.x))
    let y0 = clampY(Swift.min(a.y, b.y))
    let y1 = clampY(Swift.max(a.y, b.y))
    return PixelRect(left: x0, top: y0, width: x1 - x0, height: y1 - y0)
  }

  /// The curves a fit covers: the visible ones, or S and S' when none is shown.
  private var fitCurves: [PlottedCurve] {
    let visible = display.visibleCurves
    return visible.isEmpty ? Self.fittedCurves : visible
  }

  /// The current x range with u fitted to the fit curves under `scale`.
  private func fitted(scale: YScale) -> Viewport {
    let x = viewport.x.min...viewport.x.max
    let u = Self.fittedURange(over: x, curves: fitCurves, scale: scale)
    return Self.viewport(x: x, u: u, plot: viewport.plot, scale: scale)
  }

  // MARK: - Margins

  /// How the margins are refitted: from the view's ranges (start, resize, reset, box zoom,
  /// fits, history: the ranges are what the user asked for and stay), or keeping every data
  /// point at its pixel (wheel, `+`/`-`, pans: the pointer's or the zoom centre's point
  /// must not move when the plot's edge does).
  enum Refit {
    case ranges
    case pixels(anchor: Point)
  }

  /// Fits the margins to the view after the inputs applied since the last call; returns
  /// whether the margins or the view changed. `need` is the scene's measure: the margins
  /// (points) that leave room for every label of a viewport.
  ///
  /// The margins are a fixed point, `need(view(m)) == m`, so they follow the labels both
  /// ways (they shrink again when labels narrow). From the ranges, the search starts from
  /// the start's margins, so the same ranges always get the same plot rectangle (after a
  /// reset, the first frame's); keeping pixels it starts from the current margins (one
  /// measure when nothing changed). The left margin depends only on the y labels, which no
  /// left or right margin changes, and top and bottom only on the font, so the fixed
  /// point is where it starts from only in rare cases of the last x label. When the search
  /// cycles, the largest margins seen grow until every label fits.
  public mutating func fitMargins(_ need: (Viewport) -> PlotMargins) -> Bool {
    guard let refit = pendingRefit else { return false }
    pendingRefit = nil
    let (w, h, s) = (drawableWidth, drawableHeight, scale)
    let base = viewport
    let start: PlotMargins
    let view: (PlotMargins) -> Viewport
    switch refit {
    case .ranges:
      start = startMargins
      view = { base.withPlotRect($0.plotRect(width: w, height: h, scale: s)) }
    case .pixels(let anchor):
      start = margins
      view = { base.reframed(to: $0.plotRect(width: w, height: h, scale: s), keeping: anchor) }
    }
    let fitted = Self.fixedPoint(from: start) { Self.usable(need(view($0))) }
    let v = view(fitted)
    guard fitted != margins || v != viewport else { return false }
    margins = fitted
    _ = changeView(v)
    return true
  }

  /// Margins `m` with `need(m) == m` reached from `start`, or, if the search cycles, the
  /// smallest margins above every one seen that leave room for the labels.
  static func fixedPoint(from start: PlotMargins, need: (PlotMargins) -> PlotMargins)
    -> PlotMargins
  {
    var seen = [start]
    var m = start
    for _ in 0..<4 {
      let next = need(m)
      if next == m { return m }
      if seen.contains(next) { break }
      seen.append(next)
      m = next
    }
    m = seen.dropFirst().reduce(seen[0], Self.larger)
    for _ in 0..<4 {
      let grown = Self.larger(m, need(m))
      if grown == m { break }
      m = grown
    }
    return m
  }

  /// Each side's larger value.
  private static func larger(_ a: PlotMargins, _ b: PlotMargins) -> PlotMargins {
    PlotMargins(left: Swift.max(a.left, b.left), top: Swift.max(a.top, b.top),
                right: Swift.max(a.right, b.right), bottom: Swift.max(a.bottom, b.bottom))
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

  /// ``changeView(_:)`` as one history step: the view before is recorded if it changed.
  private mutating func changeViewRecorded(_ v: Viewport) -> Bool {
    let before = ViewSnapshot(viewport)
    guard changeView(v) else { return false }
    history.record(before)
    return true
  }

  /// Shows a view from the history in the current plot rectangle.
  private mutating func show(_ v: ViewSnapshot) -> Bool {
    changeView(v.viewport(in: viewport.plot))
  }

  /// The only place the viewport changes: keeps ``display``'s y scale equal to the
  /// viewport's.
  private mutating func setViewport(_ v: Viewport) -> Bool {
    guard v != viewport else { return false }
    viewport = v
    display.yScale = v.yAxisScale
    return true
  }

  /// Scale factors honoured: screens run from 1 to 3 or 4; past these bounds margins and
  /// fonts would no longer fit any drawable, and pixel offsets would lose their precision.
  public static let scaleLimits = 0.1...32.0

  /// `s` clamped to ``scaleLimits``, or nil when it is not a positive finite number.
  private static func usableScale(_ s: Double) -> Double? {
    guard s.isFinite && s > 0 else { return nil }
    return Swift.min(Swift.max(s, scaleLimits.lowerBound), scaleLimits.upperBound)
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
    viewport(x: x, u: y, plot: plot, scale: .linear)
  }

  /// A viewport for an x range and a u range under `scale`, both finite.
  private static func viewport(
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
