// The precision overlay's keys in a private Xvfb: Y four times chooses float16, T the
// stable formula; the screenshot differs from the plain one, P's render command names
// --format and --formula, and that command draws the screenshot's very pixels; E hides
// the strip, which P then writes as --no-error-strip.

import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct PrecisionKeysEndToEndTests {
  @Test func formatKeysDrawTheOverlayAndReproduceIt() throws {
    #expect(EndToEnd.toolsPresent, "Xvfb, xdotool and xdpyinfo are required")
    let binary = try #require(EndToEnd.viewerBinary, "sigmoid-viewer binary not found")
    let x = try XvfbSession()
    defer { x.stop() }
    let shots = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: shots) }
    let viewer = try ChildProcess(binary, [
      "--size", "640x480", "--font", TestFont.path, "--screenshot-dir", shots,
    ], environment: x.environment)
    defer { viewer.terminate() }
    let window = try x.findWindow(named: "Sigmoid Viewer")
    try x.moveMouse(to: 3, 3, in: window)
    try x.key("s")
    let plain = String(try viewer.waitForLine(startingWith: "saved ", index: 0).dropFirst(6))
    for _ in 0..<4 { try x.key("y") }  // float64, float32, bfloat16, float16
    try x.key("t")                      // stable
    try x.key("s")
    let lab = String(try viewer.waitForLine(startingWith: "saved ", index: 1).dropFirst(6))
    let differs = try TestBMPImage.read(path: plain) != TestBMPImage.read(path: lab)
    #expect(differs, "Y and T changed nothing on screen")

    try x.key("p")
    let command = try viewer.waitForLine(startingWith: "sigmoid-viewer render plot.bmp ")
    #expect(command.contains("--format=float16") && command.contains("--formula=stable"), "\(command)")
    let out = shots + "/again.bmp"
    var env = ProcessInfo.processInfo.environment
    env["VIEWER"] = binary
    let again = command.replacingOccurrences(of: "sigmoid-viewer render plot.bmp",
                                             with: "\"$VIEWER\" render \"$1\"")
    let result = try ChildProcess.shell(again, zero: "sh", [out], environment: env)
    #expect(result.status == 0, "\(command): \(result.stderr)")
    let same = try TestBMPImage.read(path: out) == TestBMPImage.read(path: lab)
    #expect(same, "\(command) draws another picture than the screenshot")

    try x.key("e")
    try x.key("p")
    let hidden = try viewer.waitForLine(startingWith: "sigmoid-viewer render plot.bmp ", index: 1)
    #expect(hidden.contains("--no-error-strip"), "\(hidden)")

    try x.key("q")
    #expect(try viewer.waitForExit() == 0)
    #expect(!viewer.stderr.contains("sigmoid-viewer:"), "\(viewer.stderr)")
  }
}
