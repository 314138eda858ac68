// The 'kern' table's first horizontal format-0 subtable: pair adjustments in font units.
// GPOS kerning is not read; this is what FreeType's FT_Get_Kerning (and so matplotlib) uses.

/// Sorted (left glyph, right glyph) → adjustment pairs, validated when the font loads.
struct KerningTable: Sendable {
  /// The pair list: `pairCount` records of 6 bytes (left u16, right u16, value i16).
  private let pairs: FontBytes
  private let pairCount: Int

  /// Finds a format-0 subtable that kerns horizontally (coverage: horizontal set,
  /// minimum and cross-stream clear). Returns nil when there is none, including for
  /// Apple's version-1 'kern' layout, which this reader does not handle.
  init?(kern: FontBytes) throws(FontError) {
    guard try kern.u16(0) == 0 else { return nil }
    let tableCount = Int(try kern.u16(2))
    var offset = 4
    for _ in 0..<tableCount {
      let length = Int(try kern.u16(offset + 2))
      let coverage = try kern.u16(offset + 4)
      let format = coverage >> 8
      if format == 0 && coverage & 0x07 == 0x01 {
        let count = Int(try kern.u16(offset + 6))
        // Large subtables overflow their 16-bit length field, so trust the pair
        // count and check it against the table instead.
        self.pairs = try kern.slice(at: offset + 14, length: 6 * count)
        self.pairCount = count
        return
      }
      guard length >= 6 else { return nil }  // a zero length would loop on one subtable
      offset += length
    }
    return nil
  }

  /// The adjustment, in font units, to add to the advance between `left` and `right`.
  func value(left: UInt16, right: UInt16) -> Int {
    let key = UInt32(left) << 16 | UInt32(right)
    var lo = 0
    var hi = pairCount
    while lo < hi {
      let mid = (lo + hi) / 2
      guard let pair = try? pairs.u32(6 * mid) else { return 0 }
      if pair < key {
        lo = mid + 1
      } else if pair > key {
        hi = mid
      } else {
        return Int((try? pairs.i16(6 * mid + 4)) ?? 0)
      }
    }
    return 0
  }
}
