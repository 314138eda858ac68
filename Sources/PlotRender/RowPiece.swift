// The part of one path edge inside one pixel row: the unit the coverage raster and the
// winding resolver both work on. Holds no pixels.

/// A straight piece from (xTop, yTop) to (xBottom, yBottom), device pixels, yTop < yBottom,
/// both inside one pixel row.
struct RowPiece {
  var xTop, yTop, xBottom, yBottom: Double
  /// +1 when the path runs down the screen here, −1 when it runs up.
  var winding: Double

  var height: Double { yBottom - yTop }
  var left: Double { Swift.min(xTop, xBottom) }
  var right: Double { Swift.max(xTop, xBottom) }

  /// x where the piece's line is at height y (pixels); exact at the two ends.
  @inline(__always) func x(at y: Double) -> Double {
    if y == yTop { return xTop }
    if y == yBottom { return xBottom }
    return xTop + (xBottom - xTop) * ((y - yTop) / (yBottom - yTop))
  }

  /// The piece from height a to height b (yTop ≤ a < b ≤ yBottom).
  func slice(_ a: Double, _ b: Double) -> RowPiece {
    RowPiece(xTop: x(at: a), yTop: a, xBottom: x(at: b), yBottom: b, winding: winding)
  }

  /// Appends the piece cut to the columns left...right: parts left of the clip become
  /// vertical at x = left (they still change the winding of everything to their right),
  /// parts right of it become vertical at x = right (they only reach pixels past the clip).
  @inline(__always)
  func appendClipped(toColumns left: Double, _ right: Double, into pieces: inout [RowPiece]) {
    let l = self.left, r = self.right
    if l >= left && r <= right { return pieces.append(self) }
    if r <= left || l >= right {
      let x = r <= left ? left : right
      return pieces.append(
        RowPiece(xTop: x, yTop: yTop, xBottom: x, yBottom: yBottom, winding: winding))
    }
    // The piece crosses one or both clip lines: cut at the heights where it meets them.
    func height(atX edge: Double) -> Double {
      guard l < edge && edge < r else { return yBottom }
      return Swift.min(Swift.max(yTop + (yBottom - yTop) * ((edge - xTop) / (xBottom - xTop)), yTop), yBottom)
    }
    let cutA = height(atX: left), cutB = height(atX: right)
    func appendPart(_ a: Double, _ b: Double) {
      guard b > a else { return }
      var part = slice(a, b)
      part.xTop = Swift.min(Swift.max(part.xTop, left), right)
      part.xBottom = Swift.min(Swift.max(part.xBottom, left), right)
      pieces.append(part)
    }
    let first = Swift.min(cutA, cutB), second = Swift.max(cutA, cutB)
    appendPart(yTop, first)
    appendPart(first, second)
    appendPart(second, yBottom)
  }
}
