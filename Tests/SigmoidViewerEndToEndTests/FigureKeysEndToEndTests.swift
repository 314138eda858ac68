// The window's figure keys in a private Xvfb: with --screenshot-format bmp,svg, S writes the
// BMP and the SVG beside it under the same name; P prints the render command line of the
// view on screen, and that command draws the screenshot's very pixels; V saves an SVG alone.

import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct FigureKeysEndToEndTests {
  @Test func screenshotSVGAndRenderCommandReproduceTheView() throws {
    #expect(EndToEnd.toolsPresent, "Xvfb, xdotool and xdpyinfo are required")
    let binary = try #require(EndToEnd.viewerBinary, "sigmoid-viewer binary not found")
    let x = try XvfbSession()
    defer { x.stop() }
    let shots = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: shots) }
    let viewer = try ChildProcess(binary, [
      "--size", "640x480", "--font", TestFont.path, "--screenshot-dir", shots,
      "--screenshot-format", "bmp,svg", "--no-shading",
    ], environment: x.environment)
    defer { viewer.terminate() }
    let window = try x.findWindow(named: "Sigmoid Viewer")
    // Over the window's top-left margin: keys reach it, and no probe is drawn (a render
    // has no pointer).
    try x.moveMouse(to: 3, 3, in: window)
    try x.key("l")      // log y
    try x.key("3")      // S'' shown
    try x.key("m")      // markers off
    try x.key("plus")   // zoom in about the centre
    try x.key("Right")  // pan
    try x.key("s")
    let bmp = String(try viewer.waitForLine(startingWith: "saved ", index: 0).dropFirst(6))
    let svg = String(try viewer.waitForLine(startingWith: "saved ", index: 1).dropFirst(6))
    #expect(bmp.hasPrefix(shots + "/") && bmp.hasSuffix(".bmp"))
    #expect(svg == String(bmp.dropLast(4)) + ".svg")
    let document = try String(contentsOfFile: svg, encoding: .utf8)
    #expect(document.hasPrefix("<?xml") && document.contains("y-scale=\"log\"")
      && document.contains("curves=\"S,S',S''\"") && document.contains("markers=\"off\""))

    try x.key("p")
    let command = try viewer.waitForLine(startingWith: "sigmoid-viewer render plot.bmp ")
    #expect(command.contains("--y-scale=log") && command.contains("--no-markers")
      && command.contains("--no-shading") && command.contains("--size=640x480"))
    let out = shots + "/again.bmp"
    var env = ProcessInfo.processInfo.environment
    env["VIEWER"] = binary
    let again = command.replacingOccurrences(of: "sigmoid-viewer render plot.bmp",
                                             with: "\"$VIEWER\" render \"$1\"")
    let result = try ChildProcess.shell(again, zero: "sh", [out], environment: env)
    #expect(result.status == 0, "\(command): \(result.stderr)")
    let same = try TestBMPImage.read(path: out) == TestBMPImage.read(path: bmp)
    #expect(same, "\(command) draws another picture than the screenshot")

    try x.key("v")
    let alone = String(try viewer.waitForLine(startingWith: "saved ", index: 2).dropFirst(6))
    #expect(alone.hasSuffix(".svg") && alone != svg)
    #expect(FileManager.default.fileExists(atPath: alone))

    try x.key("q")
    #expect(try viewer.waitForExit() == 0)
    #expect(!viewer.stderr.contains("sigmoid-viewer:"), "\(viewer.stderr)")
  }
}
