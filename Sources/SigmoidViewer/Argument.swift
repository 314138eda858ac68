// One command-line argument as the kernel passed it: bytes. CommandLine.arguments
// decodes argv as UTF-8 and replaces what is not, so a file named `$'\xff.bmp'` would
// become another name. Options are matched on the decoded text (they are ASCII); paths
// are taken from the bytes.

import Glibc
import PlotRender

struct Argument: Sendable, Equatable {
  /// The argument's bytes, without the terminating NUL.
  var bytes: [UInt8]

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// The bytes decoded as UTF-8 (invalid bytes become U+FFFD): for matching option names
  /// and converting numbers, never for paths or messages.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The argument as one printable line (see ``Escaping``).
  var escaped: String { Escaping.escaped(bytes) }

  /// The argument as a path, bytes intact.
  var path: RawPath { RawPath(bytes: bytes) }

  /// This process's arguments after the program name, read from argv itself.
  static func processArguments() -> [Argument] {
    let argv = CommandLine.unsafeArgv
    return (1..<max(1, Int(CommandLine.argc))).compactMap { (index: Int) -> Argument? in
      guard let word = argv[index] else { return nil }
      return Argument(bytes: Array(UnsafeBufferPointer(start: word, count: strlen(word))).map { UInt8(bitPattern: $0) })
    }
  }

  /// Splits `--name=value` at its first "=" (a byte that never occurs inside a UTF-8
  /// sequence, so the split is the same on bytes and text); nil when there is none.
  func splitAtEquals() -> (name: Argument, value: Argument)? {
    guard bytes.starts(with: [0x2D, 0x2D]), let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { return nil }
    return (Argument(bytes: Array(bytes[..<equals])), Argument(bytes: Array(bytes[(equals + 1)...])))
  }
}
