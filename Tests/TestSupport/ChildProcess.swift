// Runs a program for the end-to-end tests and watches its output as it arrives: lines on
// stdout can be awaited (e.g. "saved PATH"), stderr is kept, the exit status awaited with
// a timeout. Polls with short sleeps; tests never assert on how long anything took.

import Foundation

struct ChildProcessError: Error, CustomStringConvertible {
  var description: String
}

final class ChildProcess: @unchecked Sendable {
  private let process = Process()
  private let lock = NSLock()
  private var stdoutText = ""
  private var stderrText = ""

  /// Starts `executable` with `arguments` and exactly `environment`.
  init(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    out.fileHandleForReading.readabilityHandler = { [weak self] handle in
      self?.append(handle.availableData, toStdout: true)
    }
    err.fileHandleForReading.readabilityHandler = { [weak self] handle in
      self?.append(handle.availableData, toStdout: false)
    }
    try spawnWithSignalsUnblocked { try process.run() }
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  private func append(_ data: Data, toStdout: Bool) {
    guard !data.isEmpty else { return }
    let text = String(decoding: data, as: UTF8.self)
    lock.withLock { if toStdout { stdoutText += text } else { stderrText += text } }
  }

  var stdout: String { lock.withLock { stdoutText } }
  var stderr: String { lock.withLock { stderrText } }
  var isRunning: Bool { process.isRunning }
  var pid: Int32 { process.processIdentifier }

  /// Complete stdout lines so far.
  var stdoutLines: [String] {
    stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  /// Waits for the `index`-th (0-based) complete stdout line starting with `prefix`.
  func waitForLine(startingWith prefix: String, index: Int = 0, timeout: Double = 20) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let matching = stdoutLines.filter { $0.hasPrefix(prefix) }
      if matching.count > index { return matching[index] }
      if !process.isRunning && stdoutLines.filter({ $0.hasPrefix(prefix) }).count <= index {
        Thread.sleep(forTimeInterval: 0.1)  // let the last output drain
        let final = stdoutLines.filter { $0.hasPrefix(prefix) }
        if final.count > index { return final[index] }
        throw ChildProcessError(description:
          "process exited (\(process.terminationStatus)) before printing '\(prefix)…'; stderr: \(stderr)")
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
    throw ChildProcessError(description: "no line starting with '\(prefix)' within \(timeout) s; stdout: \(stdout) stderr: \(stderr)")
  }

  /// Waits until stdout contains `text` (e.g. a multi-line block printed at once).
  func waitForStdout(containing text: String, timeout: Double = 20) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if stdout.contains(text) { return }
      Thread.sleep(forTimeInterval: 0.02)
    }
    throw ChildProcessError(description: "stdout never contained \(text.debugDescription) within \(timeout) s; stdout: \(stdout) stderr: \(stderr)")
  }

  /// Waits for the process to end and returns its exit status; kills it after `timeout`.
  func waitForExit(timeout: Double = 20) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if process.isRunning {
      process.terminate()
      throw ChildProcessError(description: "still running after \(timeout) s; killed. stderr: \(stderr)")
    }
    Thread.sleep(forTimeInterval: 0.05)  // let the pipes' last bytes arrive
    return process.terminationStatus
  }

  func terminate() { if process.isRunning { process.terminate() } }

  /// Runs a program to completion and returns (status, stdout, stderr).
  static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                  timeout: Double = 20) throws -> (status: Int32, stdout: String, stderr: String) {
    let child = try ChildProcess(executable, arguments, environment: environment)
    let status = try child.waitForExit(timeout: timeout)
    return (status, child.stdout, child.stderr)
  }
}

/// Runs `spawn` with no signals blocked on this thread. Foundation's Process hands the
/// calling thread's signal mask to the child, and Swift Testing runs tests on dispatch
/// worker threads that block most signals: children would then ignore SIGTERM (Xvfb never
/// stops, SDL never sees a quit). The mask is restored afterwards.
func spawnWithSignalsUnblocked(_ spawn: () throws -> Void) throws {
  var empty = sigset_t(), saved = sigset_t()
  sigemptyset(&empty)
  pthread_sigmask(SIG_SETMASK, &empty, &saved)
  defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
  try spawn()
}
