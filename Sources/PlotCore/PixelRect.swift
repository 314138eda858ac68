// An axis-aligned rectangle in device pixels: the plot area a viewport maps onto.
// Not a general geometry type: no intersection or union, only what the plot needs.

/// A rectangle in device pixels of the drawable, y down (the space of ``Point``).
///
/// Guarantees (checked by ``init(left:top:width:height:)``): every field finite,
/// `width > 0`, `height > 0`, so mappings that divide by the size never see zero.
public struct PixelRect: Hashable, Sendable {
  /// Left edge, device pixels from the drawable's left edge.
  public let left: Double
  /// Top edge, device pixels from the drawable's top edge (y down).
  public let top: Double
  /// Width in device pixels, > 0.
  public let width: Double
  /// Height in device pixels, > 0.
  public let height: Double

  /// A rectangle, or nil if any value is NaN or infinite or the size is not positive.
  public init?(left: Double, top: Double, width: Double, height: Double) {
    guard left.isFinite, top.isFinite, width.isFinite, height.isFinite,
      width > 0, height > 0
    else { return nil }
    self.left = left
    self.top = top
    self.width = width
    self.height = height
  }

  /// Right edge in device pixels (`left + width`).
  @inlinable public var right: Double { left + width }
  /// Bottom edge in device pixels (`top + height`, y down).
  @inlinable public var bottom: Double { top + height }
  /// The centre, in device pixels.
  @inlinable public var center: Point { Point(left + width / 2, top + height / 2) }
}
