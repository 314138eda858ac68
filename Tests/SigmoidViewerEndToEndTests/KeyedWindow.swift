// One sigmoid-viewer window in a private Xvfb for the tests that drive it by keys alone and
// check what it saves and prints: the screenshots S writes, the render command P prints,
// and that command run again to draw the same picture. (ViewerSession is for the tests
// that also keep a model of the frame in step with the window.)

import Foundation
import TestSupport
import Testing

final class KeyedWindow {
  let x: XvfbSession
  let viewer: ChildProcess
  let window: String
  /// The binary the window runs, which the render command runs too.
  let binary: String
  /// Where S (and V) write, removed at the end.
  let shots: String

  /// Starts `sigmoid-viewer --size 640x480` with the tests' font, saving into a fresh
  /// directory, plus `arguments`; the pointer rests on the window's top-left margin, so
  /// keys reach the window and no probe is drawn (a render has no pointer).
  init(_ arguments: [String] = []) throws {
    #expect(EndToEnd.toolsPresent, "Xvfb, xdotool and xdpyinfo are required")
    binary = try #require(EndToEnd.viewerBinary, "sigmoid-viewer binary not found")
    x = try XvfbSession()
    shots = try makeTemporaryDirectory()
    viewer = try ChildProcess(binary, [
      "--size", "640x480", "--font", TestFont.path, "--screenshot-dir", shots,
    ] + arguments, environment: x.environment)
    window = try x.findWindow(named: "Sigmoid Viewer")
    try x.moveMouse(to: 3, 3, in: window)
  }

  /// Presses `keys` in order.
  func key(_ keys: String...) throws {
    for k in keys { try x.key(k) }
  }

  /// The path of the `index`th file the window reported saving (0 first).
  func saved(_ index: Int) throws -> String {
    String(try viewer.waitForLine(startingWith: "saved ", index: index).dropFirst(6))
  }

  /// Presses P and returns the `index`th render command the window printed.
  func renderCommand(_ index: Int = 0) throws -> String {
    try x.key("p")
    return try viewer.waitForLine(startingWith: "sigmoid-viewer render plot.bmp ", index: index)
  }

  /// Runs a printed render command with this window's binary, into a new file in
  /// ``shots``, and reads the picture it drew (nil, with the failure recorded, if the
  /// command failed).
  func rerender(_ command: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> TestBMPImage?
  {
    let out = shots + "/again.bmp"
    var env = ProcessInfo.processInfo.environment
    env["VIEWER"] = binary
    let again = command.replacingOccurrences(of: "sigmoid-viewer render plot.bmp",
                                             with: "\"$VIEWER\" render \"$1\"")
    let result = try ChildProcess.shell(again, zero: "sh", [out], environment: env)
    #expect(result.status == 0, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
    return result.status == 0 ? try TestBMPImage.read(path: out) : nil
  }

  /// Quits with Q: exit status 0 and no error on stderr.
  func quit(sourceLocation: SourceLocation = #_sourceLocation) throws {
    try x.key("q")
    #expect(try viewer.waitForExit() == 0, sourceLocation: sourceLocation)
    #expect(!viewer.stderr.contains("sigmoid-viewer:"), "\(viewer.stderr)",
            sourceLocation: sourceLocation)
  }

  deinit {
    viewer.terminate()
    x.stop()
    try? FileManager.default.removeItem(atPath: shots)
  }
}
