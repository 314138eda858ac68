// `sample --at FILE`: the x values to sample, one per line, from a file or standard input
// (`-`). The whole input is read and checked before a row is printed, so a bad line means
// one message and status 2, never a half-written CSV.

import Glibc
import PlotRender

/// Reading and parsing the x values of `sample --at`.
enum SampleInput {
  /// The x values in `path` ("-": standard input): decimal or hexadecimal floating point
  /// (`0.5`, `-1e-300`, `0x1.8p+3`), one per line, surrounding blanks ignored; blank lines
  /// and lines starting with `#` are skipped. Every value must be finite.
  static func values(at path: RawPath) throws(UsageError) -> [Double] {
    let bytes = try read(path)
    return try parse(bytes, source: path.bytes == [UInt8(ascii: "-")] ? "standard input"
                     : "\"\(path.escaped)\"")
  }

  /// The x values of `bytes`; `source` names the input in messages.
  static func parse(_ bytes: [UInt8], source: String) throws(UsageError) -> [Double] {
    var values: [Double] = []
    var lineNumber = 0
    var start = 0
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      lineNumber += 1
      if let value = try value(of: bytes[start..<end], line: lineNumber, source: source) {
        values.append(value)
      }
      start = end + 1
    }
    guard !values.isEmpty else {
      throw UsageError("--at \(source) holds no x values; give one number a line")
    }
    return values
  }

  /// The value of one line, nil for a blank or comment line.
  private static func value(of line: ArraySlice<UInt8>, line number: Int, source: String)
    throws(UsageError) -> Double?
  {
    guard let first = line.firstIndex(where: { !isBlank($0) }) else { return nil }
    let last = line.lastIndex(where: { !isBlank($0) })!
    let word = line[first...last]
    if word.first == UInt8(ascii: "#") { return nil }
    let text = String(decoding: word, as: UTF8.self)
    // Double(String) reads decimal and hex, but also "inf", "nan" and an overflowing
    // "1e400" (as inf): none is an x a CSV row can hold.
    guard word.allSatisfy({ $0 < 0x80 }), let value = Double(text), value.isFinite else {
      throw UsageError("--at \(source) line \(number): \"\(Escaping.escaped(Array(word)))\" "
        + "is not a finite number (decimal like -2.5e-3 or hexadecimal like 0x1.8p+3)")
    }
    return value
  }

  /// Whether `byte` is a blank around a value: space, tab, or the CR of a CRLF line end.
  /// (A comparison, not a set: this runs for every byte of a million-line file.)
  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }

  /// The whole of `path` ("-": standard input) as bytes.
  private static func read(_ path: RawPath) throws(UsageError) -> [UInt8] {
    let isStandardInput = path.bytes == [UInt8(ascii: "-")]
    let fd = isStandardInput ? 0 : path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
    guard fd >= 0 else {
      throw UsageError("--at \"\(path.escaped)\" cannot be read: "
        + String(cString: strerror(errno)))
    }
    defer { if !isStandardInput { close(fd) } }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n == 0 { return bytes }
      if n < 0 {
        if errno == EINTR { continue }
        let name = isStandardInput ? "standard input" : "\"\(path.escaped)\""
        throw UsageError("--at \(name) cannot be read: " + String(cString: strerror(errno)))
      }
      bytes.append(contentsOf: chunk[0..<n])
    }
  }
}
