// An integer rectangle of device pixels, used as a clip: whole pixels only, so the
// rasterizer can cut a shape exactly at its edges. Not a geometry type for shapes.

/// Pixels x0..<x1 × y0..<y1, device pixels, y down (half-open on both axes).
public struct ClipRect: Hashable, Sendable {
  public var x0: Int
  public var y0: Int
  public var x1: Int
  public var y1: Int

  @inlinable public init(x0: Int, y0: Int, x1: Int, y1: Int) {
    self.x0 = x0
    self.y0 = y0
    self.x1 = x1
    self.y1 = y1
  }

  /// True when the rectangle holds no pixel.
  @inlinable public var isEmpty: Bool { x1 <= x0 || y1 <= y0 }

  /// The pixels in both rectangles (possibly empty).
  @inlinable public func intersection(_ other: ClipRect) -> ClipRect {
    ClipRect(
      x0: Swift.max(x0, other.x0), y0: Swift.max(y0, other.y0),
      x1: Swift.min(x1, other.x1), y1: Swift.min(y1, other.y1))
  }
}
