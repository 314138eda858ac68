// Runs the built sigmoid-viewer in a private Xvfb and drives it like a user with xdotool:
// screenshots, wheel, resize, quit; and checks the no-display message. Skips with a note
// when Xvfb/xdotool or the binary are missing, unless SIGMOID_E2E=1 (then that fails).

import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct WindowEndToEndTests {
  func viewerBinary() throws -> String {
    try #require(EndToEnd.viewerBinary, "sigmoid-viewer binary not found next to the test bundle; build it first")
  }

  @Test func screenshotsFollowTheWindowAndQuitExitsZero() throws {
    #expect(EndToEnd.toolsPresent, "Xvfb, xdotool and xdpyinfo are required")
    let binary = try viewerBinary()
    let x = try XvfbSession()
    defer { x.stop() }
    let shots = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: shots) }

    let viewer = try ChildProcess(binary, ["--size", "800x600", "--screenshot-dir", shots],
                                  environment: x.environment)
    defer { viewer.terminate() }
    let window = try x.findWindow(named: "Sigmoid Viewer")
    let size = try x.geometry(of: window)
    #expect(size == (800, 600))

    // Keys go to the window under the pointer (no window manager in Xvfb).
    try x.moveMouse(to: size.width / 3, size.height / 3, in: window)
    try x.key("s")
    let first = try savedPath(viewer, index: 0, in: shots)
    let firstImage = try TestBMPImage.read(path: first)
    #expect(firstImage.width == size.width && firstImage.height == size.height)

    // Again at once, while the first one's notice is on screen: same plot, same file
    // content, so no notice ever ends up in a screenshot.
    try x.key("s")
    let again = try savedPath(viewer, index: 1, in: shots)
    #expect(again != first)
    let againMatches = try TestBMPImage.read(path: again) == firstImage  // (not in #expect: it would print every pixel)
    #expect(againMatches, "the notice must not be in the screenshot")

    // Zoom in about the pointer: the picture must change, the size not.
    try x.click(4, times: 3)
    try x.key("F12")
    let second = try savedPath(viewer, index: 2, in: shots)
    #expect(second != first)
    let secondImage = try TestBMPImage.read(path: second)
    #expect(secondImage.width == size.width && secondImage.height == size.height)
    let wheelChanged = secondImage.pixels != firstImage.pixels
    #expect(wheelChanged, "the wheel should have changed the picture")
    // The first file was not touched by the second save.
    let firstUntouched = try TestBMPImage.read(path: first) == firstImage
    #expect(firstUntouched)

    // Resize: the next screenshot has the new drawable size.
    try x.resize(window, to: 640, 480)
    try x.moveMouse(to: 100, 100, in: window)
    try x.key("s")
    let third = try TestBMPImage.read(path: try savedPath(viewer, index: 3, in: shots))
    #expect(third.width == 640 && third.height == 480)

    try x.key("q")
    #expect(try viewer.waitForExit() == 0, "stderr: \(viewer.stderr)")
    #expect(!viewer.stderr.contains("sigmoid-viewer:"), "no errors expected: \(viewer.stderr)")
    x.stop()  // only now: ARC may end `x` after its last use, killing the X server under the viewer
    #expect(directoryEntries(shots).count == 4, "four screenshots and no temporary files")
  }

  @Test func closingWithEscapeAndStatsPrintsOneStatsLine() throws {
    let binary = try viewerBinary()
    let x = try XvfbSession()
    defer { x.stop() }
    let viewer = try ChildProcess(binary, ["--stats"], environment: x.environment)
    defer { viewer.terminate() }
    let window = try x.findWindow(named: "Sigmoid Viewer")
    try x.moveMouse(to: 50, 50, in: window)
    try x.click(5, times: 2)
    try x.key("Escape")
    #expect(try viewer.waitForExit() == 0, "stderr: \(viewer.stderr)")
    x.stop()  // only now: ARC may end `x` after its last use, killing the X server under the viewer
    let lines = viewer.stderr.split(separator: "\n")
    #expect(lines.count == 1 && lines.first?.hasPrefix("stats: ") == true, "\(viewer.stderr)")
  }

  @Test func withoutADisplayItSaysSoInOneLineAndExits1() throws {
    let result = try ChildProcess.run(try viewerBinary(), [], environment: EndToEnd.environment())
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "exactly one line: \(result.stderr)")
    #expect(result.stderr.contains("DISPLAY") && result.stderr.contains("sigmoid-viewer render"))
    #expect(result.stdout.isEmpty)
  }

  @Test func anUnreachableXServerIsNamedInOneLine() throws {
    // No X server listens on display 1999 (Xvfb's -displayfd picks low numbers).
    let result = try ChildProcess.run(try viewerBinary(), [], environment: EndToEnd.environment(["DISPLAY": ":1999"]))
    #expect(result.status == 1)
    #expect(result.stderr.split(separator: "\n").count == 1, "exactly one line: \(result.stderr)")
    #expect(result.stderr.contains(":1999") && result.stderr.contains("sigmoid-viewer render"))
  }

  @Test func theDummyDriverRunsTheWindowPathWithoutX() throws {
    // SDL_VIDEODRIVER=dummy is the one accepted invisible driver: the program runs until
    // told to stop. SDL turns SIGTERM into a quit event, so it exits 0.
    let viewer = try ChildProcess(try viewerBinary(), [], environment: EndToEnd.environment(["SDL_VIDEODRIVER": "dummy"]))
    Thread.sleep(forTimeInterval: 1)
    #expect(viewer.isRunning, "should still be running: \(viewer.stderr)")
    kill(viewer.pid, SIGTERM)
    #expect(try viewer.waitForExit() == 0)
    #expect(viewer.stderr.isEmpty, "\(viewer.stderr)")
  }

  /// The path from the `index`-th "saved PATH" line, checked to be in `directory` and to exist.
  func savedPath(_ viewer: ChildProcess, index: Int, in directory: String,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let line = try viewer.waitForLine(startingWith: "saved ", index: index)
    let path = String(line.dropFirst("saved ".count))
    #expect(path.hasPrefix(directory + "/"), sourceLocation: sourceLocation)
    #expect(FileManager.default.fileExists(atPath: path), sourceLocation: sourceLocation)
    return path
  }
}
