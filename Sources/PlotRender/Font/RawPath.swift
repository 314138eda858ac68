// A file path as the kernel takes it: bytes, in no particular encoding. Linux file names
// need not be UTF-8, and a Swift String would turn each invalid byte into U+FFFD, so a
// path typed as `$'\xff\xfe.bmp'` would name some other file. Paths travel as RawPath
// from argv (or getenv, or fc-match's output) to open(2), and are shown only escaped.

import Glibc

/// A path's bytes (never containing NUL), with the few operations the program needs.
public struct RawPath: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  /// The bytes, without a terminating NUL.
  public var bytes: [UInt8]

  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The UTF-8 bytes of `string`.
  public init(_ string: String) {
    bytes = Array(string.utf8)
  }

  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// The value of environment variable `name` as bytes (ProcessInfo would decode it).
  public static func environment(_ name: String) -> RawPath? {
    guard let value = getenv(name) else { return nil }
    return RawPath(bytes: Array(UnsafeBufferPointer(start: value, count: strlen(value))).map(UInt8.init(bitPattern:)))
  }

  public var isEmpty: Bool { bytes.isEmpty }

  /// The path decoded as UTF-8, invalid bytes replaced: only for APIs that take a
  /// String and for tests; messages use ``escaped``.
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  /// The path as one printable line: ``Escaping/escaped(_:)`` of its bytes.
  public var escaped: String { Escaping.escaped(bytes) }

  public var description: String { escaped }

  /// Whether the path ends in "/", which names a directory whatever comes before it.
  public var hasTrailingSlash: Bool { bytes.last == UInt8(ascii: "/") }

  /// Everything before the last "/" ("" when there is none; "/" for "/name").
  public var directory: RawPath {
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return RawPath(bytes: []) }
    return RawPath(bytes: slash == 0 ? [UInt8(ascii: "/")] : Array(bytes[..<slash]))
  }

  /// Everything after the last "/" (the whole path when there is none).
  public var lastComponent: RawPath {
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return self }
    return RawPath(bytes: Array(bytes[(slash + 1)...]))
  }

  /// `name` inside this directory; an empty directory means the current one and adds
  /// nothing, so relative paths stay as the user typed them.
  public func appending(_ name: RawPath) -> RawPath {
    if bytes.isEmpty { return name }
    return RawPath(bytes: hasTrailingSlash ? bytes + name.bytes : bytes + [UInt8(ascii: "/")] + name.bytes)
  }

  /// Calls `body` with the path as a C string ("." for an empty path, which the callers
  /// use for the current directory).
  public func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
    let terminated = (bytes.isEmpty ? [UInt8(ascii: ".")] : bytes) + [0]
    return try terminated.withUnsafeBufferPointer { buffer in
      try buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { try body($0) }
    }
  }
}
