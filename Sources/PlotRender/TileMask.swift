// Which 16 × 16 pixel tiles of a canvas a frame must redraw: the tiles where the frame's
// drawing differs from the one the canvas holds (FrameDamage.swift finds them). While a
// mask is set on a canvas, its blender writes only inside the marked tiles, so an item
// drawn again over unchanged pixels costs its raster work but no pixel writes.

/// A set of 16 × 16 tiles of a `width` × `height` canvas; tile columns are the
/// ``DamageMap``'s blocks, so a mask row's words line up with the damage map's.
struct TileMask: Sendable {
  static let shift = DamageMap.blockShift
  static let size = DamageMap.blockWidth

  let width, height: Int
  let wordsPerRow: Int
  let tileColumns, tileRows: Int
  /// One bit per tile, `wordsPerRow` words per tile row.
  private(set) var bits: [UInt64]
  /// How many tiles are marked.
  private(set) var marked = 0

  /// An empty mask for a `width` × `height` canvas.
  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    tileColumns = (width + Self.size - 1) >> Self.shift
    tileRows = (height + Self.size - 1) >> Self.shift
    wordsPerRow = (tileColumns + 63) / 64
    bits = Array(repeating: 0, count: wordsPerRow * tileRows)
  }

  /// The share of the canvas's tiles marked, 0...1.
  var fraction: Double {
    tileColumns * tileRows == 0 ? 0 : Double(marked) / Double(tileColumns * tileRows)
  }

  /// Unmarks every tile, keeping the storage.
  mutating func removeAll() {
    bits.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    marked = 0
  }

  /// The tiles any pixel of `box` falls in, clipped to the canvas; nil when none.
  func tiles(of box: ClipRect) -> (columns: ClosedRange<Int>, rows: ClosedRange<Int>)? {
    let b = box.intersection(ClipRect(x0: 0, y0: 0, x1: width, y1: height))
    guard !b.isEmpty else { return nil }
    return ((b.x0 >> Self.shift)...((b.x1 - 1) >> Self.shift),
            (b.y0 >> Self.shift)...((b.y1 - 1) >> Self.shift))
  }

  /// Marks every tile `box` touches.
  mutating func mark(_ box: ClipRect) {
    guard let t = tiles(of: box) else { return }
    for row in t.rows { markRow(row, t.columns) }
  }

  /// Marks every tile `box` touches except those wholly inside `kept`: where a rectangle
  /// moved from one place to another, the tiles inside both its old and new interiors
  /// hold its colour either way.
  mutating func mark(_ box: ClipRect, except kept: ClipRect) {
    guard let t = tiles(of: box) else { return }
    // Tiles wholly inside `kept` (the canvas's last, short tiles count when kept reaches
    // the canvas's edge).
    let c0 = (kept.x0 + Self.size - 1) >> Self.shift
    let c1 = (kept.x1 >= width ? tileColumns : kept.x1 >> Self.shift) - 1
    let r0 = (kept.y0 + Self.size - 1) >> Self.shift
    let r1 = (kept.y1 >= height ? tileRows : kept.y1 >> Self.shift) - 1
    for row in t.rows {
      guard !kept.isEmpty, r0 <= row, row <= r1, c0 <= c1 else {
        markRow(row, t.columns)
        continue
      }
      if t.columns.lowerBound < c0 {
        markRow(row, t.columns.lowerBound...Swift.min(c0 - 1, t.columns.upperBound))
      }
      if t.columns.upperBound > c1 {
        markRow(row, Swift.max(c1 + 1, t.columns.lowerBound)...t.columns.upperBound)
      }
    }
  }

  private mutating func markRow(_ row: Int, _ columns: ClosedRange<Int>) {
    let base = row * wordsPerRow
    for word in (columns.lowerBound >> 6)...(columns.upperBound >> 6) {
      let add = DamageMap.blockMask(word: word, columns.lowerBound, columns.upperBound)
        & ~bits[base + word]
      bits[base + word] |= add
      marked += add.nonzeroBitCount
    }
  }

  /// Whether any tile `box` touches is marked.
  func meets(_ box: ClipRect) -> Bool {
    guard let t = tiles(of: box) else { return false }
    for row in t.rows {
      let base = row * wordsPerRow
      for word in (t.columns.lowerBound >> 6)...(t.columns.upperBound >> 6)
      where bits[base + word] & DamageMap.blockMask(word: word, t.columns.lowerBound, t.columns.upperBound) != 0 {
        return true
      }
    }
    return false
  }
}
