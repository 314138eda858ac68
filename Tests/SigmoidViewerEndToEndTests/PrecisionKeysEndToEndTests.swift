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
    let w = try KeyedWindow()
    try w.key("s")
    let plain = try w.saved(0)
    for _ in 0..<4 { try w.key("y") }  // float64, float32, bfloat16, float16
    try w.key("t")                      // stable
    try w.key("s")
    let lab = try w.saved(1)
    let differs = try TestBMPImage.read(path: plain) != TestBMPImage.read(path: lab)
    #expect(differs, "Y and T changed nothing on screen")

    let command = try w.renderCommand()
    #expect(command.contains("--format=float16") && command.contains("--formula=stable"), "\(command)")
    let same = try w.rerender(command) == TestBMPImage.read(path: lab)
    #expect(same, "\(command) draws another picture than the screenshot")

    try w.key("e")
    let hidden = try w.renderCommand(1)
    #expect(hidden.contains("--no-error-strip"), "\(hidden)")
    try w.quit()
  }
}
