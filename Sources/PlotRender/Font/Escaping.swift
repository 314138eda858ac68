// How paths and arguments are shown: every message is one line, so nothing a user typed
// (a newline, a terminal escape, bytes that are not UTF-8) may reach the terminal raw.

/// Turns bytes or text into one line that is safe on a terminal and says exactly what
/// was given: invalid UTF-8 and control characters (newlines, ESC, C1 controls, line
/// separators, bidirectional overrides) become `\n`, `\t`, `\xNN` or `\u{NNNN}`, and a
/// backslash becomes `\\`, so the escaped form can always be read back unambiguously.
public enum Escaping {
  /// `bytes` escaped; valid UTF-8 other than controls is kept as is (é stays é).
  public static func escaped(_ bytes: [UInt8]) -> String {
    var result = ""
    var index = 0
    while index < bytes.count {
      let length = validSequenceLength(bytes, at: index)
      if length == 0 {
        result += hex(bytes[index])
        index += 1
        continue
      }
      let scalarText = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
      for scalar in scalarText.unicodeScalars { result += escaped(scalar, backslash: true) }
      index += length
    }
    return result
  }

  /// `text` with its control characters escaped; backslashes are kept (for whole
  /// messages, whose arguments were escaped already).
  public static func controlsEscaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars { result += escaped(scalar, backslash: false) }
    return result
  }

  private static func escaped(_ scalar: Unicode.Scalar, backslash: Bool) -> String {
    switch scalar.value {
    case 0x5C: return backslash ? "\\\\" : "\\"
    case 0x0A: return "\\n"
    case 0x09: return "\\t"
    case 0x0D: return "\\r"
    case 0x00..<0x20, 0x7F: return hex(UInt8(scalar.value))
    case 0x80..<0xA0, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
      return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    default: return String(Character(scalar))
    }
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16)
    return "\\x" + (digits.count == 1 ? "0" + digits : digits)
  }

  /// The length of the well-formed UTF-8 sequence at `index` (1 to 4), or 0 if the byte
  /// there does not start one (overlong forms and surrogates are not well formed).
  static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let first = bytes[index]
    let length: Int
    var low: UInt8 = 0x80, high: UInt8 = 0xBF
    switch first {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      let (lo, hi) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
      guard byte >= lo && byte <= hi else { return 0 }
    }
    return length
  }
}
