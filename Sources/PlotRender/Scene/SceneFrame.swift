// What one frame of the plot shows: the view, the scale factor, the display choices
// (curves, markers, grid, help), the hover pointer, the box being dragged and an optional
// notice. The scene draws exactly this; it keeps no view state of its own.

import PlotCore

/// The content of one frame, independent of how it is drawn.
public struct SceneFrame: Sendable, Equatable {
  /// Data ranges and the plot rectangle in device pixels.
  public var viewport: Viewport
  /// Device pixels per point: fonts, margins and line widths are multiplied by it.
  public var scale: Double
  /// Curves, story markers, grid, key help and y scale.
  public var display: DisplayOptions
  /// The pointer (device pixels) while it hovers over the window: inside the plot it
  /// draws the probe. Nil when it is elsewhere.
  public var pointer: Point?
  /// The box-zoom rectangle being dragged (device pixels), or nil.
  public var selection: PixelRect?
  /// A short message shown over the plot (e.g. "saved sigmoid-….bmp"), or nil.
  public var notice: String?
  /// The drawable's size in device pixels, or 0 when not known. ``PlotScene/margins(for:)``
  /// needs it to shrink the layout on canvases smaller than ``PlotStyle/minimumCanvas``
  /// points; drawing uses the canvas's own size.
  public var drawableWidth: Int
  public var drawableHeight: Int
  /// The legend's corner (``SceneLayout/legendCorner``) to keep while a drag pans, so the
  /// legend does not jump between corners under the user's hand; nil: the best corner
  /// for this frame's curves (the scene's choice each frame).
  public var legendCorner: Int?

  /// The curves drawn, in legend order (S, S', S''): `display.visibleCurves`. Setting it
  /// sets which curves are shown.
  public var curves: [PlottedCurve] {
    get { display.visibleCurves }
    set { display.curves = Set(newValue) }
  }

  /// A frame. `curves`, when given, replaces `display.curves`.
  public init(viewport: Viewport, scale: Double = 1, curves: [PlottedCurve]? = nil,
              display: DisplayOptions = DisplayOptions(), pointer: Point? = nil,
              selection: PixelRect? = nil, notice: String? = nil, drawableWidth: Int = 0,
              drawableHeight: Int = 0, legendCorner: Int? = nil) {
    self.viewport = viewport
    self.scale = scale.isFinite && scale > 0 ? scale : 1
    self.display = display
    if let curves { self.display.curves = Set(curves) }
    self.pointer = pointer
    self.selection = selection
    self.notice = notice
    self.drawableWidth = Swift.max(0, drawableWidth)
    self.drawableHeight = Swift.max(0, drawableHeight)
    self.legendCorner = legendCorner
  }
}
