// The display choices on the command line (--curves, --y-scale, --no-markers, --no-grid,
// --no-shading, --style), --screenshot-format, and the command line that reproduces a
// view: parsed back, it gives the same state.

import PlotCore
import PlotRender
import Testing
@testable import SigmoidViewer
import ViewerModel

@Suite struct DisplayChoiceOptionsTests {
  static func view(_ arguments: [String]) throws -> ViewOptions {
    try RenderCommand(arguments: ["out.svg"] + arguments).view
  }

  @Test func defaultsAreTheWindowsStart() throws {
    #expect(try Self.view([]).display == DisplayOptions())
    #expect(try Self.view([]).style == .default)
  }

  @Test func everyToggleHasAnOption() throws {
    let v = try Self.view(["--curves", "S'',S", "--y-scale", "logit", "--no-markers",
                           "--no-grid", "--no-shading"])
    #expect(v.display.curves == [.sigmoid, .sigmoidSecondDerivative])
    #expect(v.display.yScale == .logit)
    #expect(!v.display.showsMarkers && !v.display.showsGrid && !v.display.showsShading)
    #expect(try Self.view(["--curves", "none"]).display.curves.isEmpty)
  }

  @Test(arguments: [["--curves", "T"], ["--curves", "S,S"], ["--curves", ""],
                    ["--curves", "S,"], ["--y-scale", "Log"], ["--style", "matplotlib"],
                    ["--no-grid=1"]])
  func badChoicesAreUsageErrors(_ arguments: [String]) {
    #expect(throws: UsageError.self) { try Self.view(arguments) }
  }

  @Test func seedStyleIsTheSourcePostsFigure() throws {
    let v = try Self.view(["--style", "seed"])
    #expect(v.style == .seed && !v.display.showsMarkers && !v.display.showsShading)
    #expect(v.xRange == -11...11)
    #expect(v.display.legendCurves == [.sigmoid, .sigmoidDerivative])
    #expect(v.plotStyle.sigmoidColor.argb & 0xFFFFFF == 0x0000FF)
    #expect(v.plotStyle.derivativeColor.argb & 0xFFFFFF == 0xFFA500)
    #expect(try Self.view(["--style", "seed", "--x-range", "-3:3"]).xRange == -3...3)
  }

  @Test func screenshotFormats() throws {
    #expect(ScreenshotFormat.list("bmp,svg") == [.bmp, .svg])
    #expect(ScreenshotFormat.list("SVG") == [.svg])
    for bad in ["", "bmp,", "png", "bmp,bmp"] { #expect(ScreenshotFormat.list(bad) == nil) }
    #expect(ScreenshotFormat.svg.name("sigmoid-20260101-120000-2.bmp")
      == "sigmoid-20260101-120000-2.svg")
    #expect(try WindowOptions.parse(["--screenshot-format", "bmp,svg"]).screenshotFormats
      == [.bmp, .svg])
    #expect(try WindowOptions.parse([String]()).screenshotFormats == [.bmp])
  }

  @Test func shellQuoting() {
    #expect(ViewReproduction.shellQuoted("--x-range=-10:10") == "--x-range=-10:10")
    #expect(ViewReproduction.shellQuoted("--curves=S,S'") == "\"--curves=S,S'\"")
    #expect(ViewReproduction.shellQuoted("a b") == "\"a b\"")
    #expect(ViewReproduction.shellQuoted("it's $HOME") == "'it'\\''s $HOME'")
    #expect(ViewReproduction.shellQuoted("") == "\"\"")
  }

  /// A view after zooms, pans and toggles: the command's options, parsed as render parses
  /// them, make a state with the same viewport (to the bit) and the same display choices.
  @Test func reproducingOptionsGiveTheSameState() throws {
    var state = ViewerState(width: 900, height: 600, scale: 1.5)
    let inputs: [ViewerInput] = [
      .wheel(notches: 3, at: Point(311.7, 222.2), axes: .both), .toggleYScale(.log),
      .panStep(dx: 0.1, dy: -0.05), .toggleCurve(.sigmoidSecondDerivative), .toggleMarkers,
      .toggleGrid, .wheel(notches: -1.5, at: Point(500, 100), axes: .xOnly),
    ]
    for input in inputs { _ = state.apply(input) }
    let options = ViewReproduction(state: state, fontPath: nil, style: .default).options
    let view = try RenderCommand(arguments: ["p.bmp"] + options).view
    let again = ViewerState(width: view.width, height: view.height, scale: view.scale ?? 1,
                            xRange: view.xRange, yRange: view.yRange, display: view.display)
    #expect(again.viewport.x == state.viewport.x && again.viewport.y == state.viewport.y)
    #expect(again.viewport.yAxisScale == .log)
    #expect(again.display == state.display, "\(options)")
    #expect(again.drawableWidth == 900 && again.scale == 1.5)
  }
}

/// --format, --formula and --no-error-strip for the window and render (issue 14).
@Suite struct PrecisionChoiceOptionsTests {
  @Test func formatAndFormulaSetTheOverlay() throws {
    let v = try DisplayChoiceOptionsTests.view(["--format", "bfloat16", "--formula", "stable"])
    #expect(v.display.precision == PrecisionOverlay(format: .bfloat16, formula: .stable))
    let w = try DisplayChoiceOptionsTests.view(["--format", "float16", "--no-error-strip"])
    #expect(w.display.precision.formula == .textbook && !w.display.precision.showsStrip)
    #expect(try DisplayChoiceOptionsTests.view([]).display.precision == PrecisionOverlay())
  }

  @Test(arguments: [
    (["--format", "float12"], "unknown format \"float12\"; the formats are float64, float32, bfloat16, float16, float8_e4m3, float8_e5m2"),
    (["--format", "float16", "--formula", "naive"], "unknown formula \"naive\"; the formulas are textbook, stable, exact"),
    (["--format", "float16", "--formula", "stable", "--function", "relu"], "relu has no stable formula; it has textbook, exact"),
    (["--formula", "stable"], "needs --format"),
    (["--no-error-strip"], "needs --format"),
  ])
  func badValuesAreOneLineListingWhatIsValid(_ arguments: [String], _ message: String) {
    do {
      _ = try DisplayChoiceOptionsTests.view(arguments)
      Issue.record("accepted \(arguments)")
    } catch let error as UsageError {
      #expect(error.message.contains(message), "\(error.message)")
      #expect(!error.message.contains("\n"))
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func reproductionWritesTheOverlay() throws {
    var display = DisplayOptions()
    display.precision = PrecisionOverlay(format: .float16, formula: .exact, showsErrorStrip: false)
    let state = ViewerState(width: 700, height: 500, display: display)
    let r = ViewReproduction(state: state, fontPath: nil, style: .default)
    #expect(r.options.suffix(3) == ["--format=float16", "--formula=exact", "--no-error-strip"])
    let back = try RenderCommand(arguments: ["out.bmp"] + r.options).view
    #expect(back.display.precision == display.precision)
    let meta = r.metadata(title: "t", output: RawPath("out.svg"))
    #expect(meta.view.contains { $0.name == "precision" && $0.value == "--format=float16 --formula=exact --no-error-strip" })
    let plain = ViewReproduction(state: ViewerState(width: 700, height: 500), fontPath: nil,
                                 style: .default)
    #expect(!plain.options.contains { $0.hasPrefix("--format") })
  }
}
