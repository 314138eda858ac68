// One short-lived helper program (fc-match) run with posix_spawn: its standard output
// read through a pipe against a deadline, then reaped, killed first if it is late.
// Foundation's Process would only send SIGTERM, which a stuck child may ignore, and its
// Pipe traps when the process is out of file descriptors.

import Glibc

/// A spawned child whose stdout we read; stdin and stderr are /dev/null when there is one.
struct ChildRun {
  let pid: pid_t
  /// The read end of the child's stdout.
  private let output: Int32

  /// Seconds on the monotonic clock (deadlines survive clock changes).
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// Starts `executable` with `arguments` (argv[0] first). Nil when no pipe can be made or
  /// the spawn fails. Signals are reset to their defaults in the child: this process
  /// ignores SIGPIPE and SIGXFSZ, and an ignored signal would survive exec.
  init?(_ executable: String, _ arguments: [String]) {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return nil }
    // Close-on-exec on both ends: the child gets its copy through dup2 alone.
    _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
    var actions = posix_spawn_file_actions_t()
    var attributes = posix_spawnattr_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawnattr_init(&attributes)
    defer {
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    if access("/dev/null", R_OK | W_OK) == 0 {
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    var defaults = sigset_t(), empty = sigset_t()
    sigfillset(&defaults)
    sigemptyset(&empty)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var child: pid_t = 0
    // The child inherits this process's environment as it is, bytes intact.
    let result = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
    close(fds[1])
    guard result == 0 else {
      close(fds[0])
      return nil
    }
    pid = child
    output = fds[0]
  }

  /// Reads the child's stdout until it closes it, `limit` bytes arrive, or `deadline`
  /// passes; closes the pipe.
  func readOutput(until deadline: Double, limit: Int) -> [UInt8] {
    defer { close(output) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while bytes.count < limit {
      let left = deadline - Self.now()
      if left <= 0 { break }
      var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, Int32(min(left * 1000 + 1, 60_000)))
      if ready < 0 && errno == EINTR { continue }
      if ready <= 0 { break }
      let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
  }

  /// Waits for the child to exit until `deadline`; a child still running then gets
  /// SIGTERM, and SIGKILL half a second later. Always reaps it. Returns the exit status,
  /// or nil when it was killed, died of a signal, or timed out.
  func waitOrKill(until deadline: Double) -> Int32? {
    var status: Int32 = 0
    var timedOut = false
    while true {
      let reaped = waitpid(pid, &status, WNOHANG)
      if reaped == pid { break }
      if reaped < 0 && errno != EINTR { return nil }  // not ours to reap (ECHILD)
      if Self.now() >= deadline {
        timedOut = true
        kill(pid, SIGTERM)
        let grace = Self.now() + 0.5
        while waitpid(pid, &status, WNOHANG) == 0 && Self.now() < grace { usleep(10_000) }
        if kill(pid, 0) == 0 {  // still there (alive, or a zombie waiting to be reaped)
          kill(pid, SIGKILL)
          while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        break
      }
      usleep(5_000)
    }
    guard !timedOut, status & 0x7F == 0 else { return nil }
    return (status >> 8) & 0xFF
  }
}
