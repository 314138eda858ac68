// Exact-area antialiased fill of a Path under the non-zero rule, one pixel row at a time.
// Each pixel gets the exact area of the filled region inside it (no sub-samples), also
// where contours overlap. It does not stroke (Stroker) and does not pick colours.
//
// Per row: every edge is cut to the row (a "piece"), its signed area goes into per-column
// cells (font-rs / stb v2 style: area inside the cell, the rest carried to the right), and a
// running sum gives each pixel ∫w dA. That is the covered area only where the winding w is
// 0 or one fixed ±1 across the pixel, so the row is split at clean integer boundaries into
// column segments, each proven simple or re-resolved exactly (WindingResolver.swift).

import PlotCore

/// Fills paths with exact per-pixel area coverage. Holds reusable scratch, so keep one
/// per renderer and nothing allocates once the buffers have grown.
public struct CoverageRaster: Sendable {
  /// A path segment with y increasing; device pixels.
  struct Edge {
    var x0, y0, x1, y1: Double
    /// dx/dy; finite because horizontal segments are dropped.
    var slope: Double
    /// +1 when the path runs down the screen (y increasing), −1 when it runs up.
    var winding: Double
    /// Rows the edge touches, already limited to the clip.
    var firstRow, lastRow: Int
  }

  /// Per-column accumulators for one row; column x is index x (device pixels).
  struct Column {
    /// Signed area added at this column; the running sum is the pixel's ∫w dA.
    var area = 0.0
    /// Σ winding·height of pieces whose left end lies in this column.
    var cover = 0.0
    /// Σ height of those pieces (pixels).
    var height = 0.0
    /// Difference array: +1 at the first integer x a piece spans, −1 after its last.
    var crossings: Int32 = 0
    /// Index of the slow segment owning this column, or −1.
    var segment: Int32 = -1
  }

  /// A run of columns start..<end between clean boundaries that needs exact resolution.
  struct SlowSegment {
    var start, end: Int
    /// Winding just left of `start` and just right of `end`.
    var windingLeft, windingRight: Int
  }

  var edges: [Edge] = []
  /// Edge indices sorted by first row (counting sort); `rowStarts[r - clip.y0]` opens row r.
  var edgeOrder: [Int32] = []
  var rowStarts: [Int32] = []
  var active: [Int32] = []
  var pieces: [RowPiece] = []
  /// Horizontal edges, as (row, left x, right x): no area, but they change the winding
  /// along any vertical line they cross, so they keep column boundaries from being clean.
  var flats: [(row: Int, left: Double, right: Double)] = []
  /// Index of the first flat edge not yet passed (flats are sorted by row).
  var nextFlat = 0
  var columns: [Column] = []
  var coverage: [Float] = []
  var slowSegments: [SlowSegment] = []
  var resolver = WindingResolver()

  /// Testing switch: resolve every segment with the strip sweep, skipping the fast proof.
  var alwaysResolve = false

  public init() {}

  /// Fills `path` (non-zero rule) with `color` into `canvas`, touching only pixels inside
  /// `clip` (and the canvas). A shape crossing the clip is cut exactly at its edge.
  public mutating func fill(
    _ path: Path, color: Color, clip: PixelRect? = nil, into canvas: inout Canvas
  ) {
    let box = canvas.bounds.intersection(clip ?? canvas.bounds)
    rasterize(path, within: box) { y, x, coverage in
      canvas.blend(row: y, from: x, coverage: coverage, color: color)
    }
  }

  /// The exact covered fraction of every pixel of a width × height grid, row-major.
  public mutating func coverageMask(of path: Path, width: Int, height: Int) -> [Float] {
    var mask = [Float](repeating: 0, count: width * height)
    rasterize(path, within: PixelRect(x0: 0, y0: 0, x1: width, y1: height)) { y, x, coverage in
      for i in 0..<coverage.count { mask[y * width + x + i] = coverage[i] }
    }
    return mask
  }

