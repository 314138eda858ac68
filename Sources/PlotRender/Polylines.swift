// Open polylines in device pixels, many in one flat point buffer: what the stroker and the
// dasher read and the dasher writes. Geometry only; nothing here knows about pixels.

import PlotCore

/// Open polylines ("runs"), device pixels (y down), stored one after another in one point
/// buffer, so a frame's worth can be rebuilt each frame without allocating.
///
/// Unlike ``Path`` (closed contours for the non-zero fill), a run is not closed: its last
/// point does not join its first. Runs may hold any points; the stroker skips non-finite
/// ones and near-duplicates.
public struct Polylines: Hashable, Sendable {
  /// Every run's points, one run after another.
  public private(set) var points: [Point] = []
  /// For each run, the end index (exclusive) of its points in ``points``.
  public private(set) var runEnds: [Int] = []

  public init() {}

  /// How many runs there are.
  public var count: Int { runEnds.count }
  public var isEmpty: Bool { runEnds.isEmpty }

  /// The points of run `i`.
  public func run(_ i: Int) -> ArraySlice<Point> {
    points[(i == 0 ? 0 : runEnds[i - 1])..<runEnds[i]]
  }

  /// Appends `run` as one polyline.
  public mutating func append<Run: Sequence<Point>>(run: Run) {
    points.append(contentsOf: run)
    runEnds.append(points.count)
  }

  /// Adds `p` to the run being built (see ``endRun()``).
  mutating func add(_ p: Point) { points.append(p) }

  /// Ends the run made of the points added since the last run ended; an empty one is
  /// not recorded.
  mutating func endRun() {
    if points.count > (runEnds.last ?? 0) { runEnds.append(points.count) }
  }

  /// Drops the points added since the last run ended.
  mutating func dropOpenRun() {
    points.removeSubrange((runEnds.last ?? 0)...)
  }

  /// Becomes a copy of `other`, in this value's own storage (no allocation once it has
  /// grown to the size).
  mutating func replace(with other: Polylines) {
    points.removeAll(keepingCapacity: true)
    points.append(contentsOf: other.points)
    runEnds.removeAll(keepingCapacity: true)
    runEnds.append(contentsOf: other.runEnds)
  }

  /// Removes every run but keeps the storage.
  public mutating func removeAll() {
    points.removeAll(keepingCapacity: true)
    runEnds.removeAll(keepingCapacity: true)
  }
}
