// What the user does, as the window reports it, independent of SDL, so the viewer's
// behaviour can be driven and tested without a window.

/// Which axes a zoom acts on.
public enum ZoomAxes: Sendable, Equatable {
  case both, xOnly, yOnly
}

/// One input to the viewer's state. Positions are in device pixels of the drawable
/// (y down), the same space the canvas and the viewport's pixel rectangle use.
public enum ViewerInput: Sendable, Equatable {
  /// Mouse wheel or touchpad scroll: `notches` > 0 zooms in, < 0 out; fractional values
  /// come from precise wheels and touchpads. The data point under `at` stays under it.
  case wheel(notches: Double, at: Point, axes: ZoomAxes)
  /// Left button pressed at a point (starts a pan).
  case dragBegan(at: Point)
  /// Pointer moved to a point while the left button is held: the grabbed point follows it.
  case dragMoved(to: Point)
  /// Left button released.
  case dragEnded
  /// The drawable changed size (pixels) or scale factor (device pixels per point).
  case resized(width: Int, height: Int, scale: Double)
  /// Back to the default view (`R`, Home, double-click).
  case resetView
  /// Zoom about the plot's centre by whole steps (`+` is 1, `-` is −1).
  case zoomStep(Int)
  /// Pan by a fraction of the plot area: (1, 0) moves the view right by one plot width.
  case panStep(dx: Double, dy: Double)

  /// The pointer moved with no button held (the hover probe); nil when it left the window.
  case hover(Point?)
  /// Show or hide a curve (`1`, `2`, `3`, or a click on its legend entry).
  case toggleCurve(PlottedCurve)
  /// Show or hide the story markers (`M`).
  case toggleMarkers
  /// Show or hide the grid (`G`).
  case toggleGrid
  /// Show or hide the overlay listing every binding (`H`, F1).
  case toggleHelp
  /// Switch the y axis to this scale, or back to linear when it is on it already
  /// (`L` log, `K` logit).
  case toggleYScale(YScale)
  /// Right button pressed: starts a box zoom at this point.
  case boxBegan(at: Point)
  /// Pointer moved with the right button held: the box's other corner.
  case boxMoved(to: Point)
  /// Right button released: zoom to the box (a box under a few pixels is ignored).
  case boxEnded
  /// Back and forward through the views visited, like matplotlib's toolbar
  /// (Backspace or Alt+Left, Alt+Right).
  case historyBack
  case historyForward
  /// Fit the y range to the visible curves over the visible x range (`A`).
  case fitY
  /// Close the innermost thing open: a box zoom in progress, else the help overlay
  /// (Escape; the window leaves fullscreen or quits when this closes nothing).
  case dismiss
  /// Open or close the function picker (`N`): the catalogue, shown functions marked.
  case togglePicker
  /// Move the picker's highlight by rows (the arrows while it is open; negative: up).
  case pickerMove(Int)
  /// Act on the picker's highlighted row (Enter; Shift+Enter with `makePrimary`):
  /// show or hide that function, or make it primary (DisplayOptions.choose).
  case pickerActivate(makePrimary: Bool)
  /// Act on picker row `row` (a click on it; Shift+click with `makePrimary`).
  case pickerChoose(row: Int, makePrimary: Bool)
  /// Make the function `steps` after the primary one primary (Tab 1, Shift+Tab -1).
  case cyclePrimary(Int)
  /// Make this curve's function primary (Shift+click on its legend entry).
  case makePrimary(PlottedCurve)
  /// Show or hide the primary function's curve of this order (`1`, `2`, `3`).
  case toggleOrder(DerivativeOrder)
  /// The parameter panel, its sliders and keys, the animation (ViewerState+Parameters.swift).
  case parameter(ParameterInput)
  /// The precision overlay's format, formula and error strip (ViewerState+Precision.swift).
  case precision(PrecisionInput)
}

extension ViewerInput {
  /// The device pixel whose data point this input keeps in place, when it changes the
  /// view about one (the pointer for the wheel and a drag, the plot's centre in `plot`
  /// for `+`/`-` and the arrows); nil for inputs that set the view by its ranges.
  func marginAnchor(plot: PixelRect) -> Point? {
    switch self {
    case .wheel(_, let at, _): return at
    case .dragMoved(let to): return to
    case .zoomStep, .panStep: return plot.center
    default: return nil
    }
  }

  var isResize: Bool {
    if case .resized = self { return true }
    return false
  }
}