  /// Calls `emit(y, x, coverage)` for each row with coverage: pixels x..<x+count of row y.
  mutating func rasterize(
    _ path: Path, within box: PixelRect,
    emit: (Int, Int, UnsafeBufferPointer<Float>) -> Void
  ) {
    guard !box.isEmpty, !path.isEmpty else { return }
    buildEdges(path, within: box)
    guard !edges.isEmpty else { return }
    nextFlat = 0
    if columns.count < box.x1 + 3 {
      columns = Array(repeating: Column(), count: box.x1 + 3)
      coverage = Array(repeating: 0, count: box.x1 + 3)
    }
    active.removeAll(keepingCapacity: true)
    for y in box.y0..<box.y1 {
      let bucket = y - box.y0
      for i in Int(rowStarts[bucket])..<Int(rowStarts[bucket + 1]) { active.append(edgeOrder[i]) }
      if active.isEmpty { continue }
      cutPieces(row: y, box: box)
      let edges = self.edges
      active.removeAll { edges[Int($0)].lastRow <= y }
      if pieces.isEmpty { continue }
      let (lo, hi) = accumulateRow()
      markFlats(row: y, lo: lo, hi: hi)
      findSlowSegments(lo: lo, hi: hi)
      if !slowSegments.isEmpty { resolveSlowSegments() }
      // Pieces right of the clip sit at x = box.x1, so hi may be one past the clip.
      let count = finishRow(lo: lo, hi: hi, limit: box.x1)
      if count > 0 {
        coverage.withUnsafeBufferPointer { emit(y, lo, UnsafeBufferPointer(rebasing: $0[0..<count])) }
      }
    }
  }

  /// Collects the path's non-horizontal segments that reach the clip's rows and buckets
  /// them by first row. Horizontal segments carry no area and cross no row, so they go.
  mutating func buildEdges(_ path: Path, within box: PixelRect) {
    edges.removeAll(keepingCapacity: true)
    flats.removeAll(keepingCapacity: true)
    for c in 0..<path.contourEnds.count {
      let contour = path.contour(c)
      var previous = contour.last!
      for point in contour {
        defer { previous = point }
        if point.y == previous.y {
          // On a row boundary it changes nothing inside any row.
          let row = Int(point.y.rounded(.down))
          if Double(row) != point.y && row >= box.y0 && row < box.y1 && point.x != previous.x {
            flats.append((row, Swift.min(point.x, previous.x), Swift.max(point.x, previous.x)))
          }
          continue
        }
        let down = point.y > previous.y
        let (a, b) = down ? (previous, point) : (point, previous)
        let firstRow = Swift.max(Int(a.y.rounded(.down)), box.y0)
        let lastRow = Swift.min(Int(b.y.rounded(.up)) - 1, box.y1 - 1)
        if firstRow > lastRow { continue }
        edges.append(Edge(
          x0: a.x, y0: a.y, x1: b.x, y1: b.y, slope: (b.x - a.x) / (b.y - a.y),
          winding: down ? 1 : -1, firstRow: firstRow, lastRow: lastRow))
      }
    }
    if !flats.isEmpty { flats.sort { $0.row < $1.row } }
    // Counting sort by first row: O(edges + rows), no comparisons.
    let rows = box.y1 - box.y0
    rowStarts.removeAll(keepingCapacity: true)
    rowStarts.append(contentsOf: repeatElement(0, count: rows + 1))
    for e in edges { rowStarts[e.firstRow - box.y0 + 1] += 1 }
    for r in 0..<rows { rowStarts[r + 1] += rowStarts[r] }
    edgeOrder.removeAll(keepingCapacity: true)
    edgeOrder.append(contentsOf: repeatElement(0, count: edges.count))
    var next = rowStarts
    for (i, e) in edges.enumerated() {
      let r = e.firstRow - box.y0
      edgeOrder[Int(next[r])] = Int32(i)
      next[r] += 1
    }
  }

