// Which parts of a canvas its drawing has touched since the last clear, in blocks of 16
// pixels (one 64-byte cache line) per row, so the next clear rewrites only those; and
// which blocks hold one tracked colour throughout, so an opaque fill of that colour skips
// them. Bookkeeping only: it never reads or writes pixels itself.

/// Blocks of a canvas that may differ from the colour it was last cleared to.
///
/// A frame of the plot touches about a fifth of the canvas (grid lines, frame, curves,
/// text); the rest still holds the background. Clearing only the marked blocks instead of
/// all 8 MB of a 1920×1080 canvas is the difference between a memory-bound fill and a
/// fraction of one. The map is conservative: a marked block may hold the background
/// again, an unmarked one never holds anything else.
struct DamageMap: Sendable {
  /// Pixels per block: 16 ARGB pixels are one 64-byte cache line.
  static let blockShift = 4
  static let blockWidth = 1 << blockShift

  /// The colour every unmarked pixel holds, opaque ARGB; nil when unknown (after the
  /// pixels were changed behind the map's back), which makes the next clear a full one.
  var background: UInt32?
  /// One bit per block, `wordsPerRow` words per canvas row, row-major.
  var bits: [UInt64]
  let wordsPerRow: Int
  /// Blocks every pixel of which holds ``solidColor``, laid out as ``bits``: an opaque fill
  /// of that colour skips them (see ``Canvas/SpanBlender``). Meaningful only while
  /// `solidColor` is not 0; whoever starts tracking a colour zeroes them first.
  var solid: [UInt64]
  /// The colour ``solid`` tracks, opaque ARGB, or 0 (never an opaque colour) for none.
  ///
  /// A slider drag redraws the shading under a steep sigmoid, most of the plot, every
  /// frame; its blocks still hold the shade from the frame before (the clear spares them,
  /// ``Canvas/clear(to:sparing:)``), so knowing that lets the fill skip the writes.
  var solidColor: UInt32 = 0

  /// A map with nothing marked, for a `width` × `height` canvas all of `background`.
  init(width: Int, height: Int, background: UInt32?) {
    let blocks = (width + Self.blockWidth - 1) >> Self.blockShift
    wordsPerRow = (blocks + 63) / 64
    bits = Array(repeating: 0, count: wordsPerRow * height)
    solid = bits
    self.background = background
  }

  /// Marks pixels x..<x+count of every row in `rows`, through the entered `bits`.
  @inline(__always)
  static func mark(
    rows: Range<Int>, from x: Int, count: Int, wordsPerRow: Int,
    in bits: UnsafeMutableBufferPointer<UInt64>
  ) {
    guard count > 0 else { return }
    let span = BlockSpan(x >> blockShift, (x + count - 1) >> blockShift)
    for y in rows { span.set(row: y &* wordsPerRow, in: bits) }
  }

  /// Sets the bits of blocks first...last in the row whose words start at `row`.
  @inline(__always)
  static func setBlocks(
    row: Int, _ first: Int, _ last: Int, in bits: UnsafeMutableBufferPointer<UInt64>
  ) {
    BlockSpan(first, last).set(row: row, in: bits)
  }

  /// Clears the bits of blocks first...last in the row whose words start at `row`.
  @inline(__always)
  static func clearBlocks(
    row: Int, _ first: Int, _ last: Int, in bits: UnsafeMutableBufferPointer<UInt64>
  ) {
    BlockSpan(first, last).clear(row: row, in: bits)
  }

  /// Blocks first...last of a row as the words they fall in and the masks of the two end
  /// words, worked out once for a span drawn on many rows (a grid line's thousand rows
  /// then cost a word operation or two each).
  struct BlockSpan {
    let firstWord, lastWord: Int
    let firstMask, lastMask: UInt64

    @inline(__always) init(_ first: Int, _ last: Int) {
      firstWord = first >> 6
      lastWord = last >> 6
      firstMask = UInt64.max << UInt64(first & 63)
      lastMask = UInt64.max >> UInt64(63 - (last & 63))
    }

