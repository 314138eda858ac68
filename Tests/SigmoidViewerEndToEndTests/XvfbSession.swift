// A private X server for the end-to-end tests: Xvfb on a free display number (Xvfb picks
// it and reports it through -displayfd), 1920x1080x24, ready once xdpyinfo answers.
// Plus the xdotool helpers the tests drive the window with (XTEST, like a real user).

import Foundation
import TestSupport

/// Whether end-to-end tests must run (the test script sets SIGMOID_E2E=1): then a missing
/// Xvfb or binary is a failure, not a skip.
enum EndToEnd {
  static var required: Bool { ProcessInfo.processInfo.environment["SIGMOID_E2E"] == "1" }

  /// The first of `names` found on PATH, or nil.
  static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
      return "\(dir)/\(name)"
    }
    return nil
  }

  static var toolsPresent: Bool { ["Xvfb", "xdotool", "xdpyinfo"].allSatisfy { which($0) != nil } }

  /// The built sigmoid-viewer (SIGMOID_VIEWER_BIN if set), or nil when there is none.
  static var viewerBinary: String? { try? ExecutableRunner.sigmoidViewerURL().path }

  /// Run end-to-end tests when required, or when everything they need is here.
  static var enabled: Bool { required || (toolsPresent && viewerBinary != nil) }

  static var skipNote: String {
    "end-to-end window tests skipped: needs Xvfb, xdotool, xdpyinfo and a built sigmoid-viewer (set SIGMOID_E2E=1 to make this a failure)"
  }

  /// The environment for child processes: ours without any display, plus `extra`.
  static func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    for key in ["DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER", "XAUTHORITY"] { env[key] = nil }
    return env.merging(extra) { $1 }
  }
}

final class XvfbSession {
  /// ":N", for DISPLAY.
  let display: String
  private let server: ChildProcess

  /// Starts Xvfb and waits until it accepts clients. Throws with Xvfb's own words on failure.
  init(screen: String = "1920x1080x24", timeout: Double = 15) throws {
    guard let xvfb = EndToEnd.which("Xvfb") else { throw ChildProcessError(description: "Xvfb not found on PATH") }
    // -displayfd 1: Xvfb chooses a free display number and writes it to stdout, so
    // parallel test runs never race for one.
    let server = try ChildProcess(
      xvfb, ["-displayfd", "1", "-screen", "0", screen, "-nolisten", "tcp", "-noreset"],
      environment: EndToEnd.environment())
    self.server = server
    guard let line = try? server.waitForLine(startingWith: "", timeout: timeout),
          let n = Int(line.trimmingCharacters(in: .whitespaces)) else {
      server.stop()
      throw ChildProcessError(description: "Xvfb did not report a display number: \(server.stderr)")
    }
    display = ":\(n)"
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let result = try? ChildProcess.run(EndToEnd.which("xdpyinfo") ?? "xdpyinfo", ["-display", display],
                                            environment: EndToEnd.environment(), timeout: 5),
         result.status == 0 { return }
      Thread.sleep(forTimeInterval: 0.1)
    }
    server.stop()
    throw ChildProcessError(description: "Xvfb on \(display) did not answer xdpyinfo within \(timeout) s")
  }

  deinit { stop() }

  /// Stops the server: SIGTERM, then SIGKILL if it is still there after 5 s.
  func stop() { server.stop() }

  /// The environment for a program that should use this server.
  var environment: [String: String] { EndToEnd.environment(["DISPLAY": display]) }

  // MARK: - xdotool

  /// Runs `xdotool args` on this display; returns stdout, throws on a non-zero status.
  @discardableResult
  func xdotool(_ args: [String], timeout: Double = 20) throws -> String {
    let result = try ChildProcess.run(EndToEnd.which("xdotool") ?? "xdotool", args, environment: environment, timeout: timeout)
    guard result.status == 0 else {
      throw ChildProcessError(description: "xdotool \(args.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
    }
    return result.stdout
  }

  /// The id of the first visible window whose name is exactly `name`, waiting for it.
  func findWindow(named name: String, timeout: Double = 20) throws -> String {
    let out = try xdotool(["search", "--sync", "--onlyvisible", "--name", "^\(name)$"], timeout: timeout)
    guard let id = out.split(separator: "\n").first else {
      throw ChildProcessError(description: "no window named \(name)")
    }
    return String(id)
  }

  /// The window's size in pixels (X11, Xvfb: points = pixels).
  func geometry(of window: String) throws -> (width: Int, height: Int) {
    var values: [String: Int] = [:]
    for line in try xdotool(["getwindowgeometry", "--shell", window]).split(separator: "\n") {
      let parts = line.split(separator: "=")
      if parts.count == 2 { values[String(parts[0])] = Int(parts[1]) }
    }
    guard let w = values["WIDTH"], let h = values["HEIGHT"] else {
      throw ChildProcessError(description: "no geometry for window \(window)")
    }
    return (w, h)
  }

  /// Moves the pointer to (x, y) relative to the window's top-left corner.
  func moveMouse(to x: Int, _ y: Int, in window: String) throws {
    try xdotool(["mousemove", "--window", window, String(x), String(y)])
  }

  /// Clicks `button` (1 left, 4 wheel up, 5 wheel down) `times` times where the pointer is.
  func click(_ button: Int, times: Int = 1) throws {
    try xdotool(["click", "--repeat", String(times), "--delay", "20", String(button)])
  }

  /// Presses (`down` true) or releases `button` where the pointer is, for drags.
  func button(_ button: Int, down: Bool) throws {
    try xdotool([down ? "mousedown" : "mouseup", String(button)])
  }

  /// Presses and releases keys through XTEST (no --window, so the application sees a normal
  /// key event; the focused window or, without a window manager, the one under the pointer).
  func key(_ keys: String...) throws {
    try xdotool(["key"] + keys)
  }

  /// Resizes the window and waits until X reports the new size.
  func resize(_ window: String, to width: Int, _ height: Int, timeout: Double = 10) throws {
    try xdotool(["windowsize", window, String(width), String(height)])
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if try geometry(of: window) == (width, height) { return }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw ChildProcessError(description: "window \(window) did not reach \(width)x\(height)")
  }
}
