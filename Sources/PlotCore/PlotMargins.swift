// The space around the plot area left for tick labels, axis titles and the title.
// Not the layout of those texts (PlotRender decides that); only how much room they get.

/// Margins between the drawable's edges and the plot area, in points (device-independent
/// pixels); multiplied by the scale factor to get device pixels.
public struct PlotMargins: Hashable, Sendable {
  /// Points left of the plot (y tick labels and the y axis title).
  public var left: Double
  /// Points above the plot (the title).
  public var top: Double
  /// Points right of the plot.
  public var right: Double
  /// Points below the plot (x tick labels and the x axis title).
  public var bottom: Double

  public init(left: Double, top: Double, right: Double, bottom: Double) {
    self.left = left
    self.top = top
    self.right = right
    self.bottom = bottom
  }

  /// Room for 12-point labels, a 14-point title and axis titles at scale 1.
  public static let standard = PlotMargins(left: 72, top: 40, right: 24, bottom: 56)

  /// The plot area of a `width` × `height` device-pixel drawable at `scale` device pixels
  /// per point. Never empty: when the margins don't fit, the plot keeps at least 1 px
  /// each way (it may then overhang the drawable; nothing breaks, it's just cramped).
  /// Non-finite or negative margins count as 0.
  public func plotRect(width: Int, height: Int, scale: Double) -> PixelRect {
    func px(_ points: Double) -> Double {
      let d = points * scale
      return d.isFinite && d > 0 ? d : 0
    }
    let w = Swift.max(1, Double(width) - px(left) - px(right))
    let h = Swift.max(1, Double(height) - px(top) - px(bottom))
    // Cannot fail: every value is finite and the size positive.
    return PixelRect(left: px(left), top: px(top), width: w, height: h)!
  }
}
