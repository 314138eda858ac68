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
  // Setters and the gesture bookkeeping are internal rather than private only so that the
  // extensions in ViewerState+Input, +Fit, +Margins and +ViewChange.swift can use them.

  /// Drawable size in device pixels, each >= 1.
  public internal(set) var drawableWidth: Int
  public internal(set) var drawableHeight: Int
  /// Device pixels per point (2 on a typical HiDPI screen); finite and > 0.
  public internal(set) var scale: Double
  /// Room around the plot, points.
  public internal(set) var margins: PlotMargins
  /// What is visible and where it is drawn.
  public internal(set) var viewport: Viewport
  /// The data x range ``ViewerInput/resetView`` returns to.
  public let defaultXRange: ClosedRange<Double>
  /// The data y range ``ViewerInput/resetView`` returns to.
  public let defaultYRange: ClosedRange<Double>
  /// The pan in progress: the pointer where it began and the viewport then. Panning from
  /// that snapshot (not step by step) keeps the grabbed point exactly under the pointer.
  var drag: (start: Point, current: Point, viewport: Viewport)?

  /// Curves, markers, grid, help and y scale.
  public internal(set) var display = DisplayOptions()
  /// The pointer in device pixels while it hovers over the window (the probe), else nil.
  public internal(set) var pointer: Point?
  /// The box-zoom rectangle being dragged with the right button, device pixels, clamped to
  /// the plot rectangle; nil when no box is being dragged (or it has no area yet).
  public internal(set) var selection: PixelRect?
  /// Where the box drag began, device pixels.
  var boxStart: Point?
  /// The views visited (Backspace / Alt+Left, Alt+Right).
  public internal(set) var history = ViewHistory()
  /// The view when the current drag began: one history step per drag.
  var dragOrigin: ViewSnapshot?
  /// Whether the wheel gesture in progress already made its history step: consecutive
  /// wheel inputs (hover and resize between them do not count) are one step.
  var wheelStepRecorded = false
  /// The margins the state started with: a fit from scratch starts from them, so the same
  /// view always gets the same margins, whatever came before.
  let startMargins: PlotMargins
  /// How ``fitMargins(_:)`` must refit after the inputs since the last fit; nil: no need.
  var pendingRefit: Refit? = .ranges
  /// Whether y is the automatic fit (the start's, a reset's, `A`'s, a scale switch's): no y
  /// zoom or pan since. Showing or hiding a curve then refits y to the curves shown.
  public internal(set) var yIsFitted: Bool
  /// Whether y follows the curves at a reset: false when the command line gave a y range,
  /// which a reset then restores.
  let yFollowsCurves: Bool

  /// Whether a drag-pan is in progress.
  public var isDragging: Bool { drag != nil }

  /// A state for a `width` × `height` device-pixel drawable showing `xRange` (default
  /// -10...10) and `yRange` (default: fitted to S and S' over `xRange`, 5% padding), with
  /// the display choices `display` (the command line's toggles). Under a log or logit
  /// `display.yScale`, `yRange` is in the scale's u (decades) and the default is the fit
  /// of the shown curves under it, as the scale's key gives. Ranges that are empty or not
  /// finite fall back to the defaults.
  public init(
    width: Int, height: Int, scale: Double = 1, margins: PlotMargins = .standard,
    xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
    display: DisplayOptions = DisplayOptions()
  ) {
    let xr = xRange.flatMap { Self.isUsable($0) ? $0 : nil } ?? Self.standardXRange
    let given = yRange.flatMap { Self.isUsable($0) ? $0 : nil }
    let shown = display.visibleCurves.isEmpty ? Self.fittedCurves : display.visibleCurves
    self.display = display
    self.defaultXRange = xr
    self.defaultYRange = (display.yScale == .linear ? given : nil)
      ?? Self.fittedYRange(over: xr, curves: shown)
    self.drawableWidth = Swift.max(1, width)
    self.drawableHeight = Swift.max(1, height)
    self.scale = Self.usableScale(scale) ?? 1
    self.margins = Self.usable(margins)
    self.startMargins = self.margins
    let rect = self.margins.plotRect(width: Swift.max(1, width), height: Swift.max(1, height),
      scale: self.scale)
    let u = display.yScale == .linear ? defaultYRange
      : given ?? Self.fittedURange(over: xr, curves: shown, scale: display.yScale)
    self.viewport = Self.viewport(x: defaultXRange, u: u, plot: rect, scale: display.yScale)
    yFollowsCurves = given == nil
    yIsFitted = yFollowsCurves
  }

  /// Scale factors honoured: screens run from 1 to 3 or 4; past these bounds margins and
  /// fonts would no longer fit any drawable, and pixel offsets would lose their precision.
  public static let scaleLimits = 0.1...32.0

  /// `s` clamped to ``scaleLimits``, or nil when it is not a positive finite number.
  static func usableScale(_ s: Double) -> Double? {
    guard s.isFinite && s > 0 else { return nil }
    return Swift.min(Swift.max(s, scaleLimits.lowerBound), scaleLimits.upperBound)
  }

  // MARK: - Input (the switch over the inputs: ViewerState+Input.swift)

  /// Applies one input; returns whether anything drawn changed (so the caller redraws).
  ///
  /// History: one step is recorded per gesture that changes the view: a whole drag (at
  /// dragEnded), a run of wheel inputs (at its first change), and each reset, key zoom or
  /// pan, box zoom, fit and scale switch. Hover and resize neither record nor end a run.
  public mutating func apply(_ input: ViewerInput) -> Bool {
    let before = viewport
    let stopped = stopPlaying(for: input)
    let changed = applyInput(input) || stopped
    switch input {
    case .resetView: yIsFitted = yFollowsCurves || display.yScale != .linear
    case .fitY, .toggleYScale: yIsFitted = true
    case .toggleCurve, .resized: break  // a refit keeps it; a resize moves no range
    case .toggleOrder, .pickerActivate, .pickerChoose: break  // as toggleCurve
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
}
