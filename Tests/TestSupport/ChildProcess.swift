// The one way the tests run another program: the built sigmoid-viewer, a shell script,
// Xvfb, xdotool. Output goes to files, never pipes: a child that fills one stream while
// the test reads the other cannot deadlock, and everything the child wrote is there the
// moment it has exited (no draining race). Lines on stdout can be awaited while it runs
// (e.g. "saved PATH"); the exit is awaited with or without a timeout. Polls with short
// sleeps; tests never assert on how long anything took.

import Foundation

public struct ChildProcessError: Error, CustomStringConvertible {
  public var description: String
  public init(description: String) { self.description = description }
}

/// What one finished run did.
public struct ExecutableResult: Sendable {
  /// The exit status, or the signal number if a signal ended it.
  public var status: Int32
  /// Whether a signal ended it (then `status` is the signal's number).
  public var killedBySignal: Bool
  public var stdout: String
  public var stderr: String
}

/// Where a child's standard output or error goes.
public enum ChildOutput: Sendable {
  /// A file of the child's own, read back through `stdout` / `stderr`.
  case capture
  /// This path, opened for writing (created or truncated): `/dev/full`, a fixture file.
  /// Not read back.
  case file(String)
  /// An open descriptor the caller owns (a pipe's write end); the parent's copy stays open.
  case descriptor(Int32)
}

public final class ChildProcess: @unchecked Sendable {
  private let process = Process()
  /// Holds the capture files; removed when the child object goes.
  private let captureDirectory: String
  private let stdoutCapture: String?
  private let stderrCapture: String?

