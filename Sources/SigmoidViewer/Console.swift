// Writing to standard output and standard error without Glibc's `stdout`/`stderr`
// globals, which Swift 6 rejects as unsafe shared state.

import Foundation

enum Console {
  /// Writes `text` to standard output as is.
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes one line to standard error.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
