// Bounds-checked big-endian reads over one table of a font file.
// Every read throws FontError.damaged instead of trapping; nothing here interprets the data.

/// A window onto the bytes of one font table (or the whole file), read big-endian.
///
/// Offsets passed to the readers are relative to the start of the window, and any read
/// that would cross its end throws, naming the table, so a damaged file never traps.
/// The window shares the file's storage (copy-on-write), so making one is cheap.
struct FontBytes: Sendable {
  /// The whole file.
  let data: [UInt8]
  /// Four-letter tag used in error messages ("file" for the whole file).
  let tag: String
  /// Where the window starts in ``data``, in bytes.
  let start: Int
  /// Length of the window in bytes; `start + count <= data.count` always holds.
  let count: Int

  /// A window over the whole file.
  init(file data: [UInt8]) {
    self.data = data
    self.tag = "file"
    self.start = 0
    self.count = data.count
  }

  /// A window over `count` bytes at `offset` of `data`; throws if it leaves the file.
  init(_ data: [UInt8], tag: String, offset: Int, count: Int) throws(FontError) {
    guard offset >= 0, count >= 0, offset <= data.count, count <= data.count - offset else {
      throw .damaged(table: tag, detail: "lies outside the file (offset \(offset), "
        + "length \(count), file size \(data.count))")
    }
    self.data = data
    self.tag = tag
    self.start = offset
    self.count = count
  }

  /// The sub-window of `length` bytes at `offset` (relative to this window).
  func slice(at offset: Int, length: Int) throws(FontError) -> FontBytes {
    try check(offset, length)
    return try FontBytes(data, tag: tag, offset: start + offset, count: length)
  }

  /// The sub-window from `offset` to the end of this window.
  func slice(from offset: Int) throws(FontError) -> FontBytes {
    try check(offset, 0)
    return try FontBytes(data, tag: tag, offset: start + offset, count: count - offset)
  }

  /// Throws unless `size` bytes at `offset` lie inside the window.
  func check(_ offset: Int, _ size: Int) throws(FontError) {
    // Written so that no sum can overflow, even for hostile offsets near Int.max.
    guard offset >= 0, size >= 0, offset <= count, size <= count - offset else {
      throw .damaged(table: tag, detail: "is too short: needs \(size) byte(s) at offset "
        + "\(offset), but has only \(count)")
    }
  }

  func u8(_ offset: Int) throws(FontError) -> UInt8 {
    try check(offset, 1)
    return data[start + offset]
  }

  func i8(_ offset: Int) throws(FontError) -> Int8 {
    Int8(bitPattern: try u8(offset))
  }

  func u16(_ offset: Int) throws(FontError) -> UInt16 {
    try check(offset, 2)
    let i = start + offset
    return UInt16(data[i]) << 8 | UInt16(data[i + 1])
  }

  func i16(_ offset: Int) throws(FontError) -> Int16 {
    Int16(bitPattern: try u16(offset))
  }

  func u32(_ offset: Int) throws(FontError) -> UInt32 {
    try check(offset, 4)
    let i = start + offset
    return UInt32(data[i]) << 24 | UInt32(data[i + 1]) << 16
      | UInt32(data[i + 2]) << 8 | UInt32(data[i + 3])
  }

  /// A signed 2.14 fixed-point number (composite glyph scales): value / 16384.
  func f2dot14(_ offset: Int) throws(FontError) -> Double {
    Double(try i16(offset)) / 16384
  }

  /// Four bytes as a tag string; non-printable bytes become "?" so messages stay readable.
  func tag(_ offset: Int) throws(FontError) -> String {
    try check(offset, 4)
    let bytes = data[(start + offset)..<(start + offset + 4)]
    return String(decoding: bytes.map { (0x20...0x7E).contains($0) ? $0 : UInt8(ascii: "?") },
                  as: UTF8.self)
  }
}
