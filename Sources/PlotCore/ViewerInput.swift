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
}
