// What one frame of the plot shows: the view, the scale factor, the curves drawn and an
// optional notice. The scene draws exactly this; it keeps no view state of its own.

import PlotCore

/// The content of one frame, independent of how it is drawn.
public struct SceneFrame: Sendable, Equatable {
  /// Data ranges and the plot rectangle in device pixels.
  public var viewport: Viewport
  /// Device pixels per point: fonts, margins and line widths are multiplied by it.
  public var scale: Double
  /// The curves drawn, in legend order.
  public var curves: [Curve]
  /// A short message shown over the plot (e.g. "saved sigmoid-….bmp"), or nil.
  public var notice: String?
  /// The drawable's size in device pixels, or 0 when not known. ``PlotScene/margins(for:)``
  /// needs it to shrink the layout on canvases smaller than ``PlotStyle/minimumCanvas``
  /// points; drawing uses the canvas's own size.
  public var drawableWidth: Int
  public var drawableHeight: Int

  public init(viewport: Viewport, scale: Double = 1, curves: [Curve] = [.sigmoid, .derivative],
              notice: String? = nil, drawableWidth: Int = 0, drawableHeight: Int = 0) {
    self.viewport = viewport
    self.scale = scale.isFinite && scale > 0 ? scale : 1
    self.curves = curves
    self.notice = notice
    self.drawableWidth = Swift.max(0, drawableWidth)
    self.drawableHeight = Swift.max(0, drawableHeight)
  }
}