    @inline(__always) func set(row: Int, in bits: UnsafeMutableBufferPointer<UInt64>) {
      if firstWord == lastWord {
        bits[row &+ firstWord] |= firstMask & lastMask
        return
      }
      bits[row &+ firstWord] |= firstMask
      for w in (firstWord + 1)..<lastWord { bits[row &+ w] = UInt64.max }
      bits[row &+ lastWord] |= lastMask
    }

    @inline(__always) func clear(row: Int, in bits: UnsafeMutableBufferPointer<UInt64>) {
      if firstWord == lastWord {
        bits[row &+ firstWord] &= ~(firstMask & lastMask)
        return
      }
      bits[row &+ firstWord] &= ~firstMask
      for w in (firstWord + 1)..<lastWord { bits[row &+ w] = 0 }
      bits[row &+ lastWord] &= ~lastMask
    }
  }

  /// The bits of blocks first...last that fall in word `word` of a row.
  @inline(__always)
  static func blockMask(word: Int, _ first: Int, _ last: Int) -> UInt64 {
    let lo = Swift.max(first - (word << 6), 0), hi = Swift.min(last - (word << 6), 63)
    if lo > hi { return 0 }
    let upTo = hi == 63 ? UInt64.max : (1 << UInt64(hi + 1)) &- 1
    return upTo & ~((1 << UInt64(lo)) &- 1)
  }

  /// Calls `body(y, xs)` for each run of marked blocks of each row (xs clipped to
  /// `width`), and unmarks them, except the blocks lying wholly inside a `spared`
  /// rectangle, which stay marked and are not passed to `body`. Blocks passed to `body`
  /// lose their ``solid`` mark: the caller rewrites them. With a `mask`, blocks outside
  /// its tiles are left alone too.
  mutating func drain(
    width: Int, sparing spared: [ClipRect], within mask: TileMask? = nil,
    _ body: (Int, Range<Int>) -> Void
  ) {
    let wordsPerRow = self.wordsPerRow, tracking = solidColor != 0
    let lastBlock = (width - 1) >> Self.blockShift
    var solid = self.solid  // moved out and back: no copy, and no overlapping access
    self.solid = []
    defer { self.solid = solid }
    solid.withUnsafeMutableBufferPointer { solid in
      bits.withUnsafeMutableBufferPointer { bits in
        for w in bits.indices where bits[w] != 0 {
          var word = bits[w]
          let y = w / wordsPerRow, wordInRow = w % wordsPerRow
          var kept: UInt64 = 0
          for r in spared where r.y0 <= y && y < r.y1 {
            // Blocks wholly inside r.x0..<r.x1; the row's last block may be short.
            let first = (r.x0 + Self.blockWidth - 1) >> Self.blockShift
            let last = r.x1 >= width ? lastBlock : (r.x1 >> Self.blockShift) - 1
            if first <= last { kept |= Self.blockMask(word: wordInRow, first, last) }
          }
          if let mask { kept |= ~mask.bits[(y >> Self.blockShift) * wordsPerRow + wordInRow] }
          kept &= word
          bits[w] = kept
          word &= ~kept
          if tracking { solid[w] &= ~word }
          let firstBlock = wordInRow * 64
          while word != 0 {
            // A run of marked blocks at once: one call per run, not per 16 pixels.
            let start = word.trailingZeroBitCount
            let run = (~(word >> UInt64(start))).trailingZeroBitCount
            let x = (firstBlock + start) << Self.blockShift
            body(y, x..<Swift.min(x + (run << Self.blockShift), width))
            word = run + start >= 64 ? 0 : word & ~((1 << UInt64(run + start)) &- 1)
          }
        }
      }
    }
  }

  /// Unmarks everything and records that every pixel now holds `background`.
  mutating func reset(background: UInt32) {
    bits.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    self.background = background
    solidColor = 0
  }
}
