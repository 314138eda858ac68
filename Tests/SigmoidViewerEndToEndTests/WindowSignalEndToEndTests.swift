// Issue 10 in the window: the viewer outlives the reader of its stdout (`| head -1`:
// SIGPIPE must not kill it, and the next screenshot is still saved and shown), and
// SIGQUIT quits cleanly (status 0, no crash report) instead of printing a backtrace.

import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct WindowSignalEndToEndTests {
  /// Screenshot files (no temporary ones) in `dir`.
  static func shots(in dir: String) -> [String] {
    directoryEntries(dir).filter { $0.hasPrefix("sigmoid-") && $0.hasSuffix(".bmp") }
  }

  @Test func theWindowSurvivesItsStdoutReaderGoingAway() throws {
    let binary = try #require(EndToEnd.viewerBinary, "sigmoid-viewer binary not found; build it first")
    let x = try XvfbSession()
    defer { x.stop() }
    let shots = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: shots) }

    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    let viewer = try ChildProcess(binary, ["--size", "400x300", "--screenshot-dir", shots],
                                  environment: x.environment, stdout: .descriptor(ends[1]))
    close(ends[1])
    defer { viewer.terminate() }

    let window = try x.findWindow(named: "Sigmoid Viewer")
    try x.moveMouse(to: 100, 100, in: window)
    try x.key("s")
    // Read the first line, as `head -1` would, then go away.
    var line: [UInt8] = []
    var byte: UInt8 = 0
    var poller = pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)
    while line.last != 0x0A, poll(&poller, 1, 20_000) > 0, read(ends[0], &byte, 1) == 1 { line.append(byte) }
    #expect(String(decoding: line, as: UTF8.self).hasPrefix("saved "), "first line: \(line)")
    close(ends[0])

    // Two more shots: the first one's "saved" line meets the closed pipe (EPIPE, where
    // SIGPIPE used to kill the viewer); both files must still be written.
    for count in [2, 3] {
      try x.key("s")
      let deadline = Date().addingTimeInterval(20)
      while Self.shots(in: shots).count < count && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
      #expect(Self.shots(in: shots).count == count, "screenshot \(count) not saved")
      #expect(viewer.isRunning, "the viewer died: status \(viewer.terminationStatus)")
    }
    try x.key("q")
    let status = try viewer.waitForExit()
    #expect(!viewer.killedBySignal && status == 0,
            "status \(status), killed by a signal: \(viewer.killedBySignal)")
    x.stop()
    let stderr = viewer.stderr
    let lines = stderr.split(separator: "\n")
    #expect(lines.count == 1 && stderr.contains("Broken pipe") && stderr.contains("window only"),
            "one line about stdout expected: \(stderr)")
  }

  @Test func sigquitQuitsCleanly() throws {
    let binary = try #require(EndToEnd.viewerBinary, "sigmoid-viewer binary not found; build it first")
    let x = try XvfbSession()
    defer { x.stop() }
    let viewer = try ChildProcess(binary, ["--size", "300x200"], environment: x.environment)
    defer { viewer.terminate() }
    _ = try x.findWindow(named: "Sigmoid Viewer")
    kill(viewer.pid, SIGQUIT)
    #expect(try viewer.waitForExit() == 0, "stderr: \(viewer.stderr)")
    x.stop()
    #expect(viewer.stderr.isEmpty, "no crash report: \(viewer.stderr.prefix(300))")
  }
}
