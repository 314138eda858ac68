// The one writer of a canvas's pixels after its clear: spans of one opaque colour at given
// coverage, source-over in 8-bit sRGB, marked in the damage map; opaque fills skip blocks
// that already hold their colour; under a tile mask only the mask's tiles are written.

extension Canvas {
  /// Writes spans of one opaque colour at given coverage into a canvas's pixels.
  ///
  /// The rule is Agg's and cairo's default: source-over per channel in 8-bit sRGB,
  /// `round((color·a + pixel·(255 − a)) / 255)` with `a = round(coverage · 255)`. So full
  /// coverage writes the colour exactly and coverage under 0.5/255 leaves the pixel alone.
  public struct SpanBlender {
    let pixels: UnsafeMutableBufferPointer<UInt32>
    /// The canvas's ``DamageMap`` bits, marked for every span written.
    let damage: UnsafeMutableBufferPointer<UInt64>
    /// The map's ``DamageMap/solid`` blocks and the colour they hold (0: none tracked).
    let solid: UnsafeMutableBufferPointer<UInt64>
    let solidColor: UnsafeMutablePointer<UInt32>
    /// The canvas's ``TileMask`` bits while one is set: only its tiles are written.
    let mask: UnsafeBufferPointer<UInt64>?
    let wordsPerRow: Int
    /// Canvas size in pixels.
    let width, height: Int
    /// The colour as opaque ARGB.
    let source: UInt32

    /// Blends pixels x..<x+coverage.count of row y, pixel i at `coverage[i]`.
    public func blend(row y: Int, from x: Int, coverage: UnsafeBufferPointer<Float>) {
      if let mask { return blendMasked(row: y, from: x, coverage: coverage, mask: mask) }
      blendAll(rows: y..<(y + 1), from: x, count: coverage.count) {
        Canvas.alpha(forCoverage: coverage[$0])
      }
    }

    /// ``blend(row:from:coverage:)`` under a mask, cut to it first, so each part's pixel
    /// loop is the unmasked one. Out of line: the unmasked path stays as lean as before.
    @inline(never)
    private func blendMasked(
      row y: Int, from x: Int, coverage: UnsafeBufferPointer<Float>,
      mask: UnsafeBufferPointer<UInt64>
    ) {
      forEachWritable(rows: y..<(y + 1), from: x, count: coverage.count, mask: mask) { _, sx, n in
        let part = UnsafeBufferPointer(rebasing: coverage[(sx - x)..<(sx - x + n)])
        blendAll(rows: y..<(y + 1), from: sx, count: n) { Canvas.alpha(forCoverage: part[$0]) }
      }
    }

    /// Blends pixels x..<x+alphas.count of row y, pixel i at 8-bit `alphas[i]` (as
    /// ``Canvas/alpha(forCoverage:)`` gives): the rule of ``blend(row:from:coverage:)``
    /// for coverage converted ahead of time (cached glyphs, rectangles' repeated rows).
    @inline(__always)
    func blend(row y: Int, from x: Int, alphas: UnsafeBufferPointer<UInt8>) {
      blend(rows: y..<(y + 1), from: x, alphas: alphas)
    }

    /// Blends pixels x..<x+alphas.count of every row in `rows` alike, pixel i at `alphas[i]`.
    /// A fully covered middle over several rows (a rectangle's interior: the shading, the
    /// panels) is stored with one fill per row instead of pixel by pixel, the same pixels
    /// several times faster; the partly covered ends are blended as usual.
    func blend(rows: Range<Int>, from x: Int, alphas: UnsafeBufferPointer<UInt8>) {
      var lo = 0, hi = alphas.count
      if rows.count > 1 {
        while lo < hi && alphas[lo] != 255 { lo += 1 }
        while hi > lo && alphas[hi - 1] != 255 { hi -= 1 }
      }
      guard hi - lo >= 8, !alphas[lo..<hi].contains(where: { $0 != 255 }) else {
        blend(rows: rows, from: x, count: alphas.count) { UInt32(alphas[$0]) }
        return
      }
      blend(rows: rows, from: x, count: lo) { UInt32(alphas[$0]) }
      blend(rows: rows, from: x + hi, count: alphas.count - hi) { UInt32(alphas[hi + $0]) }
      fill(rows: rows, from: x + lo, count: hi - lo)
    }

    /// Sets pixels x..<x+count of every row in `rows` to the colour and marks them.
    ///
    /// Blocks wholly inside the span that already hold the colour (``DamageMap/solid``)
    /// are skipped: under a parameter drag the shading's blocks mostly do, and not
    /// writing them is what makes the shading cheap. The first fill spanning two blocks
    /// while no colour is tracked starts tracking its colour.
    func fill(rows: Range<Int>, from x: Int, count: Int) {
      if let mask { return fillMasked(rows: rows, from: x, count: count, mask: mask) }
      fillAll(rows: rows, from: x, count: count)
    }

    @inline(never)
    private func fillMasked(rows: Range<Int>, from x: Int, count: Int,
                            mask: UnsafeBufferPointer<UInt64>) {
      forEachWritable(rows: rows, from: x, count: count, mask: mask) { rows, x, count in
        fillAll(rows: rows, from: x, count: count)
      }
    }

