// Standard output refused what we printed: a closed descriptor, a reader that went away,
// a full disk. A failure at run time (status 1) with the system's reason in words.

import Glibc

struct OutputWriteError: Error, CustomStringConvertible, Equatable {
  /// The errno value write(2) failed with.
  var code: Int32
  /// What was being written, for the message: "the CSV", "the help".
  var what = "output"

  init(errno code: Int32, what: String = "output") {
    self.code = code
    self.what = what
  }

  /// strerror's text, with a hint for the cases that are not obvious.
  var reason: String {
    let text = String(cString: strerror(code))
    switch code {
    case EBADF: return text + " (standard output is closed or not open for writing)"
    case EPIPE: return text + " (the program reading it has exited)"
    default: return text
    }
  }

  var description: String { "cannot write \(what) to standard output: \(reason)" }

  /// The same failure, naming what was being written.
  func writing(_ what: String) -> OutputWriteError {
    OutputWriteError(errno: code, what: what)
  }
}
