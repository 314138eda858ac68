// The coverage raster's per-row passes after deposit: proving column segments simple,
// handing the others to the WindingResolver, and turning cells into coverage spans.
// Only touched columns are visited; the running sum is constant across untouched ones.

extension CoverageRaster {
  /// Calls `body` with every column whose bit is set in `words`, from `lo` through `last`
  /// (rounded out to whole words), in increasing order.
  @inline(__always)
  static func forEachTouched(
    _ words: UnsafeMutableBufferPointer<UInt64>, from lo: Int, through last: Int, _ body: (Int) -> Void
  ) {
    for w in (lo >> 6)...(last >> 6) {
      var bits = words[w]
      while bits != 0 {
        body(w << 6 + bits.trailingZeroBitCount)
        bits &= bits - 1
      }
    }
  }

  /// Splits the row at clean boundaries (integer x that no piece or flat edge touches, so
  /// the winding is the same all down the row there) and keeps the segments whose plain
  /// sum could be wrong. Let the ends' windings be wL and wR and the segment's pieces'
  /// heights sum to H. A horizontal line crosses the segment's pieces c(y) times, with
  /// c(y) ≥ |wR − wL| and of the same parity, and ∫c dy = H over the unit row. So if wL ≠ wR
  /// and H ≤ 1, then c = 1 almost everywhere and w ∈ {wL, wR}, two neighbouring integers:
  /// one is 0 (the sum is ±the exact area) or both share a sign (the sum is ≥ 1 in size,
  /// clamped to the exact 1). If wL = wR, H must be 0. Anything else is resolved.
  /// Untouched columns carry no crossings, so segments only ever close at touched ones.
  mutating func findSlowSegments(lo: Int, hi: Int, _ buffers: RowBuffers) {
    var slow = slowSegments  // moved out and back, so appending does not touch self
    slowSegments = []
    slow.removeAll(keepingCapacity: true)
    let tolerance = 1e-9, alwaysResolve = self.alwaysResolve
    var crossings = 0, cover = 0.0, height = 0.0
    var start = lo, windingLeft = 0
    func close(at end: Int, windingRight: Int) {
      let expected = windingLeft == windingRight ? 0.0 : 1.0
      if alwaysResolve || height > expected + tolerance {
        slow.append(SlowSegment(
          start: start, end: end, windingLeft: windingLeft, windingRight: windingRight))
      }
      start = end
      windingLeft = windingRight
      height = 0
    }
    let columns = buffers.columns
    CoverageRaster.forEachTouched(buffers.touched, from: lo, through: lastTouched) { c in
      crossings += Int(columns[c].crossings)
      if crossings == 0 && height > 0 { close(at: c, windingRight: Int(cover.rounded())) }
      cover += columns[c].cover
      height += columns[c].height
    }
    // Right of hi every piece lies to the left: the winding is the row's net, 0.
    if height > 0 { close(at: hi, windingRight: 0) }
    slowSegments = slow
  }

  /// Replaces the plain sums of the slow segments by exact ones: undoes their pieces, then
  /// deposits the boundary of the non-zero region found by the strip sweep, plus vertical
  /// unit corrections at the segment ends so the running sum enters as [w≠0] and leaves as
  /// the true winding again.
  mutating func resolveSlowSegments(_ buffers: RowBuffers) {
    let columns = buffers.columns
    for (i, s) in slowSegments.enumerated() {
      for c in s.start..<s.end { columns[c].segment = Int32(i) }
    }
    // Group the slow segments' pieces by segment in one pass (counting sort), undoing
    // their plain deposits on the way.
    slowStarts.removeAll(keepingCapacity: true)
    slowStarts.append(contentsOf: repeatElement(0, count: slowSegments.count + 1))
    for p in pieces {
      let i = Int(columns[floorInt(p.left)].segment)
      if i >= 0 { slowStarts[i + 1] += 1 }
    }
    for i in 0..<slowSegments.count { slowStarts[i + 1] += slowStarts[i] }
    slowPieces.removeAll(keepingCapacity: true)
    slowPieces.append(contentsOf: repeatElement(pieces[0], count: slowStarts[slowSegments.count]))
    for p in pieces {
      let i = Int(columns[floorInt(p.left)].segment)
      guard i >= 0 else { continue }
      _ = CoverageRaster.deposit(p, sign: -1, into: columns)
      slowPieces[slowStarts[i]] = p
      slowStarts[i] += 1
    }
    var from = 0
    for (i, s) in slowSegments.enumerated() {
      resolver.input.removeAll(keepingCapacity: true)
      resolver.input.append(contentsOf: slowPieces[from..<slowStarts[i]])
      from = slowStarts[i]
      resolver.resolve(startWinding: s.windingLeft)
      for p in resolver.output { _ = CoverageRaster.deposit(p, sign: 1, into: columns) }
      columns[s.start].area += Double((s.windingLeft != 0 ? 1 : 0) - s.windingLeft)
      columns[s.end].area += Double(s.windingRight - (s.windingRight != 0 ? 1 : 0))
      for c in s.start..<s.end { columns[c].segment = -1 }
    }
  }

  /// Running sum over lo..<end into coverage spans (|sum| clamped to 1), emitted as
  /// `emit(y, x, span)`; runs where the coverage rounds to nothing are skipped. Then clears
  /// the touched columns for the next row.
  mutating func finishRow(
    _ y: Int, lo: Int, end: Int, _ buffers: RowBuffers,
    emit: (Int, Int, UnsafeBufferPointer<Float>) -> Void
  ) {
    let invisible = 0.5 / 255
    let columns = buffers.columns, out = buffers.coverage, last = lastTouched
    var sum = 0.0, next = lo, spanStart = -1
    func flush() {
      if spanStart >= 0 {
        emit(y, spanStart, UnsafeBufferPointer(rebasing: out[(spanStart - lo)..<(next - lo)]))
      }
      spanStart = -1
    }
    /// Columns next..<c hold no cells: their coverage is the running sum's.
    func fillGap(to c: Int) {
      guard c > next else { return }
      let value = Swift.min(abs(sum), 1)
      if value < invisible {
        flush()
      } else {
        if spanStart < 0 { spanStart = next }
        for g in next..<c { out[g - lo] = Float(value) }
      }
      next = c
    }
    // One pass both sums and resets the touched columns for the next row (columns past
    // `end`, right of the clip, are only reset).
    CoverageRaster.forEachTouched(buffers.touched, from: lo, through: last) { c in
      let area = columns[c].area
      columns[c] = Column()
      guard c < end else { return }
      fillGap(to: c)
      sum += area
      if spanStart < 0 { spanStart = c }
      out[c - lo] = Float(Swift.min(abs(sum), 1))
      next = c + 1
    }
    fillGap(to: end)
    flush()
    for w in (lo >> 6)...(last >> 6) { buffers.touched[w] = 0 }
  }
}
