// Turns an open polyline into a closed outline Path whose non-zero fill is the stroke.
// Geometry only: never sees pixels; the coverage raster fills the result like any path.
//
// The filled region is exactly the union of one rectangle per segment, a join polygon at
// every interior vertex (a round join is the pie slice on the outer side of the turn, or
// its miter when the turn is too slight to need an arc point) and a cap at each end. With round joins and caps that union is the polyline swept by a disk
// (the joins' flattened arcs stand in for the circle, within `tolerance`).

import Glibc
import PlotCore

/// How to stroke a polyline. Defaults suit plot curves: round joins and round caps, so
/// sharp turns and curve ends look the same at every angle.
public struct Stroke: Hashable, Sendable {
  public enum Join: Hashable, Sendable {
    /// A circular arc around the vertex on the outer side of the turn.
    case round
    /// The outer offset lines extended to their meeting point, cut back to a bevel when
    /// that point is farther than `limit` half-widths from the vertex (SVG's miterlimit).
    case miter(limit: Double)
  }

  public enum Cap: Hashable, Sendable {
    /// The stroke ends flush with the end point.
    case butt
    /// A half disk around the end point; a lone point becomes a dot.
    case round
  }

  /// Full width in device pixels; zero, negative or non-finite strokes draw nothing.
  public var width: Double
  /// Default `.round`.
  public var join: Join
  /// Default `.round`.
  public var cap: Cap

  public init(width: Double, join: Join = .round, cap: Cap = .round) {
    self.width = width
    self.join = join
    self.cap = cap
  }
}

/// Builds stroke outlines, reusing its scratch between calls.
public struct Stroker: Sendable {
  /// Largest distance, in pixels, between a flattened arc and the true circle.
  public var tolerance: Double = 0.1

  /// The current run's points with duplicates dropped, and its unit segment directions.
  private var run: [Point] = []
  private var directions: [Point] = []
  private var lengths: [Double] = []

  public init() {}

  /// The outline of `polyline` stroked with `stroke`, as a new path.
  public mutating func outline(of polyline: [Point], stroke: Stroke) -> Path {
    var path = Path()
    append(polyline, stroke: stroke, to: &path)
    return path
  }

  /// Appends the outline of `polyline` to `path`: one closed contour per run of finite
  /// points (a NaN or infinite point breaks the line, as a gap in a plotted curve).
  /// Points closer than 1e-9 px to the previous one are skipped.
  public mutating func append<Points: Sequence<Point>>(
    _ polyline: Points, stroke: Stroke, to path: inout Path
  ) {
    let halfWidth = stroke.width / 2
    guard halfWidth > 0, halfWidth.isFinite else { return }
    run.removeAll(keepingCapacity: true)
    for p in polyline {
      guard p.x.isFinite && p.y.isFinite else {
        appendRun(stroke: stroke, halfWidth: halfWidth, to: &path)
        run.removeAll(keepingCapacity: true)
        continue
      }
      if let last = run.last, distance(last, p) < 1e-9 { continue }
      // A point on the same row as the two before it, going the same way, only lengthens
      // the last segment: a steep sigmoid's flat tails are hundreds of such columns (its
      // value rounds to exactly 0 or 1), and one segment is the same shape for the raster
      // with far fewer edges.
      let n = run.count
      if n >= 2, run[n - 1].y == p.y, run[n - 2].y == p.y,
         (run[n - 2].x < run[n - 1].x) == (run[n - 1].x < p.x) {
        run[n - 1] = p
        continue
      }
      run.append(p)
    }
    appendRun(stroke: stroke, halfWidth: halfWidth, to: &path)
  }

