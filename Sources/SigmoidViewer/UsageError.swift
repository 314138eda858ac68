// The one error type for bad command lines: a single sentence telling the user what to
// change. Not for failures at run time (I/O, SDL), which exit 1 rather than 2.

/// A bad invocation. `message` is one line that names the offending option and says what
/// would be accepted; the tool prints it on standard error and exits with status 2.
struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// One line, no trailing newline, e.g. `--count must be a whole number from 2 to 10000000; got "1"`.
  var message: String

  init(_ message: String) {
    self.message = message
  }

  var description: String { message }

  /// The exit status for usage errors (as BSD's EX_USAGE is for sysexits, 2 is the
  /// common convention of getopt-based tools).
  static let exitStatus: Int32 = 2
}
