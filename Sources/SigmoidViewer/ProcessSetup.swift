// What the process arranges before any command runs: signals that must not kill it
// mid-write, and standard descriptors that must not be reused by files it opens.

import Glibc

enum ProcessSetup {
  /// Call once, first thing in main.
  static func prepare() {
    // A reader that goes away (`| head -1`) must be a write error we report (EPIPE),
    // never death by SIGPIPE: the window in particular goes on without its stdout.
    signal(SIGPIPE, SIG_IGN)
    // Past a file-size limit (ulimit -f) the kernel would kill us with SIGXFSZ in the
    // middle of writing a BMP, leaving its temporary file behind. Ignored, write(2) fails
    // with EFBIG instead, and the writer removes the temporary file and reports it.
    signal(SIGXFSZ, SIG_IGN)
    // SIGQUIT (Ctrl+\) would start the Swift runtime's crash reporter, which prints a
    // backtrace and lets the window run on. It means "quit": pass it on as SIGTERM, which
    // SDL turns into a quit event in the window, and which ends the other commands.
    signal(SIGQUIT) { _ in kill(getpid(), SIGTERM) }
    occupyClosedStandardDescriptors()
  }

  /// A standard descriptor (0, 1, 2) that was closed (`>&-`) would be handed out by the
  /// next open(2): the BMP's temporary file or a socket could become "standard output"
  /// and receive our messages. Each closed one is filled with the read end of a pipe
  /// nobody writes to: reads see end of file, and writes fail with EBADF, which is the
  /// error the closed descriptor would have given, so it is still reported.
  static func occupyClosedStandardDescriptors() {
    let closed = (Int32(0)...2).filter { fcntl($0, F_GETFD) == -1 && errno == EBADF }
    guard !closed.isEmpty else { return }
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return }
    for fd in closed where fd != ends[0] { dup2(ends[0], fd) }  // also covers ends[1] == fd
    if !closed.contains(ends[1]) { close(ends[1]) }
    if !closed.contains(ends[0]) { close(ends[0]) }
  }
}