  /// Starts `executable` with `arguments`, with exactly `environment` (nil: the test's
  /// own), in `directory` (nil: the test's), stdin from /dev/null, and no signal blocked.
  public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
              directory: String? = nil, stdout: ChildOutput = .capture,
              stderr: ChildOutput = .capture) throws {
    captureDirectory = try makeTemporaryDirectory(prefix: "child")
    stdoutCapture = if case .capture = stdout { captureDirectory + "/stdout" } else { nil }
    stderrCapture = if case .capture = stderr { captureDirectory + "/stderr" } else { nil }
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try Self.handle(stdout, capture: stdoutCapture)
    process.standardError = try Self.handle(stderr, capture: stderrCapture)
    do {
      try spawnWithSignalsUnblocked { try process.run() }
    } catch {
      try? FileManager.default.removeItem(atPath: captureDirectory)
      throw ChildProcessError(description: "cannot start \(executable): \(error)")
    }
  }

  deinit {
    if process.isRunning { process.terminate() }
    try? FileManager.default.removeItem(atPath: captureDirectory)
  }

  /// The file handle `output` means (the capture file at `capture` for `.capture`).
  private static func handle(_ output: ChildOutput, capture: String?) throws -> FileHandle {
    switch output {
    case .capture, .file:
      let path: String
      if case .file(let given) = output { path = given } else { path = capture! }
      let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
      guard fd >= 0 else {
        throw ChildProcessError(description: "cannot open \(path): \(String(cString: strerror(errno)))")
      }
      return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    case .descriptor(let fd):
      return FileHandle(fileDescriptor: fd, closeOnDealloc: false)
    }
  }

  /// What the child has written to a captured stream so far ("" when not captured).
  private static func read(_ path: String?) -> String {
    guard let path, let data = FileManager.default.contents(atPath: path) else { return "" }
    return String(decoding: data, as: UTF8.self)
  }

  public var stdout: String { Self.read(stdoutCapture) }
  public var stderr: String { Self.read(stderrCapture) }
  public var isRunning: Bool { process.isRunning }
  public var pid: Int32 { process.processIdentifier }
  /// Valid once the child has exited: its status, or the signal's number.
  public var terminationStatus: Int32 { process.terminationStatus }
  public var killedBySignal: Bool { process.terminationReason == .uncaughtSignal }

  /// Complete stdout lines so far.
  public var stdoutLines: [String] {
    stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  /// Waits for the `index`-th (0-based) complete stdout line starting with `prefix`.
  public func waitForLine(startingWith prefix: String, index: Int = 0, timeout: Double = 20) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let running = process.isRunning  // read before the output: what it wrote is then all there
      let matching = stdoutLines.filter { $0.hasPrefix(prefix) }
      if matching.count > index { return matching[index] }
      if !running {
        throw ChildProcessError(description:
          "process exited (\(process.terminationStatus)) before printing '\(prefix)…'; stderr: \(stderr)")
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
    throw ChildProcessError(description: "no line starting with '\(prefix)' within \(timeout) s; stdout: \(stdout) stderr: \(stderr)")
  }

  /// Waits until stdout contains `text` (e.g. a multi-line block printed at once).
  public func waitForStdout(containing text: String, timeout: Double = 20) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if stdout.contains(text) { return }
      Thread.sleep(forTimeInterval: 0.02)
    }
    throw ChildProcessError(description: "stdout never contained \(text.debugDescription) within \(timeout) s; stdout: \(stdout) stderr: \(stderr)")
  }

  /// Waits for the child to end and returns its exit status (the signal's number if one
  /// ended it). With a `timeout`, a child still running then is killed and that is an
  /// error; without one, waits as long as it takes.
  public func waitForExit(timeout: Double? = 20) throws -> Int32 {
    guard let timeout else {
      process.waitUntilExit()
      return process.terminationStatus
    }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if process.isRunning {
      stop()
      throw ChildProcessError(description: "still running after \(timeout) s; killed. stderr: \(stderr)")
    }
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// Sends SIGTERM if it is still running (and returns at once).
  public func terminate() { if process.isRunning { process.terminate() } }

  /// Ends the child for good: SIGTERM, then SIGKILL if it is still there after `grace`
  /// seconds, and reaps it.
  public func stop(grace: Double = 5) {
    guard process.isRunning else { return }
    process.terminate()
    let deadline = Date().addingTimeInterval(grace)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  /// Runs a program to completion (see ``init(_:_:environment:directory:stdout:stderr:)``)
  /// and returns its status and captured streams; `timeout` as in ``waitForExit(timeout:)``.
  public static func run(_ executable: String, _ arguments: [String],
                         environment: [String: String]? = nil, directory: String? = nil,
                         stdout: ChildOutput = .capture, timeout: Double? = nil) throws -> ExecutableResult {
    let child = try ChildProcess(executable, arguments, environment: environment,
                                 directory: directory, stdout: stdout)
    let status = try child.waitForExit(timeout: timeout)
    return ExecutableResult(status: status, killedBySignal: child.killedBySignal,
                            stdout: child.stdout, stderr: child.stderr)
  }

  /// Runs `sh -c script` to completion; `$0` is `zero` when given (e.g. the directory a
  /// script should `cd` to), and `extra` follows as `$1`, `$2`, ...
  public static func shell(_ script: String, zero: String = "sh", _ extra: [String] = [],
                           environment: [String: String]? = nil, directory: String? = nil,
                           stdout: ChildOutput = .capture) throws -> ExecutableResult {
    try run("/bin/sh", ["-c", script, zero] + extra, environment: environment,
            directory: directory, stdout: stdout)
  }
}

/// Runs `spawn` with no signals blocked on this thread. Foundation's Process hands the
/// calling thread's signal mask to the child, and Swift Testing runs tests on dispatch
/// worker threads that block most signals: children would then ignore SIGTERM (Xvfb never
/// stops, SDL never sees a quit). The mask is restored afterwards.
public func spawnWithSignalsUnblocked(_ spawn: () throws -> Void) throws {
  var empty = sigset_t(), saved = sigset_t()
  sigemptyset(&empty)
  pthread_sigmask(SIG_SETMASK, &empty, &saved)
  defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
  try spawn()
}
