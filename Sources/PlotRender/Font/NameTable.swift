// The font's family name from its 'name' table ("DejaVu Sans"): what an SVG's
// font-family names so a viewer picks the face the raster drew with. Reading only.

/// Reads the family name of a 'name' table.
enum NameTable {
  /// The typographic family (name ID 16), else the family (ID 1): Windows Unicode
  /// (platform 3, UTF-16BE) first, then Unicode (platform 0), then Mac Roman (platform 1,
  /// ASCII bytes only kept). Nil when the table is damaged or names no family.
  static func familyName(_ name: FontBytes) -> String? {
    guard let count = try? Int(name.u16(2)), let storage = try? Int(name.u16(4)) else {
      return nil
    }
    var best: (rank: Int, text: String)?
    for i in 0..<count {
      let r = 6 + 12 * i
      guard let platform = try? name.u16(r), let nameID = try? name.u16(r + 6),
        let length = try? Int(name.u16(r + 8)), let offset = try? Int(name.u16(r + 10)),
        nameID == 1 || nameID == 16
      else { continue }
      let platformRank: Int
      switch platform {
      case 3: platformRank = 0
      case 0: platformRank = 1
      case 1: platformRank = 2
      default: continue
      }
      let rank = platformRank * 2 + (nameID == 16 ? 0 : 1)
      if let b = best, b.rank <= rank { continue }
      guard let bytes = try? name.slice(at: storage + offset, length: length),
        let text = decode(bytes, utf16: platform != 1), !text.isEmpty
      else { continue }
      best = (rank, text)
    }
    return best?.text
  }

  /// The string's bytes as UTF-16BE, or as single bytes (only printable ASCII kept).
  private static func decode(_ b: FontBytes, utf16: Bool) -> String? {
    let bytes = b.data[b.start..<(b.start + b.count)]
    if utf16 {
      guard bytes.count % 2 == 0 else { return nil }
      var units: [UInt16] = []
      var i = bytes.startIndex
      while i < bytes.endIndex {
        units.append(UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
        i += 2
      }
      return String(decoding: units, as: UTF16.self)
    }
    return String(decoding: bytes.filter { (0x20..<0x7F).contains($0) }, as: UTF8.self)
  }
}
