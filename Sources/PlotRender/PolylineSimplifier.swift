// Douglas–Peucker simplification of an open polyline: the fewest of its own vertices
// whose polyline stays within a tolerance of it. Geometry only; the SVG writer uses it so
// a curve sampled at every pixel column becomes a few dozen vertices, not thousands.

import PlotCore

/// Keeps the vertices of a polyline that matter at a given tolerance.
///
/// Douglas–Peucker (1973): keep both ends, find the vertex farthest from the chord
/// between them, keep it and recurse on both halves if it is farther than the
/// tolerance, else drop everything in between. Every dropped vertex then lies within the
/// tolerance of the kept polyline's segment that replaced it, and so does every point of
/// the original polyline (a segment lies within the tolerance when both its ends do and
/// the replacing chord is straight). Iterative with an explicit stack: a run of 16384
/// columns never recurses deeply.
public struct PolylineSimplifier: Sendable {
  /// Scratch: which vertices survive, and the spans still to examine.
  private var keep: [Bool] = []
  private var spans: [(Int, Int)] = []

  public init() {}

  /// The vertices of `points` (finite, in order) that keep the polyline within
  /// `tolerance` (device pixels) of the original; the first and last always stay.
  public mutating func simplify(_ points: ArraySlice<Point>, tolerance: Double) -> [Point] {
    let n = points.count
    guard n > 2 else { return Array(points) }
    let base = points.startIndex
    keep.removeAll(keepingCapacity: true)
    keep.append(contentsOf: repeatElement(false, count: n))
    keep[0] = true
    keep[n - 1] = true
    spans.removeAll(keepingCapacity: true)
    spans.append((0, n - 1))
    let limit = tolerance * tolerance
    while let (a, b) = spans.popLast() {
      guard b - a > 1 else { continue }
      let pa = points[base + a], pb = points[base + b]
      var farthest = a, worst = -1.0
      for i in (a + 1)..<b {
        let d = Self.squaredDistance(points[base + i], segment: pa, pb)
        if d > worst {
          worst = d
          farthest = i
        }
      }
      if worst > limit {
        keep[farthest] = true
        spans.append((a, farthest))
        spans.append((farthest, b))
      }
    }
    var out: [Point] = []
    for i in 0..<n where keep[i] { out.append(points[base + i]) }
    return out
  }

  /// The squared distance from `p` to the segment `a`–`b` (to `a` when they coincide).
  static func squaredDistance(_ p: Point, segment a: Point, _ b: Point) -> Double {
    let dx = b.x - a.x, dy = b.y - a.y
    let length2 = dx * dx + dy * dy
    var t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0
    t = Swift.min(1, Swift.max(0, t))
    let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
    return ex * ex + ey * ey
  }
}
