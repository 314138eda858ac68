// Cuts a polyline, fed one point at a time, to a horizontal band in pixel space and
// writes the pieces as runs into one point buffer. Not a general clipper: x is not clipped.

/// Builds ``SampledCurve`` runs from a stream of points, keeping only what lies within
/// `minY...maxY` (device pixels, y down). Segments that cross the band's edge are cut
/// exactly there (linear interpolation in pixel space); each maximal inside stretch
/// becomes one run of at least 2 points.
struct PolylineClipper {
  /// Output: every run's points back to back, device pixels.
  var points: [Point]
  /// Output: exclusive end index in `points` of each run.
  var runEnds: [Int]
  /// The band, device pixels, y down.
  let minY: Double
  let maxY: Double
  /// The last point fed in (the start of the next segment).
  private var previous = Point(0, 0)
  /// Whether `points.last` is `previous` and the run through it is still open.
  private var isOpen = false
  /// Index in `points` where the open run began.
  private var runStart = 0

  /// A clipper that appends to `points` and `runEnds`, emptied with their capacity kept.
  /// Pass them with `consume` so their storage is uniquely held and reused, not copied.
  init(points: consuming [Point], runEnds: consuming [Int], minY: Double, maxY: Double) {
    points.removeAll(keepingCapacity: true)
    runEnds.removeAll(keepingCapacity: true)
    self.points = points
    self.runEnds = runEnds
    self.minY = minY
    self.maxY = maxY
  }

  /// The last point fed in, device pixels.
  var lastFed: Point { previous }

  /// Starts the polyline at `p`.
  mutating func move(to p: Point) {
    closeRun()
    previous = p
  }

  /// Adds the segment from the previous point to `q`.
  mutating func line(to q: Point) {
    let p = previous
    previous = q
    let pInside = p.y >= minY && p.y <= maxY
    let qInside = q.y >= minY && q.y <= maxY
    if pInside && qInside {
      if !isOpen { openRun(at: p) }
      points.append(q)
      return
    }
    let dy = q.y - p.y
    if dy == 0 {  // horizontal and outside
      closeRun()
      return
    }
    // Parameters where the segment meets each edge; [t0, t1] is the part inside.
    let tA = (minY - p.y) / dy
    let tB = (maxY - p.y) / dy
    let t0 = Swift.max(0, Swift.min(tA, tB))
    let t1 = Swift.min(1, Swift.max(tA, tB))
    guard t0 <= t1 else {
      closeRun()
      return
    }
    if !pInside {
      closeRun()
      openRun(at: Point(p.x + t0 * (q.x - p.x), p.y < minY ? minY : maxY))
    } else if !isOpen {
      openRun(at: p)
    }
    if qInside {
      points.append(q)
    } else {
      points.append(Point(p.x + t1 * (q.x - p.x), q.y < minY ? minY : maxY))
      closeRun()
    }
  }

  /// Ends the open run, if any; call once after the last point.
  mutating func closeRun() {
    guard isOpen else { return }
    isOpen = false
    // A run that only touches the band is one point, perhaps repeated: drop it. (The scan
    // stops at the first different point, so it costs nothing for real runs.)
    let first = points[runStart]
    if !points[(runStart + 1)...].contains(where: { $0 != first }) {
      points.removeSubrange(runStart...)
      return
    }
    runEnds.append(points.count)
  }

  private mutating func openRun(at p: Point) {
    runStart = points.count
    points.append(p)
    isOpen = true
  }
}
