// A point in pixel space, shared by the sampler (which produces polylines) and the
// renderer (which strokes and fills them), so curves pass between them without copying.

/// A point in device pixels: x to the right, y down, (0, 0) at the top-left corner
/// of the top-left pixel; pixel (i, j) covers [i, i+1) × [j, j+1).
public struct Point: Hashable, Sendable {
  public var x: Double
  public var y: Double

  @inlinable public init(_ x: Double, _ y: Double) {
    self.x = x
    self.y = y
  }
}
