// Axis-aligned rectangles with fractional edges (grid lines, ticks, frames), filled with
// exact coverage far faster than the general path: no edges, no cells, no sweep.

extension CoverageRaster {
  /// Fills the rectangle x0..x1 × y0..y1 (device pixels, y down) with `color`, inside
  /// `clip` and the canvas. A pixel's coverage is its overlap width times its overlap
  /// height, which is exactly the rectangle's area inside it. Empty, inverted or NaN
  /// rectangles draw nothing.
  public mutating func fillRect(
    _ rect: (x0: Double, y0: Double, x1: Double, y1: Double), color: Color,
    clip: ClipRect? = nil, into canvas: inout Canvas
  ) {
    let box = canvas.bounds.intersection(clip ?? canvas.bounds)
    guard !box.isEmpty else { return }
    let x0 = Swift.max(rect.x0, Double(box.x0)), x1 = Swift.min(rect.x1, Double(box.x1))
    let y0 = Swift.max(rect.y0, Double(box.y0)), y1 = Swift.min(rect.y1, Double(box.y1))
    guard x1 > x0 && y1 > y0 else { return }  // also false for NaN
    let firstColumn = floorInt(x0), endColumn = ceilInt(x1)
    let count = endColumn - firstColumn
    if coverage.count < 2 * count { coverage = Array(repeating: 0, count: 2 * count) }
    if rectAlphas.count < count { rectAlphas = Array(repeating: 0, count: count) }
    // Rows wholly inside the rectangle all have the columns' widths as coverage: their
    // alphas are worked out once, and those rows are written in one pass.
    let firstRow = floorInt(y0), endRow = ceilInt(y1)
    let fullRows = ceilInt(y0)..<Swift.max(ceilInt(y0), floorInt(y1))
    coverage.withUnsafeMutableBufferPointer { buffer in
      // First half: each column's overlap width; second half: one row's coverage.
      let widths = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
      let row = UnsafeMutableBufferPointer(rebasing: buffer[count..<(2 * count)])
      for i in 0..<count {
        let c = Double(firstColumn + i)
        widths[i] = Float(Swift.min(x1, c + 1) - Swift.max(x0, c))
      }
      rectAlphas.withUnsafeMutableBufferPointer { alphas in
        for i in 0..<count { alphas[i] = UInt8(Canvas.alpha(forCoverage: widths[i])) }
        canvas.withSpanBlender(color: color) { blender in
          blender.blend(rows: fullRows, from: firstColumn,
                        alphas: UnsafeBufferPointer(rebasing: alphas[0..<count]))
          // The partly covered top and bottom rows (one row if the rectangle is thin).
          func partial(_ y: Int) {
            let height = Swift.min(y1, Double(y + 1)) - Swift.max(y0, Double(y))
            for i in 0..<count { row[i] = widths[i] * Float(height) }
            blender.blend(row: y, from: firstColumn, coverage: UnsafeBufferPointer(row))
          }
          if !fullRows.contains(firstRow) { partial(firstRow) }
          if endRow - 1 != firstRow && !fullRows.contains(endRow - 1) { partial(endRow - 1) }
        }
      }
    }
  }
}