  /// One contour: the left side forward, the end cap, the right side backward (which is
  /// the left side of the reversed run), the start cap.
  private mutating func appendRun(stroke: Stroke, halfWidth: Double, to path: inout Path) {
    guard let first = run.first else { return }
    let start = path.points.count
    defer { path.closeContour(from: start) }
    guard run.count >= 2 else {
      if stroke.cap == .round {
        path.points.append(Point(first.x + halfWidth, first.y))
        Stroker.appendArc(center: first, radius: halfWidth, from: Point(halfWidth, 0),
                          sweep: -2 * Double.pi, tolerance: tolerance, to: &path)
      }
      return
    }
    directions.removeAll(keepingCapacity: true)
    lengths.removeAll(keepingCapacity: true)
    for i in 1..<run.count {
      let d = distance(run[i - 1], run[i])
      lengths.append(d)
      directions.append(Point((run[i].x - run[i - 1].x) / d, (run[i].y - run[i - 1].y) / d))
    }
    // Read through pointers: with the arrays as properties of self, every append to the
    // path (which may reallocate) made Swift retain and release all three per point, a
    // third of a steep curve's stroking time.
    run.withUnsafeBufferPointer { run in
      directions.withUnsafeBufferPointer { directions in
        lengths.withUnsafeBufferPointer { lengths in
          Stroker.appendSides(run: run, directions: directions, lengths: lengths,
                              stroke: stroke, halfWidth: halfWidth, tolerance: tolerance,
                              to: &path)
        }
      }
    }
  }

  /// The contour's points for a run of at least two points, with its segments' unit
  /// `directions` and `lengths`.
  private static func appendSides(
    run: UnsafeBufferPointer<Point>, directions: UnsafeBufferPointer<Point>,
    lengths: UnsafeBufferPointer<Double>, stroke: Stroke, halfWidth: Double,
    tolerance: Double, to path: inout Path
  ) {
    let n = run.count
    path.points.append(offset(run[0], directions[0], halfWidth))
    for i in 1..<(n - 1) {
      appendJoin(at: run[i], incoming: directions[i - 1], outgoing: directions[i],
                 lengths: (lengths[i - 1], lengths[i]), halfWidth: halfWidth, join: stroke.join,
                 tolerance: tolerance, to: &path)
    }
    appendCap(at: run[n - 1], direction: directions[n - 2], halfWidth: halfWidth,
              cap: stroke.cap, tolerance: tolerance, to: &path)
    for i in stride(from: n - 2, through: 1, by: -1) {
      appendJoin(at: run[i], incoming: negated(directions[i]), outgoing: negated(directions[i - 1]),
                 lengths: (lengths[i], lengths[i - 1]), halfWidth: halfWidth, join: stroke.join,
                 tolerance: tolerance, to: &path)
    }
    appendCap(at: run[0], direction: negated(directions[0]), halfWidth: halfWidth,
              cap: stroke.cap, tolerance: tolerance, to: &path)
  }

  /// The left side's points at vertex p, turning from `a` to `b` (unit directions).
  ///
  /// Outer side of the turn: the join (arc, miter or bevel) from the incoming offset to the
  /// outgoing one. Inner side: the point X where the two offset lines meet when it lies
  /// alongside both segments, so smooth curves give a simple outline with no overlap (the
  /// raster's fast path); otherwise the vertex itself, which self-overlaps but still fills
  /// exactly the union of the two rectangles (Skia's inner join). Either way the fill is
  /// the union: the outline equals the pieces' boundaries minus, per X, the quad (vertex,
  /// two inner corners, X), which lies in both rectangles, so no point loses its cover.
  private static func appendJoin(
    at p: Point, incoming a: Point, outgoing b: Point, lengths: (Double, Double),
    halfWidth: Double, join: Stroke.Join, tolerance: Double, to path: inout Path
  ) {
    let cross = a.x * b.y - a.y * b.x, dot = a.x * b.x + a.y * b.y
    let na = leftNormal(a), nb = leftNormal(b)
    // 1 + cos θ, as |a + b|²/2: near a reversal 1 + dot would be pure rounding noise.
    let onePlusCos = 0.5 * ((a.x + b.x) * (a.x + b.x) + (a.y + b.y) * (a.y + b.y))
    if cross > 0 {  // turning toward the left: the left side is the inner side
      // The offset lines meet hw·tan(θ/2) before the vertex; tan(θ/2) = sin θ / (1 + cos θ).
      if halfWidth * cross <= Swift.min(lengths.0, lengths.1) * onePlusCos {
        let k = halfWidth / onePlusCos
        path.points.append(Point(p.x + k * (na.x + nb.x), p.y + k * (na.y + nb.y)))
      } else {
        path.points.append(offset(p, a, halfWidth))
        path.points.append(p)
        path.points.append(offset(p, b, halfWidth))
      }
      return
    }
    path.points.append(offset(p, a, halfWidth))
    if cross == 0 && dot > 0 { return }  // straight on: both offsets coincide
    switch join {
    case .round:
      // A turn too slight for any arc point: the offset lines' meeting point alone, which
      // replaces A and B (they lie on the lines to it) and sits within `tolerance` of the
      // arc: hw/cos(θ/2) − hw ≤ tol ⇔ cos²(θ/2) = (1 + cos θ)/2 ≥ (hw/(hw + tol))².
      if 0.5 * onePlusCos >= Stroker.slightTurnLimit(halfWidth: halfWidth, tolerance: tolerance) {
        path.points.removeLast()
        let k = halfWidth / onePlusCos
        path.points.append(Point(p.x + k * (na.x + nb.x), p.y + k * (na.y + nb.y)))
        return
      }
      // Signed turn in (−π, 0]; a reversal turns by −π, through the direction `a`.
      let turn = cross < 0 ? atan2(cross, dot) : -Double.pi
      appendArc(center: p, radius: halfWidth, from: Point(na.x * halfWidth, na.y * halfWidth),
                sweep: turn, tolerance: tolerance, to: &path)
    case .miter(let limit):
      // The miter point is hw / cos(θ/2) from the vertex, with cos(θ/2) = √((1 + cos θ)/2).
      if 2 <= limit * limit * onePlusCos {
        let k = halfWidth / onePlusCos
        path.points.append(Point(p.x + k * (na.x + nb.x), p.y + k * (na.y + nb.y)))
      }
    }
    path.points.append(offset(p, b, halfWidth))
  }