  /// Cuts every active edge to row y and to the clip's columns, into `pieces`.
  mutating func cutPieces(row y: Int, box: PixelRect) {
    pieces.removeAll(keepingCapacity: true)
    let top = Double(y), bottom = Double(y + 1)
    for index in active {
      let e = edges[Int(index)]
      let yTop = Swift.max(e.y0, top), yBottom = Swift.min(e.y1, bottom)
      if yBottom <= yTop { continue }
      let xTop = yTop == e.y0 ? e.x0 : e.x0 + (yTop - e.y0) * e.slope
      let xBottom = yBottom == e.y1 ? e.x1 : e.x0 + (yBottom - e.y0) * e.slope
      RowPiece(xTop: xTop, yTop: yTop, xBottom: xBottom, yBottom: yBottom, winding: e.winding)
        .appendClipped(toColumns: Double(box.x0), Double(box.x1), into: &pieces)
    }
  }

  /// Pass 1: deposits every piece's area and records the segment bookkeeping.
  /// Returns the columns lo..<hi whose coverage the pieces set; from hi on every piece lies
  /// to the left, so the winding there is the row's net winding, 0.
  mutating func accumulateRow() -> (lo: Int, hi: Int) {
    var lo = Int.max, hi = Int.min
    columns.withUnsafeMutableBufferPointer { columns in
      for p in pieces {
        let span = CoverageRaster.deposit(p, sign: 1, into: columns)
        lo = Swift.min(lo, span.lowerBound)
        hi = Swift.max(hi, span.upperBound)
        let left = p.left, right = p.right
        let column = span.lowerBound
        columns[column].cover += p.winding * p.height
        columns[column].height += p.height
        let firstBoundary = Int(left.rounded(.up)), lastBoundary = Int(right.rounded(.down))
        if firstBoundary <= lastBoundary {
          columns[firstBoundary].crossings += 1
          columns[lastBoundary + 1].crossings -= 1
        }
      }
    }
    return (lo, hi)
  }

  /// Marks the column boundaries crossed by row y's horizontal edges as not clean. Only
  /// lo...hi matters: a flat edge joins pieces of its row at both ends, so lies within them.
  mutating func markFlats(row y: Int, lo: Int, hi: Int) {
    while nextFlat < flats.count && flats[nextFlat].row < y { nextFlat += 1 }
    columns.withUnsafeMutableBufferPointer { columns in
      while nextFlat < flats.count && flats[nextFlat].row == y {
        let flat = flats[nextFlat]
        nextFlat += 1
        let first = Swift.max(Int(flat.left.rounded(.up)), lo)
        let last = Swift.min(Int(flat.right.rounded(.down)), hi)
        if first <= last {
          columns[first].crossings += 1
          columns[last + 1].crossings -= 1
        }
      }
    }
  }

  /// Adds the signed area of piece `p` (times `sign`) to the cells: each column gets the
  /// area of the row to the right of the piece inside it, minus what columns to its left
  /// already carry. Returns the columns whose coverage the piece sets partly; the column
  /// after them takes the remainder, so it is written too.
  @inline(__always)
  static func deposit(
    _ p: RowPiece, sign: Double, into columns: UnsafeMutableBufferPointer<Column>
  ) -> Range<Int> {
    let v = p.winding * sign, height = p.height
    let left = p.left, right = p.right
    let c0 = Int(left.rounded(.down))
    let c1 = Swift.max(c0, Int(right.rounded(.up)) - 1)
    if c0 == c1 {
      let inside = trapezoidArea(
        height: height, topWidth: Double(c0 + 1) - p.xTop, bottomWidth: Double(c0 + 1) - p.xBottom)
      columns[c0].area += v * inside
      columns[c0 + 1].area += v * (height - inside)
      return c0..<(c0 + 1)
    }
    // Height per unit of x: the piece is a straight line, so y advances evenly with x.
    let heightPerX = height / (right - left)
    var carried = 0.0
    for c in c0...c1 {
      let a = Swift.max(left, Double(c)), b = Swift.min(right, Double(c + 1))
      let rightOfPiece = heightPerX * (a - left)
        + trapezoidArea(
          height: heightPerX * (b - a), topWidth: Double(c + 1) - a, bottomWidth: Double(c + 1) - b)
      columns[c].area += v * (rightOfPiece - carried)
      carried = rightOfPiece
    }
    columns[c1 + 1].area += v * (height - carried)
    return c0..<(c1 + 1)
  }

