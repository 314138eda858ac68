// A path of straight line segments in device pixels, ready for the coverage rasterizer.
// Curves are flattened when they are added, so nothing downstream knows about them.

import PlotCore

/// Closed contours of line segments, in device pixels (y down).
///
/// Guarantees:
/// - every coordinate is finite;
/// - each contour has at least two points and is implicitly closed (the last point
///   joins the first), which is what the non-zero fill needs.
public struct Path: Sendable {
  /// All contours' points, one after another.
  public internal(set) var points: [Point] = []
  /// For each contour, the end index (exclusive) of its points in ``points``.
  public internal(set) var contourEnds: [Int] = []

  public init() {}

  public var isEmpty: Bool { contourEnds.isEmpty }

  /// The points of contour `i`.
  public func contour(_ i: Int) -> ArraySlice<Point> {
    let start = i == 0 ? 0 : contourEnds[i - 1]
    return points[start..<contourEnds[i]]
  }

  /// Ends the contour made of the points appended since index `start`: kept when it has
  /// at least two points, all finite; otherwise its points are removed. For builders in
  /// this module that append to ``points`` directly (the stroker).
  mutating func closeContour(from start: Int) {
    let contour = points[start...]
    if contour.count >= 2 && contour.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) {
      contourEnds.append(points.count)
    } else {
      points.removeSubrange(start...)
    }
  }

  /// Removes every contour but keeps the storage, so a path can be rebuilt each frame
  /// without allocating.
  public mutating func removeAll() {
    points.removeAll(keepingCapacity: true)
    contourEnds.removeAll(keepingCapacity: true)
  }
}

/// Builds a ``Path`` one contour at a time, flattening quadratic curves.
///
/// Non-finite points are dropped with their contour, so a path that comes out is
/// always drawable.
public struct PathBuilder: Sendable {
  /// Largest distance, in pixels, between a quadratic curve and its flattened polyline.
  public var flatteningTolerance: Double = 0.1

  private var path = Path()
  private var contourStart = 0
  private var contourIsValid = true

  public init() {}

  /// Starts a new contour at `p`, closing the current one.
  public mutating func move(to p: Point) {
    closeContour()
    append(p)
  }

  /// Adds a straight segment from the current point to `p`.
  public mutating func line(to p: Point) {
    append(p)
  }

  /// Adds the quadratic Bézier from the current point through control `c` to `p`,
  /// as straight segments no farther than ``flatteningTolerance`` from the curve.
  public mutating func quad(control c: Point, to p: Point) {
    guard path.points.count > contourStart, let p0 = path.points.last else {
      return append(p)
    }
    // The deviation of a quadratic from its chord is at most |p0 − 2c + p| / 4;
    // n segments shrink it by n², so n = ceil(sqrt(dev / tol)).
    let ddx = p0.x - 2 * c.x + p.x
    let ddy = p0.y - 2 * c.y + p.y
    let deviation = (ddx * ddx + ddy * ddy).squareRoot() / 4
    let tolerance = Swift.max(flatteningTolerance, 1e-6)
    let n = Swift.max(1, Swift.min(1024, Int((deviation / tolerance).squareRoot().rounded(.up))))
    for i in 1...n {
      let t = Double(i) / Double(n)
      let mt = 1 - t
      append(Point(
        mt * mt * p0.x + 2 * mt * t * c.x + t * t * p.x,
        mt * mt * p0.y + 2 * mt * t * c.y + t * t * p.y))
    }
  }

  /// Ends the current contour; the fill joins its last point to its first.
  public mutating func closeContour() {
    let count = path.points.count - contourStart
    if contourIsValid && count >= 2 {
      path.contourEnds.append(path.points.count)
    } else {
      path.points.removeSubrange(contourStart...)
    }
    contourStart = path.points.count
    contourIsValid = true
  }

  /// Closes the last contour and returns the path, or nil when it has no contour.
  public mutating func finish() -> Path? {
    closeContour()
    return path.isEmpty ? nil : path
  }

  private mutating func append(_ p: Point) {
    if !(p.x.isFinite && p.y.isFinite) { contourIsValid = false }
    path.points.append(p)
  }
}
