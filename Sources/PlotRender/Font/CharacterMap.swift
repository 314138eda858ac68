// The 'cmap' table: Unicode scalar → glyph index, through a format 4 or format 12 subtable.
// Other formats (0, 2, 6, 13, 14) and non-Unicode encodings are not read.

/// One Unicode subtable of 'cmap', validated when the font loads so lookups cannot fail.
struct CharacterMap: Sendable {
  enum Format: Sendable {
    /// Segment mapping to delta values (BMP only); `segCount` segments.
    case segments(segCount: Int)
    /// Segmented coverage (all planes); `groupCount` groups of 12 bytes from offset 16.
    case groups(groupCount: Int)
  }

  /// The chosen subtable, from its first byte.
  let bytes: FontBytes
  let format: Format
  /// Glyph indices at or above this are treated as missing (a damaged map must not
  /// hand out indices that 'loca' does not have).
  let numGlyphs: Int

  /// Picks the best Unicode subtable, in the order a full-Unicode reader wants:
  /// (3,10) format 12, then (3,1) format 4, then any platform-0 subtable in format 12 or 4.
  init(cmap: FontBytes, numGlyphs: Int) throws(FontError) {
    let count = Int(try cmap.u16(2))
    var candidates: [(rank: Int, offset: Int, format: UInt16)] = []
    for i in 0..<count {
      let record = 4 + 8 * i
      let platform = try cmap.u16(record)
      let encoding = try cmap.u16(record + 2)
      let offset = Int(try cmap.u32(record + 4))
      guard let format = try? cmap.u16(offset) else { continue }
      let rank: Int? = switch (platform, encoding, format) {
      case (3, 10, 12): 0
      case (3, 1, 4): 1
      case (0, _, 12): 2
      case (0, _, 4): 3
      default: nil
      }
      if let rank { candidates.append((rank, offset, format)) }
    }
    // A damaged subtable should not hide a good one further down the list.
    var firstError: FontError?
    for candidate in candidates.sorted(by: { $0.rank < $1.rank }) {
      do {
        self = try CharacterMap(
          subtable: try cmap.slice(from: candidate.offset), format: candidate.format,
          numGlyphs: numGlyphs)
        return
      } catch {
        firstError = firstError ?? error
      }
    }
    throw firstError ?? .unsupported(
      "no Unicode character map (cmap subtable 3/10, 3/1 or 0/x in format 4 or 12)")
  }

  private init(subtable: FontBytes, format: UInt16, numGlyphs: Int) throws(FontError) {
    self.numGlyphs = numGlyphs
    if format == 4 {
      let segCount = Int(try subtable.u16(6)) / 2
      guard segCount > 0 else {
        throw .damaged(table: "cmap", detail: "format 4 subtable has no segments")
      }
      // endCode, pad, startCode, idDelta, idRangeOffset: 8·segCount + 2 bytes from 14.
      // Glyph arrays that idRangeOffset points into are checked at lookup time.
      try subtable.check(14, 8 * segCount + 2)
      self.bytes = subtable
      self.format = .segments(segCount: segCount)
    } else {
      let groupCount = Int(try subtable.u32(12))
      guard groupCount <= (subtable.count - 16) / 12 else {
        throw .damaged(table: "cmap", detail: "format 12 subtable claims \(groupCount) "
          + "groups but has room for \((subtable.count - 16) / 12)")
      }
      self.bytes = subtable
      self.format = .groups(groupCount: groupCount)
    }
  }

  /// The glyph for `code`, or 0 (the font's "missing" glyph) when it is not mapped or
  /// the map points somewhere it should not.
  func glyph(for code: UInt32) -> UInt16 {
    let found: UInt32? = switch format {
    case .segments(let segCount): try? lookupSegments(code, segCount: segCount)
    case .groups(let groupCount): try? lookupGroups(code, groupCount: groupCount)
    }
    guard let found, found < numGlyphs else { return 0 }
    return UInt16(found)
  }

  /// Format 4: binary search for the first segment whose endCode >= code, then map
  /// either by idDelta alone or through the glyph array idRangeOffset points into.
  private func lookupSegments(_ code: UInt32, segCount: Int) throws(FontError) -> UInt32 {
    guard code <= 0xFFFF else { return 0 }
    let endCodes = 14
    let startCodes = 16 + 2 * segCount
    let idDeltas = 16 + 4 * segCount
    let idRangeOffsets = 16 + 6 * segCount
    var lo = 0
    var hi = segCount
    while lo < hi {
      let mid = (lo + hi) / 2
      if UInt32(try bytes.u16(endCodes + 2 * mid)) < code { lo = mid + 1 } else { hi = mid }
    }
    guard lo < segCount else { return 0 }
    let start = UInt32(try bytes.u16(startCodes + 2 * lo))
    guard code >= start else { return 0 }
    let delta = UInt32(try bytes.u16(idDeltas + 2 * lo))
    let rangeOffsetAt = idRangeOffsets + 2 * lo
    let rangeOffset = Int(try bytes.u16(rangeOffsetAt))
    if rangeOffset == 0 {
      return (code &+ delta) & 0xFFFF
    }
    // idRangeOffset is a byte offset from its own position into glyphIdArray.
    let glyph = UInt32(try bytes.u16(rangeOffsetAt + rangeOffset + 2 * Int(code - start)))
    return glyph == 0 ? 0 : (glyph &+ delta) & 0xFFFF
  }

  /// Format 12: binary search over groups sorted by startCharCode.
  private func lookupGroups(_ code: UInt32, groupCount: Int) throws(FontError) -> UInt32 {
    var lo = 0
    var hi = groupCount
    while lo < hi {
      let mid = (lo + hi) / 2
      let group = 16 + 12 * mid
      if code < (try bytes.u32(group)) {
        hi = mid
      } else if code > (try bytes.u32(group + 4)) {
        lo = mid + 1
      } else {
        let first = try bytes.u32(group)
        let glyph = UInt64(try bytes.u32(group + 8)) + UInt64(code - first)
        return glyph > 0xFFFF ? 0 : UInt32(glyph)
      }
    }
    return 0
  }
}
