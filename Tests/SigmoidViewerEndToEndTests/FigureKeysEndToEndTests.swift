// The window's figure keys in a private Xvfb: with --screenshot-format bmp,svg, S writes the
// BMP and the SVG beside it under the same name; P prints the render command line of the
// view on screen, and that command draws the screenshot's very pixels; V saves an SVG alone.

import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct FigureKeysEndToEndTests {
  @Test func screenshotSVGAndRenderCommandReproduceTheView() throws {
    let w = try KeyedWindow(["--screenshot-format", "bmp,svg", "--no-shading"])
    try w.key("l")      // log y
    try w.key("3")      // S'' shown
    try w.key("m")      // markers off
    try w.key("plus")   // zoom in about the centre
    try w.key("Right")  // pan
    try w.key("s")
    let bmp = try w.saved(0), svg = try w.saved(1)
    #expect(bmp.hasPrefix(w.shots + "/") && bmp.hasSuffix(".bmp"))
    #expect(svg == String(bmp.dropLast(4)) + ".svg")
    let document = try String(contentsOfFile: svg, encoding: .utf8)
    #expect(document.hasPrefix("<?xml") && document.contains("y-scale=\"log\"")
      && document.contains("curves=\"S,S',S''\"") && document.contains("markers=\"off\""))

    let command = try w.renderCommand()
    #expect(command.contains("--y-scale=log") && command.contains("--no-markers")
      && command.contains("--no-shading") && command.contains("--size=640x480"))
    let same = try w.rerender(command) == TestBMPImage.read(path: bmp)
    #expect(same, "\(command) draws another picture than the screenshot")

    try w.key("v")
    let alone = try w.saved(2)
    #expect(alone.hasSuffix(".svg") && alone != svg)
    #expect(FileManager.default.fileExists(atPath: alone))
    try w.quit()
  }
}
