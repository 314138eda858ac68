// Exact-area antialiased fill of a Path under the non-zero rule, one pixel row at a time.
// Each pixel gets the exact area of the filled region inside it (no sub-samples), also
// where contours overlap. It does not stroke (Stroker) and does not pick colours.
//
// Per row: every edge is cut to the row (a "piece"), its signed area goes into per-column
// cells (font-rs / stb v2 style: area inside the cell, the rest carried to the right), and a
// running sum gives each pixel ∫w dA. That is the covered area only where the winding w is
// 0 or one fixed ±1 across the pixel, so the row is split at clean integer boundaries into
// column segments, each proven simple or re-resolved exactly (CoverageRaster+Rows.swift,
// WindingResolver.swift).

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

  /// The per-column scratch, entered once per fill: rows index it without array checks.
  struct RowBuffers {
    let columns: UnsafeMutableBufferPointer<Column>
    /// One bit per column of ``columns``.
    let touched: UnsafeMutableBufferPointer<UInt64>
    /// One row's coverage, indexed from the row's first touched column.
    let coverage: UnsafeMutableBufferPointer<Float>
  }

  /// A run of columns start..<end between clean boundaries that needs exact resolution.
  struct SlowSegment {
    var start, end: Int
    /// Winding just left of `start` and just right of `end`.
    var windingLeft, windingRight: Int
  }

  /// The edges are `edges[0..<edgeCount]`; the array only grows, so building them is
  /// stores through a pointer, with no per-edge append (uniqueness and capacity checks).
  var edges: [Edge] = []
  var edgeCount = 0
  /// Edge indices sorted by first row (counting sort); `rowStarts[r - clip.y0]` opens row r.
  var edgeOrder: [Int32] = []
  var rowStarts: [Int32] = []
  /// The rows the edges reach, within the clip: only these are visited (a glyph on a
  /// 1080-row canvas walks its own dozen rows, not all of them).
  var rows = 0..<0
  var active: [Int32] = []
  var pieces: [RowPiece] = []
  /// Horizontal edges, as (row, left x, right x): no area, but they change the winding
  /// along any vertical line they cross, so they keep column boundaries from being clean.
  var flats: [(row: Int, left: Double, right: Double)] = []
  /// Index of the first flat edge not yet passed (flats are sorted by row).
  var nextFlat = 0
  var columns: [Column] = []
  /// One bit per column: set when the column holds anything this row, so the row passes
  /// visit only those (a curve's two flanks may be a thousand empty columns apart).
  var touched: [UInt64] = []
  /// Highest column marked in ``touched`` this row.
  var lastTouched = 0
  var coverage: [Float] = []
  /// ``fillRect(_:color:clip:into:)``'s per-column 8-bit alphas for its whole rows.
  var rectAlphas: [UInt8] = []
  var slowSegments: [SlowSegment] = []
  /// The slow segments' pieces grouped by segment, and the groups' ends while grouping.
  var slowPieces: [RowPiece] = []
  var slowStarts: [Int] = []
  var resolver = WindingResolver()

  /// Testing switch: resolve every segment with the strip sweep, skipping the fast proof.
  var alwaysResolve = false

  public init() {}

  /// Fills `path` (non-zero rule) with `color` into `canvas`, touching only pixels inside
  /// `clip` (and the canvas). A shape crossing the clip is cut exactly at its edge.
  public mutating func fill(
    _ path: Path, color: Color, clip: ClipRect? = nil, into canvas: inout Canvas
  ) {
    let box = canvas.bounds.intersection(clip ?? canvas.bounds)
    canvas.withSpanBlender(color: color) { blender in
      rasterize(path, within: box) { y, x, coverage in
        blender.blend(row: y, from: x, coverage: coverage)
      }
    }
  }

  /// The exact covered fraction of every pixel of a width × height grid, row-major.
  public mutating func coverageMask(of path: Path, width: Int, height: Int) -> [Float] {
    var mask = [Float](repeating: 0, count: width * height)
    rasterize(path, within: ClipRect(x0: 0, y0: 0, x1: width, y1: height)) { y, x, coverage in
      for i in 0..<coverage.count { mask[y * width + x + i] = coverage[i] }
    }
    return mask
  }

  /// Calls `emit(y, x, coverage)` for each span with coverage: pixels x..<x+count of row y.
  mutating func rasterize(
    _ path: Path, within box: ClipRect,
    emit: (Int, Int, UnsafeBufferPointer<Float>) -> Void
  ) {
    guard !box.isEmpty, !path.isEmpty else { return }
    buildEdges(path, within: box)
    guard edgeCount > 0 else { return }
    nextFlat = 0
    if columns.count < box.x1 + 3 || coverage.count < box.x1 + 3 {
      columns = Array(repeating: Column(), count: box.x1 + 3)
      touched = Array(repeating: 0, count: (box.x1 + 3 + 63) / 64)
      coverage = Array(repeating: 0, count: box.x1 + 3)
    }
    active.removeAll(keepingCapacity: true)
    // Moved out of self for the fill, so the row passes can hold their pointers while
    // still mutating the other scratch; moving leaves them uniquely owned (no copy).
    var columns = self.columns, touched = self.touched, coverage = self.coverage
    self.columns = []
    self.touched = []
    self.coverage = []
    defer {
      self.columns = columns
      self.touched = touched
      self.coverage = coverage
    }
    columns.withUnsafeMutableBufferPointer { columns in
      touched.withUnsafeMutableBufferPointer { touched in
        coverage.withUnsafeMutableBufferPointer { coverage in
          let buffers = RowBuffers(columns: columns, touched: touched, coverage: coverage)
          for y in rows {
            let bucket = y - rows.lowerBound
            for i in Int(rowStarts[bucket])..<Int(rowStarts[bucket + 1]) {
              active.append(edgeOrder[i])
            }
            if active.isEmpty { continue }
            cutPieces(row: y, box: box)
            if pieces.isEmpty { continue }
            let (lo, hi) = accumulateRow(buffers)
            markFlats(row: y, lo: lo, hi: hi, buffers)
            findSlowSegments(lo: lo, hi: hi, buffers)
            if !slowSegments.isEmpty { resolveSlowSegments(buffers) }
            // Pieces right of the clip sit at x = box.x1, so hi may be one past the clip.
            finishRow(y, lo: lo, end: Swift.min(hi, box.x1), buffers, emit: emit)
          }
        }
      }
    }
  }

  /// Collects the path's non-horizontal segments that reach the clip's rows and buckets
  /// them by first row. Horizontal segments carry no area, so they only go to ``flats``.
  mutating func buildEdges(_ path: Path, within box: ClipRect) {
    flats.removeAll(keepingCapacity: true)
    // A closed contour has as many segments as points: room for every one.
    if edges.count < path.points.count {
      edges = Array(repeating: Edge(x0: 0, y0: 0, x1: 0, y1: 0, slope: 0, winding: 0,
                                    firstRow: 0, lastRow: -1),
                    count: Swift.max(path.points.count, 2 * edges.count))
    }
    var edgeTotal = 0
    var flats = self.flats  // moved out and back: appending does not touch self
    self.flats = []
    defer { self.flats = flats }
    edges.withUnsafeMutableBufferPointer { edges in
      path.points.withUnsafeBufferPointer { points in
        var start = 0
        for end in path.contourEnds {
          var previous = points[end - 1]
          for i in start..<end {
            let point = points[i]
            defer { previous = point }
            if point.y == previous.y {
              // On a row boundary it changes nothing inside any row.
              let row = floorInt(point.y)
              if Double(row) != point.y && row >= box.y0 && row < box.y1 && point.x != previous.x {
                flats.append((row, Swift.min(point.x, previous.x), Swift.max(point.x, previous.x)))
              }
              continue
            }
            let down = point.y > previous.y
            let (a, b) = down ? (previous, point) : (point, previous)
            let firstRow = Swift.max(floorInt(a.y), box.y0)
            let lastRow = Swift.min(ceilInt(b.y) - 1, box.y1 - 1)
            if firstRow > lastRow { continue }
            edges[edgeTotal] = Edge(
              x0: a.x, y0: a.y, x1: b.x, y1: b.y, slope: (b.x - a.x) / (b.y - a.y),
              winding: down ? 1 : -1, firstRow: firstRow, lastRow: lastRow)
            edgeTotal += 1
          }
          start = end
        }
      }
    }
    edgeCount = edgeTotal
    if !flats.isEmpty { flats.sort { $0.row < $1.row } }
    // Counting sort by first row: O(edges + rows), no comparisons.
    var top = Int.max, bottom = Int.min
    let edges = self.edges[0..<edgeCount]
    for e in edges {
      top = Swift.min(top, e.firstRow)
      bottom = Swift.max(bottom, e.lastRow)
    }
    rows = edges.isEmpty ? 0..<0 : top..<(bottom + 1)
    let count = rows.count
    rowStarts.removeAll(keepingCapacity: true)
    rowStarts.append(contentsOf: repeatElement(0, count: count + 1))
    for e in edges { rowStarts[e.firstRow - top + 1] += 1 }
    for r in 0..<count { rowStarts[r + 1] += rowStarts[r] }
    edgeOrder.removeAll(keepingCapacity: true)
    edgeOrder.append(contentsOf: repeatElement(0, count: edgeCount))
    // Place each edge, counting its bucket's start up; afterwards shift the starts back.
    for (i, e) in edges.enumerated() {
      let r = e.firstRow - top
      edgeOrder[Int(rowStarts[r])] = Int32(i)
      rowStarts[r] += 1
    }
    for r in stride(from: count, to: 0, by: -1) { rowStarts[r] = rowStarts[r - 1] }
    rowStarts[0] = 0
  }

  /// Cuts every active edge to row y and to the clip's columns, into `pieces`, and drops
  /// the edges that end in this row from `active`.
  mutating func cutPieces(row y: Int, box: ClipRect) {
    pieces.removeAll(keepingCapacity: true)
    let top = Double(y), bottom = Double(y + 1)
    let left = Double(box.x0), right = Double(box.x1)
    var kept = 0
    for k in 0..<active.count {
      let index = active[k]
      let e = edges[Int(index)]
      if e.lastRow > y {
        active[kept] = index
        kept += 1
      }
      let yTop = Swift.max(e.y0, top), yBottom = Swift.min(e.y1, bottom)
      if yBottom <= yTop { continue }
      let xTop = yTop == e.y0 ? e.x0 : e.x0 + (yTop - e.y0) * e.slope
      let xBottom = yBottom == e.y1 ? e.x1 : e.x0 + (yBottom - e.y0) * e.slope
      RowPiece(xTop: xTop, yTop: yTop, xBottom: xBottom, yBottom: yBottom, winding: e.winding)
        .appendClipped(toColumns: left, right, into: &pieces)
    }
    active.removeLast(active.count - kept)
  }

  /// Pass 1: deposits every piece's area and records the segment bookkeeping.
  /// Returns the columns lo..<hi whose coverage the pieces set; from hi on every piece lies
  /// to the left, so the winding there is the row's net winding, 0.
  mutating func accumulateRow(_ buffers: RowBuffers) -> (lo: Int, hi: Int) {
    var lo = Int.max, hi = Int.min
    let columns = buffers.columns, touched = buffers.touched
    for p in pieces {
      let span = CoverageRaster.deposit(p, sign: 1, into: columns)
      lo = Swift.min(lo, span.lowerBound)
      hi = Swift.max(hi, span.upperBound)
      let column = span.lowerBound
      columns[column].cover += p.winding * p.height
      columns[column].height += p.height
      let firstBoundary = ceilInt(p.left), lastBoundary = floorInt(p.right)
      if firstBoundary <= lastBoundary {
        columns[firstBoundary].crossings += 1
        columns[lastBoundary + 1].crossings -= 1
      }
      // Written: span, the remainder column after it, and the crossing end after that.
      for c in span.lowerBound...(span.upperBound + 1) { touched[c >> 6] |= 1 << UInt64(c & 63) }
    }
    lastTouched = hi + 1
    return (lo, hi)
  }

  /// Marks the column boundaries crossed by row y's horizontal edges as not clean. Only
  /// lo...hi matters: a flat edge joins pieces of its row at both ends, so lies within them.
  mutating func markFlats(row y: Int, lo: Int, hi: Int, _ buffers: RowBuffers) {
    let columns = buffers.columns, touched = buffers.touched
    while nextFlat < flats.count && flats[nextFlat].row < y { nextFlat += 1 }
    while nextFlat < flats.count && flats[nextFlat].row == y {
      let flat = flats[nextFlat]
      nextFlat += 1
      let first = Swift.max(ceilInt(flat.left), lo)
      let last = Swift.min(floorInt(flat.right), hi)
      guard first <= last else { continue }
      columns[first].crossings += 1
      columns[last + 1].crossings -= 1
      touched[first >> 6] |= 1 << UInt64(first & 63)
      touched[(last + 1) >> 6] |= 1 << UInt64((last + 1) & 63)
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
    let c0 = floorInt(left)
    let c1 = Swift.max(c0, ceilInt(right) - 1)
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
}

/// ⌊x⌋ for |x| < 2⁶³, without a libm call (x86-64's baseline has no rounding instruction).
@inline(__always) func floorInt(_ x: Double) -> Int {
  let i = Int(x)
  return Double(i) > x ? i - 1 : i
}

/// ⌈x⌉ for |x| < 2⁶³, without a libm call.
@inline(__always) func ceilInt(_ x: Double) -> Int {
  let i = Int(x)
  return Double(i) < x ? i + 1 : i
}
