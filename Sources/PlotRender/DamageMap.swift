// Which parts of a canvas its drawing has touched since the last clear, in blocks of 16
// pixels (one 64-byte cache line) per row, so the next clear rewrites only those.
// Bookkeeping only: it never reads or writes pixels itself.

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

  /// A map with nothing marked, for a `width` × `height` canvas all of `background`.
  init(width: Int, height: Int, background: UInt32?) {
    let blocks = (width + Self.blockWidth - 1) >> Self.blockShift
    wordsPerRow = (blocks + 63) / 64
    bits = Array(repeating: 0, count: wordsPerRow * height)
    self.background = background
  }

  /// Marks pixels x..<x+count of every row in `rows`, through the entered `bits`.
  @inline(__always)
  static func mark(
    rows: Range<Int>, from x: Int, count: Int, wordsPerRow: Int,
    in bits: UnsafeMutableBufferPointer<UInt64>
  ) {
    guard count > 0 else { return }
    let first = x >> blockShift, last = (x + count - 1) >> blockShift
    for y in rows {
      let row = y &* wordsPerRow
      for block in first...last {
        bits[row &+ block >> 6] |= 1 << UInt64(block & 63)
      }
    }
  }

  /// Calls `body(y, xs)` for each marked block of each row (xs clipped to `width`), and
  /// unmarks everything.
  mutating func drain(width: Int, _ body: (Int, Range<Int>) -> Void) {
    let wordsPerRow = self.wordsPerRow
    bits.withUnsafeMutableBufferPointer { bits in
      for w in bits.indices where bits[w] != 0 {
        var word = bits[w]
        bits[w] = 0
        let y = w / wordsPerRow, firstBlock = (w % wordsPerRow) * 64
        while word != 0 {
          let x = (firstBlock + word.trailingZeroBitCount) << Self.blockShift
          body(y, x..<Swift.min(x + Self.blockWidth, width))
          word &= word - 1
        }
      }
    }
  }

  /// Unmarks everything and records that every pixel now holds `background`.
  mutating func reset(background: UInt32) {
    bits.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    self.background = background
  }
}