  /// From the left offset at the run's end to its right offset, around the end point.
  private static func appendCap(
    at p: Point, direction d: Point, halfWidth: Double, cap: Stroke.Cap, tolerance: Double,
    to path: inout Path
  ) {
    let n = leftNormal(d)
    path.points.append(Point(p.x + halfWidth * n.x, p.y + halfWidth * n.y))
    if cap == .round {
      appendArc(center: p, radius: halfWidth, from: Point(n.x * halfWidth, n.y * halfWidth),
                sweep: -Double.pi, tolerance: tolerance, to: &path)
    }
    path.points.append(Point(p.x - halfWidth * n.x, p.y - halfWidth * n.y))
  }

  /// Appends the interior points of the arc around `center` that starts at center + `from`
  /// and turns by `sweep` radians (both ends excluded; the caller adds them).
  private static func appendArc(
    center: Point, radius: Double, from: Point, sweep: Double, tolerance: Double,
    to path: inout Path
  ) {
    Stroker.arcPoints(center: center, radius: radius, from: from, sweep: sweep,
                      tolerance: tolerance) { path.points.append($0) }
  }

  /// cos²(θ/2) at and above which a round join is drawn as its miter point: below it the
  /// miter point would stray more than `tolerance` from the arc. Shared with the tests.
  @inline(__always) static func slightTurnLimit(halfWidth: Double, tolerance: Double) -> Double {
    let ratio = halfWidth / (halfWidth + tolerance)
    return ratio * ratio
  }

  /// The interior points of a flattened arc, evenly spaced so each chord stays within
  /// `tolerance` of the circle: a chord spanning angle φ sags r(1 − cos(φ/2)).
  /// Shared with the tests, which build the stroke's join pieces from the same points.
  static func arcPoints(
    center: Point, radius: Double, from: Point, sweep: Double, tolerance: Double,
    _ body: (Point) -> Void
  ) {
    let maxStep = radius <= tolerance / 2 ? Double.pi : 2 * acos(1 - tolerance / radius)
    let steps = Int((abs(sweep) / maxStep).rounded(.up))
    guard steps > 1 else { return }
    let step = sweep / Double(steps)
    let c = cos(step), s = sin(step)
    var v = from
    for _ in 1..<steps {
      v = Point(v.x * c - v.y * s, v.x * s + v.y * c)
      body(Point(center.x + v.x, center.y + v.y))
    }
  }
}

/// The unit normal on the left of travel along `d`, rotated +90° in the x-right, y-down
/// frame's own math sense: turning toward it makes a × b positive.
@inline(__always) func leftNormal(_ d: Point) -> Point { Point(-d.y, d.x) }

@inline(__always) private func negated(_ p: Point) -> Point { Point(-p.x, -p.y) }

@inline(__always) private func offset(_ p: Point, _ d: Point, _ distance: Double) -> Point {
  let n = leftNormal(d)
  return Point(p.x + distance * n.x, p.y + distance * n.y)
}

@inline(__always) private func distance(_ a: Point, _ b: Point) -> Double {
  ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
}