  /// Area of a trapezoid with two horizontal parallel sides (pixels²).
  @inline(__always)
  static func trapezoidArea(height: Double, topWidth: Double, bottomWidth: Double) -> Double {
    assert(height >= 0 && topWidth >= -1e-9 && bottomWidth >= -1e-9, "inverted trapezoid")
    return height * (topWidth + bottomWidth) * 0.5
  }

  /// Splits columns lo..<hi at clean boundaries (integer x that no piece touches, where the
  /// winding is the same all down the row) and keeps the segments whose plain sum could be
  /// wrong. A segment is provably fine when the windings at both ends are in {0, s} for one
  /// sign s and its pieces' heights add up to 1 (ends differ) or 0 (ends equal): then a
  /// horizontal line meets at most one piece almost everywhere, so w stays in {0, s}.
  mutating func findSlowSegments(lo: Int, hi: Int) {
    slowSegments.removeAll(keepingCapacity: true)
    let tolerance = 1e-9
    let forceAll = alwaysResolve
    columns.withUnsafeBufferPointer { columns in
      var crossings = Int(columns[lo].crossings)
      var cover = 0.0, height = 0.0
      var start = lo, windingLeft = 0
      for c in lo..<hi {
        cover += columns[c].cover
        height += columns[c].height
        crossings += Int(columns[c + 1].crossings)
        guard crossings == 0 || c + 1 == hi else { continue }
        let windingRight = c + 1 == hi ? 0 : Int(cover.rounded())
        let sameSign = abs(windingLeft) <= 1 && abs(windingRight) <= 1
          && windingLeft * windingRight >= 0
        let expected = windingLeft == windingRight ? 0.0 : 1.0
        if forceAll || !sameSign || height > expected + tolerance {
          slowSegments.append(SlowSegment(
            start: start, end: c + 1, windingLeft: windingLeft, windingRight: windingRight))
        }
        start = c + 1
        windingLeft = windingRight
        height = 0
      }
    }
  }

  /// Replaces the plain sums of the slow segments by exact ones: undoes their pieces, then
  /// deposits the boundary of the non-zero region found by the strip sweep, plus vertical
  /// unit corrections at the segment ends so the running sum enters as [w≠0] and leaves as
  /// the true winding again.
  mutating func resolveSlowSegments() {
    columns.withUnsafeMutableBufferPointer { columns in
      for (i, s) in slowSegments.enumerated() {
        for c in s.start..<s.end { columns[c].segment = Int32(i) }
      }
      for (i, s) in slowSegments.enumerated() {
        resolver.input.removeAll(keepingCapacity: true)
        for p in pieces where columns[Int(p.left.rounded(.down))].segment == Int32(i) {
          _ = CoverageRaster.deposit(p, sign: -1, into: columns)
          resolver.input.append(p)
        }
        resolver.resolve(startWinding: s.windingLeft)
        for p in resolver.output { _ = CoverageRaster.deposit(p, sign: 1, into: columns) }
        columns[s.start].area += Double((s.windingLeft != 0 ? 1 : 0) - s.windingLeft)
        columns[s.end].area += Double(s.windingRight - (s.windingRight != 0 ? 1 : 0))
      }
      for s in slowSegments {
        for c in s.start..<s.end { columns[c].segment = -1 }
      }
    }
  }

  /// Running sum over lo..<min(hi, limit) into `coverage` (clamped |sum|), then clears the
  /// touched columns for the next row. Returns the number of coverage values written.
  mutating func finishRow(lo: Int, hi: Int, limit: Int) -> Int {
    let end = Swift.max(lo, Swift.min(hi, limit))
    columns.withUnsafeMutableBufferPointer { columns in
      coverage.withUnsafeMutableBufferPointer { coverage in
        var sum = 0.0
        for c in lo..<end {
          sum += columns[c].area
          coverage[c - lo] = Float(Swift.min(abs(sum), 1))
        }
      }
      // hi + 1 may hold a crossing decrement; nothing beyond it was written.
      for c in lo...(hi + 1) { columns[c] = Column() }
    }
    return end - lo
  }
}
