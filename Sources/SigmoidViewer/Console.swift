// The program's own output: every byte for standard output or standard error goes
// through here, with write(2). Nothing traps: FileHandle.write would (SIGILL on a
// closed descriptor), and Glibc's `stdout`/`stderr` globals are off limits in Swift 6.

import Glibc
import PlotRender

enum Console {
  /// Writes `text` to standard output, all of it, or throws why not (a closed descriptor,
  /// a pipe with no reader, a full disk). SIGPIPE is ignored (ProcessSetup), so a
  /// vanished reader is the error EPIPE here rather than death by signal.
  static func out(_ text: String) throws(OutputWriteError) {
    try write(Array(text.utf8), to: 1)
  }

  /// Writes one line to standard error. Control characters are escaped, so a message
  /// quoting what the user typed stays one line and sends nothing to the terminal. When
  /// stderr itself is unusable there is no one left to tell: the failure is dropped and
  /// the caller's exit status says what happened.
  static func error(_ line: String) {
    _ = try? write(Array((Escaping.controlsEscaped(line) + "\n").utf8), to: 2)
  }

  /// write(2) until all of `bytes` is out, retrying EINTR and short writes.
  static func write(_ bytes: [UInt8], to fd: Int32) throws(OutputWriteError) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        throw OutputWriteError(errno: errno)
      }
      if n == 0 { throw OutputWriteError(errno: EIO) }
      offset += n
    }
  }
}