    /// ``fill(rows:from:count:)`` with no mask in force.
    private func fillAll(rows: Range<Int>, from x: Int, count: Int) {
      precondition(rows.isEmpty || rows.lowerBound >= 0 && rows.upperBound <= height,
                   "row off the canvas")
      precondition(x >= 0 && count >= 0 && x + count <= width, "span off the canvas")
      guard count > 0, let base = pixels.baseAddress else { return }
      DamageMap.mark(rows: rows, from: x, count: count, wordsPerRow: wordsPerRow, in: damage)
      let end = x + count, shift = DamageMap.blockShift
      // Blocks firstFull..<endFull lie wholly inside the span (the row's last may be short).
      let firstFull = (x + DamageMap.blockWidth - 1) >> shift
      let endFull = end == width ? (width + DamageMap.blockWidth - 1) >> shift : end >> shift
      if solidColor.pointee == 0 && endFull - firstFull >= 2 {
        solid.update(repeating: 0)
        solidColor.pointee = source
      }
      let tracked = solidColor.pointee == source && firstFull < endFull
      let anyTracked = solidColor.pointee != 0
      for y in rows {
        let row = base + y &* width, bitRow = y &* wordsPerRow
        guard tracked else {
          (row + x).update(repeating: source, count: count)
          if anyTracked { DamageMap.BlockSpan(x >> shift, (end - 1) >> shift).clear(row: bitRow, in: solid) }
          continue
        }
        let headEnd = firstFull << shift
        if x < headEnd {
          (row + x).update(repeating: source, count: headEnd - x)
          DamageMap.clearBlocks(row: bitRow, x >> shift, x >> shift, in: solid)
        }
        // A word of the map at a time: the blocks still to write are the span's bits not
        // yet solid, so a row of the shading that holds it already costs two word tests.
        for word in (firstFull >> 6)...((endFull - 1) >> 6) {
          var todo = DamageMap.blockMask(word: word, firstFull, endFull - 1)
            & ~solid[bitRow &+ word]
          solid[bitRow &+ word] |= todo
          while todo != 0 {
            let first = todo.trailingZeroBitCount
            let run = (~(todo >> UInt64(first))).trailingZeroBitCount
            let from = (word << 6 + first) << shift
            let to = Swift.min((word << 6 + first + run) << shift, end)
            (row + from).update(repeating: source, count: to - from)
            todo = first + run >= 64 ? 0 : todo & ~((1 << UInt64(first + run)) &- 1)
          }
        }
        let tailStart = endFull << shift
        if tailStart < end {
          (row + tailStart).update(repeating: source, count: end - tailStart)
          DamageMap.clearBlocks(row: bitRow, endFull, endFull, in: solid)
        }
      }
    }

    /// The one pixel writer: blends pixels x..<x+count of every row in `rows`, pixel i at
    /// 8-bit `alpha(i)`, and marks them in the damage map.
    @inline(__always)
    func blend(rows: Range<Int>, from x: Int, count: Int, alpha: (Int) -> UInt32) {
      if let mask { return blendMasked(rows: rows, from: x, count: count, mask: mask, alpha: alpha) }
      blendAll(rows: rows, from: x, count: count, alpha: alpha)
    }

    @inline(never)
    private func blendMasked(rows: Range<Int>, from x: Int, count: Int,
                             mask: UnsafeBufferPointer<UInt64>, alpha: (Int) -> UInt32) {
      forEachWritable(rows: rows, from: x, count: count, mask: mask) { rows, sx, n in
        blendAll(rows: rows, from: sx, count: n) { alpha($0 &+ sx &- x) }
      }
    }

    /// Calls `body(rows, x, count)` for the parts of the span x..<x+count over `rows`
    /// that lie in tiles the mask marks, a tile row at a time.
    @inline(__always)
    private func forEachWritable(
      rows: Range<Int>, from x: Int, count: Int, mask: UnsafeBufferPointer<UInt64>,
      _ body: (Range<Int>, Int, Int) -> Void
    ) {
      guard count > 0, !rows.isEmpty else { return }
      let shift = TileMask.shift, end = x + count
      let first = x >> shift, last = (end - 1) >> shift
      var y = rows.lowerBound
      while y < rows.upperBound {
        let tileRow = y >> shift, rowEnd = Swift.min(rows.upperBound, (tileRow + 1) << shift)
        let base = tileRow &* wordsPerRow
        for word in (first >> 6)...(last >> 6) {
          var bits = mask[base &+ word] & DamageMap.blockMask(word: word, first, last)
          while bits != 0 {
            let start = bits.trailingZeroBitCount
            let run = (~(bits >> UInt64(start))).trailingZeroBitCount
            let from = Swift.max(x, (word << 6 + start) << shift)
            let to = Swift.min(end, (word << 6 + start + run) << shift)
            body(y..<rowEnd, from, to - from)
            bits = start + run >= 64 ? 0 : bits & ~((1 << UInt64(start + run)) &- 1)
          }
        }
        y = rowEnd
      }
    }

    /// The one pixel writer, with no mask in force.
    @inline(__always)
    private func blendAll(rows: Range<Int>, from x: Int, count: Int, alpha: (Int) -> UInt32) {
      precondition(rows.isEmpty || rows.lowerBound >= 0 && rows.upperBound <= height,
                   "row off the canvas")
      precondition(x >= 0 && count >= 0 && x + count <= width, "span off the canvas")
      DamageMap.mark(rows: rows, from: x, count: count, wordsPerRow: wordsPerRow, in: damage)
      if count > 0 && solidColor.pointee != 0 {
        let shift = DamageMap.blockShift
        let span = DamageMap.BlockSpan(x >> shift, (x + count - 1) >> shift)
        for y in rows { span.clear(row: y &* wordsPerRow, in: solid) }
      }
      for y in rows {
        let start = y &* width &+ x
        for i in 0..<count {
          let a = alpha(i)
          if a == 255 {
            pixels[start &+ i] = source
          } else if a != 0 {
            pixels[start &+ i] = Canvas.blend(source, over: pixels[start &+ i], alpha: a)
          }
        }
      }
    }
  }
}
