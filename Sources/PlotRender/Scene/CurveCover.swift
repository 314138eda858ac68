// How much of the drawn curves a box would hide: the measure the probe's readout and the
// notice are placed by. The sampled curves are walked as drawn (straight chords between
// samples), at points about a pixel apart, so a steep chord that crosses a box between
// two samples outside it still counts, which a plain count of samples would miss.

import PlotCore

enum CurveCover {
  /// Calls `body` with points about one pixel apart along every run of `curves`, for the
  /// stretch of each run whose x lies in `x0...x1` (device pixels). Each run's points
  /// increase in x, so the stretch is found by bisection. A chord gets at most 4096
  /// points, so a wild one cannot stall a frame.
  static func walk(_ curves: [SampledCurve], x0: Double, x1: Double,
                   _ body: (Point) -> Void) {
    for curve in curves {
      var start = 0
      for end in curve.runEnds {
        defer { start = end }
        guard end > start else { continue }
        var lo = start, hi = end
        while lo < hi {
          let mid = (lo + hi) / 2
          if curve.points[mid].x < x0 { lo = mid + 1 } else { hi = mid }
        }
        // From the chord that enters the range.
        var i = Swift.max(start, lo - 1)
        while i < end {
          let a = curve.points[i]
          if a.x > x1 { break }
          guard i + 1 < end else {
            if a.x >= x0 { body(a) }
            break
          }
          let b = curve.points[i + 1]
          let (dx, dy) = (b.x - a.x, b.y - a.y)
          let steps = Swift.min(4096, Swift.max(1, Int(Swift.max(dx.magnitude, dy.magnitude)
                                                          .rounded(.up))))
          if dx.isFinite, dy.isFinite {
            for j in 0..<steps {
              let t = Double(j) / Double(steps)
              let p = Point(a.x + t * dx, a.y + t * dy)
              if p.x >= x0, p.x <= x1 { body(p) }
            }
          }
          i += 1
        }
      }
    }
  }

  /// How many of those points lie in `box`.
  static func count(in box: Box, _ curves: [SampledCurve]) -> Int {
    var n = 0
    walk(curves, x0: box.x0, x1: box.x1) { p in
      if p.y >= box.y0, p.y <= box.y1 { n += 1 }
    }
    return n
  }

  /// The number of values in sorted `ys` within `lo...hi`.
  static func count(_ ys: [Double], from lo: Double, to hi: Double) -> Int {
    firstIndex(ys, notBelow: hi, inclusive: true) - firstIndex(ys, notBelow: lo, inclusive: false)
  }

  /// The first index whose value is >= `v` (> `v` when `inclusive`, so values equal to
  /// `v` fall before it).
  private static func firstIndex(_ ys: [Double], notBelow v: Double, inclusive: Bool) -> Int {
    var lo = 0, hi = ys.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if ys[mid] < v || (inclusive && ys[mid] == v) { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}

/// Curve points counted on a grid of square cells over a region, with a summed-area
/// table, so how many lie in any box of whole cells is four look-ups: the readout tries
/// every spot of the plot each frame. The storage is kept and reused between frames.
struct CoverGrid {
  private(set) var origin = Point(0, 0)
  private(set) var cell = 1.0
  private(set) var columns = 0, rows = 0
  /// (columns + 1) × (rows + 1) prefix sums: entry (i, j) counts the points in cells
  /// left of column i and above row j.
  private var sums: [Int32] = []

  /// Resets the grid to cover `region` with cells of `cell` pixels, all empty.
  mutating func reset(_ region: Box, cell: Double) {
    origin = Point(region.x0, region.y0)
    self.cell = Swift.max(1, cell)
    columns = Swift.max(1, Int((region.width / self.cell).rounded(.up)))
    rows = Swift.max(1, Int((region.height / self.cell).rounded(.up)))
    let count = (columns + 1) * (rows + 1)
    if sums.count < count { sums = [Int32](repeating: 0, count: count) }
    sums.withUnsafeMutableBufferPointer { s in
      s.baseAddress!.update(repeating: 0, count: count)
    }
  }

  /// Counts `p` in its cell (points outside the region are ignored). Call ``finish``
  /// after the last point.
  mutating func add(_ p: Point) {
    let i = ((p.x - origin.x) / cell).rounded(.down), j = ((p.y - origin.y) / cell).rounded(.down)
    guard i >= 0, j >= 0, i < Double(columns), j < Double(rows) else { return }
    sums[(Int(j) + 1) * (columns + 1) + Int(i) + 1] += 1
  }

  /// Turns the per-cell counts into prefix sums.
  mutating func finish() {
    let w = columns + 1
    sums.withUnsafeMutableBufferPointer { s in
      for j in 1...rows {
        var row: Int32 = 0
        for i in 1...columns {
          row += s[j * w + i]
          s[j * w + i] = row + s[(j - 1) * w + i]
        }
      }
    }
  }

  /// The points in the cells `box` touches (a box reaching past the region is cut to it).
  func count(touching box: Box) -> Int {
    func index(_ v: Double, _ o: Double, _ n: Int, up: Bool) -> Int {
      let f = (v - o) / cell
      let k = up ? f.rounded(.up) : f.rounded(.down)
      return Int(Swift.max(0, Swift.min(Double(n), k)))
    }
    let i0 = index(box.x0, origin.x, columns, up: false), i1 = index(box.x1, origin.x, columns, up: true)
    let j0 = index(box.y0, origin.y, rows, up: false), j1 = index(box.y1, origin.y, rows, up: true)
    guard i0 < i1, j0 < j1 else { return 0 }
    let w = columns + 1
    return Int(sums[j1 * w + i1] - sums[j0 * w + i1] - sums[j1 * w + i0] + sums[j0 * w + i0])
  }
}
