// Exact non-zero resolution for the parts of a pixel row where contours overlap: turns a
// set of row pieces into the boundary of the region where the winding is non-zero.
// Used only where the coverage raster cannot prove the plain signed-area sum exact.
//
// The row is cut into horizontal strips at every piece end and every crossing of two
// pieces. Inside a strip the pieces keep one left-to-right order, so walking them while
// summing windings finds where w switches between zero and non-zero; those pieces bound a
// disjoint union of trapezoids, whose signed-area sum is exactly the covered area.

/// Scratch and algorithm for one group of row pieces. Reused across rows and frames.
struct WindingResolver: Sendable {
  /// Pieces to resolve (all in one pixel row), filled by the caller.
  var input: [RowPiece] = []
  /// Boundary pieces of the non-zero region, winding +1 entering it and −1 leaving it.
  var output: [RowPiece] = []
  /// Input indices sorted by yTop; the not-yet-started ones follow `next`.
  private var byTop: [Int32] = []
  /// Indices of pieces spanning the current strip, in x order.
  private var active: [Int32] = []

  /// Strips thinner than this (pixels) are not split further; a crossing ignored inside
  /// one misplaces at most this much height, far below 1/255 of a pixel.
  static let thinnest = 1e-9

  /// Fills ``output`` from ``input``; `startWinding` is the winding left of all pieces.
  mutating func resolve(startWinding: Int) {
    output.removeAll(keepingCapacity: true)
    byTop.removeAll(keepingCapacity: true)
    active.removeAll(keepingCapacity: true)
    guard !input.isEmpty else { return }
    let input = self.input
    byTop.append(contentsOf: (0..<Int32(input.count)))
    byTop.sort { input[Int($0)].yTop < input[Int($1)].yTop }

    var next = 0
    var y = input[Int(byTop[0])].yTop
    while true {
      while next < byTop.count && input[Int(byTop[next])].yTop <= y {
        active.append(byTop[next])
        next += 1
      }
      active.removeAll { input[Int($0)].yBottom <= y }
      if active.isEmpty {
        if next == byTop.count { return }
        y = input[Int(byTop[next])].yTop
        continue
      }
      var yEnd = next < byTop.count ? input[Int(byTop[next])].yTop : .infinity
      for i in active { yEnd = Swift.min(yEnd, input[Int(i)].yBottom) }
      yEnd = crossingFreeEnd(from: y, to: yEnd)
      emitBoundary(from: y, to: yEnd, startWinding: startWinding)
      y = yEnd
    }
  }

  /// Shrinks the strip y..<yEnd until no two active pieces cross inside it, leaving
  /// `active` sorted by x at the strip's middle.
  ///
  /// Sorted at the middle, two neighbours that are out of order at the top or bottom cross
  /// in between; the earliest such crossing becomes the new end. Non-neighbours that cross
  /// show up as neighbours once the strip is shorter, so this repeats until clean.
  private mutating func crossingFreeEnd(from y: Double, to end: Double) -> Double {
    var yEnd = end
    for _ in 0..<64 {
      sortActive(at: 0.5 * (y + yEnd))
      var earliest = yEnd
      for k in 1..<active.count {
        let a = input[Int(active[k - 1])], b = input[Int(active[k])]
        let gapTop = b.x(at: y) - a.x(at: y), gapBottom = b.x(at: yEnd) - a.x(at: yEnd)
        guard gapTop < 0 || gapBottom < 0 else { continue }
        // The gap is linear in y and changes sign: it is zero at the crossing.
        let crossing = y + (yEnd - y) * (gapTop / (gapTop - gapBottom))
        if crossing > y + Self.thinnest && crossing < yEnd - Self.thinnest {
          earliest = Swift.min(earliest, crossing)
        }
      }
      if earliest == yEnd { break }
      yEnd = earliest
    }
    return yEnd
  }

  /// Insertion sort of `active` by x at height y: the order barely changes between strips.
  private mutating func sortActive(at y: Double) {
    for k in 1..<Swift.max(1, active.count) {
      let item = active[k]
      let x = input[Int(item)].x(at: y)
      var j = k
      while j > 0 && input[Int(active[j - 1])].x(at: y) > x {
        active[j] = active[j - 1]
        j -= 1
      }
      active[j] = item
    }
  }

  /// Walks the strip left to right and emits the pieces where w turns non-zero (+1) or
  /// back to zero (−1).
  private mutating func emitBoundary(from y: Double, to yEnd: Double, startWinding: Int) {
    var winding = startWinding
    for i in active {
      let piece = input[Int(i)]
      let wasInside = winding != 0
      winding += Int(piece.winding)
      let isInside = winding != 0
      if wasInside != isInside {
        var part = piece.slice(y, yEnd)
        part.winding = isInside ? 1 : -1
        output.append(part)
      }
    }
  }
}
