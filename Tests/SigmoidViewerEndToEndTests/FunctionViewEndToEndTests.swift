// Several catalogue functions end to end. render: the binary's BMP with --function is
// what PlotFrameModel draws in process, its SVG has a colour per function, the dashes
// and the legend's names, and bad specs are one line with status 2. The window (private
// Xvfb): N opens the picker over the plot, Down and Enter add a function, Esc closes the
// picker (not the window), Tab moves the primary function, and P's command draws the
// screenshot's very pixels.

import Foundation
import PlotCore
import PlotRender
import TestSupport
import Testing
@testable import SigmoidViewer
import ViewerModel

@Suite(.serialized) struct FunctionRenderEndToEndTests {
  @Test func renderDrawsWhatTheModelDrawsForSeveralFunctions() throws {
    let dir = try makeTemporaryDirectory(prefix: "functions")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let out = dir + "/f.bmp"
    let arguments = [out, "--font", TestFont.path, "--size", "640x400", "--function", "gelu",
                     "--function", "silu:beta=1.7", "--function", "tanh", "--curves", "f,f',tanh''",
                     "--primary", "silu"]
    let result = try ExecutableRunner.run(["render"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    let v = try RenderCommand(arguments: arguments).view
    var model = PlotFrameModel(width: v.width, height: v.height, scale: 1, display: v.display,
                               font: try FontChoice.load(explicitPath: RawPath(TestFont.path)))
    var canvas = Canvas(width: v.width, height: v.height)
    model.render(into: &canvas)
    let image = try TestBMPImage.read(path: out)
    #expect(image.pixels == canvas.pixels.map { $0 | 0xFF00_0000 })
    // The palette's first three colours are on the picture (one per function).
    for rgb: UInt32 in [0x0072B2, 0xE69F00, 0x009E73] {
      #expect(image.pixels.contains { $0 & 0xFFFFFF == rgb }, "\(String(rgb, radix: 16))")
    }
  }

  @Test func svgHasAColourPerFunctionDashesAndNames() throws {
    let dir = try makeTemporaryDirectory(prefix: "functions")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let out = dir + "/f.svg"
    let result = try ExecutableRunner.run(["render", out, "--font", TestFont.path, "--function",
                                           "gelu", "--function", "silu:beta=1.7", "--curves", "f,f',f''"])
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try String(contentsOfFile: out, encoding: .utf8)
    #expect(svg.contains("stroke=\"#0072b2\"") || svg.contains("stroke=\"#0072B2\""))
    #expect(svg.contains("stroke=\"#e69f00\"") || svg.contains("stroke=\"#E69F00\""))
    #expect(svg.contains("stroke-dasharray"))
    #expect(svg.contains(">SiLU' (beta = 1.7)<") && svg.contains(">GELU''<"))
    #expect(svg.contains("--function=silu:beta=1.7"))
  }

  @Test(arguments: [["--function", "swish"], ["--function", "silu:beta=0"],
                    ["--function", "elu:alpha=inf"], ["--function", "relu:slope=1"],
                    ["--function", "gelu", "--function", "GELU"]])
  func badFunctionsGiveOneLineAndStatusTwo(_ arguments: [String]) throws {
    let result = try ExecutableRunner.run(["render", "/nonexistent/p.bmp"] + arguments)
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1 && (result.stderr.contains("valid") || result.stderr.contains("takes no parameters"))
      || result.stderr.contains("once"), "\(result.stderr)")
  }
}

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct FunctionWindowEndToEndTests {
  @Test func pickerAddsAFunctionTabMovesThePrimaryAndTheCommandRedrawsIt() throws {
    let w = try KeyedWindow(["--function", "gelu", "--function", "tanh"])
    try w.key("n")  // the picker, on GELU's row
    try w.key("s")
    let withPicker = try w.saved(0)
    try w.key("Down", "Down")  // gelu_tanh, silu
    try w.key("Return")        // silu added, primary
    try w.key("Escape")        // closes the picker, not the window
    try w.key("Tab")           // primary: past silu, the last, back to gelu
    try w.key("s")
    let after = try w.saved(1)
    let command = try w.renderCommand()
    #expect(command.contains("--function=gelu") && command.contains("--function=tanh")
      && command.contains("--function=silu:beta=1"), "\(command)")
    #expect(!command.contains("--primary"), "gelu, the first, is primary again: \(command)")

    // The picker dims the plot: the top-left corner is white without it, grey with it.
    let a = try TestBMPImage.read(path: withPicker), b = try TestBMPImage.read(path: after)
    #expect(b[2, 2] & 0xFFFFFF == 0xFFFFFF)
    #expect(a[2, 2] & 0xFFFFFF != 0xFFFFFF && a[2, 2] & 0xFF > 0x60, "scrim, not black")
    // SiLU now drawn in the third palette colour (vermillion is the fourth: none).
    #expect(b.pixels.contains { $0 & 0xFFFFFF == 0x009E73 })

    #expect(try w.rerender(command) == b, "\(command) draws another picture")
    try w.quit()
  }
}
