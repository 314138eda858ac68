// End to end, each explore feature in a screenshot of the running viewer: every screenshot
// must be the model's very frame after the same inputs (ViewerSession), and each feature
// also gets its own check on the pixels (a colour appears or goes, a line is straight,
// the history gives back an earlier frame bit for bit). Two viewer sessions cover it all.

import Foundation
import PlotCore
import PlotRender
import TestSupport
import Testing
@testable import SigmoidViewer

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct ExploreEndToEndTests {
  static let style = PlotStyle()
  /// Colour tolerance per channel for a curve's stroke core (anti-aliased edges excluded).
  static let tolerance = 40
  /// For S''s bluish green: blue anti-aliased over orange comes within 40 of it.
  static let greenTolerance = 16

  @Test func probeCopyCurvesLegendMarkersGridAndHelp() throws {
    #expect(EndToEnd.toolsPresent, "Xvfb, xdotool and xdpyinfo are required")
    let s = try ViewerSession(width: 800, height: 600)
    let plot = s.model.state.viewport.plot

    // Probe: the pointer over the plot at x = 1.5 draws a line down its column and a
    // readout; without the pointer the model's frame has neither.
    let probeX = Int(s.model.state.viewport.pixelX(forX: 1.5))
    let probeY = Int(plot.top + plot.height * 0.6)
    try s.move(to: probeX, probeY)
    let probed = try s.screenshotMatchingModel("probe")
    var bare = s.model
    _ = bare.apply(.hover(nil))
    var unprobed = Canvas(width: s.width, height: s.height)
    bare.render(into: &unprobed)
    let plotRows = Int(plot.top) + 1..<Int(plot.bottom) - 1
    let lineRows = plotRows.filter { probed[probeX, $0] != unprobed.pixels[$0 * s.width + probeX] }.count
    #expect(Double(lineRows) > 0.8 * Double(plotRows.count), "probe line: \(lineRows) of \(plotRows.count) rows")
    var elsewhere = 0  // the readout, dots and tangent: changes away from the line's column
    for y in 0..<s.height {
      for x in 0..<s.width where abs(x - probeX) > 2 && probed[x, y] != unprobed.pixels[y * s.width + x] {
        elsewhere += 1
      }
    }
    #expect(elsewhere > 500, "probe readout: \(elsewhere) pixels changed beside the line")

    // C prints the readout as one block and puts it on the clipboard.
    let readout = try #require(s.model.readout, "the model shows a probe, so it has a readout")
    #expect(readout.hasPrefix("x = ") && readout.contains("S(x) = ") && readout.contains("S'(x) = "))
    try s.key("c")
    try s.viewer.waitForStdout(containing: readout + "\n")
    try expectClipboard(readout, on: s.x)

    // 3 shows S'' in its own colour, absent until then.
    let green = Self.style.secondDerivativeColor.argb
    #expect(probed.locate(green, tolerance: Self.greenTolerance).isEmpty, "S'' is off by default")
    try s.key("3", .toggleCurve(.sigmoidSecondDerivative))
    let withSecond = try s.screenshotMatchingModel("S'' shown")
    #expect(withSecond.locate(green, tolerance: Self.greenTolerance).count > 200, "S'' should be drawn after 3")

    // A click on S''s legend entry hides it again and leaves the entry there, dimmed; a
    // click on the dimmed entry brings S'' back (and one more hides it); a click elsewhere
    // toggles nothing; 2 hides S' and brings it back.
    let entries = s.model.legendEntries
    #expect(entries.map(\.curve) == [.sigmoid, .sigmoidDerivative, .sigmoidSecondDerivative])
    let entry = try #require(entries.first { $0.curve == .sigmoidSecondDerivative }).box
    try s.click(at: Int((entry.x0 + entry.x1) / 2), Int((entry.y0 + entry.y1) / 2), toggles: .sigmoidSecondDerivative)
    let clicked = try s.screenshotMatchingModel("legend click")
    #expect(clicked.locate(green, tolerance: Self.greenTolerance).isEmpty, "S'' (curve and legend) gone after the click")
    #expect(s.model.legendEntries.map(\.curve) == [.sigmoid, .sigmoidDerivative, .sigmoidSecondDerivative],
            "a hidden curve keeps its legend entry")
    let dimmed = try #require(s.model.legendEntries.first { $0.curve == .sigmoidSecondDerivative }).box
    try s.click(at: Int((dimmed.x0 + dimmed.x1) / 2), Int((dimmed.y0 + dimmed.y1) / 2),
                toggles: .sigmoidSecondDerivative)
    let back = try s.screenshotMatchingModel("legend click brings S'' back")
    #expect(back.locate(green, tolerance: Self.greenTolerance).count > 200, "S'' drawn again after clicking its dimmed entry")
    try s.click(at: Int((dimmed.x0 + dimmed.x1) / 2), Int((dimmed.y0 + dimmed.y1) / 2),
                toggles: .sigmoidSecondDerivative)
    _ = try s.screenshotMatchingModel("legend click hides S'' once more")
    try s.click(at: probeX, probeY, toggles: nil)
    let orange = Self.style.derivativeColor.argb
    try s.key("2", .toggleCurve(.sigmoidDerivative))
    let noDerivative = try s.screenshotMatchingModel("S' hidden by 2")
    #expect(noDerivative.locate(orange, tolerance: Self.tolerance).isEmpty, "S' gone after 2")
    try s.key("2", .toggleCurve(.sigmoidDerivative))

    // M hides the markers and the shading of the vanishing-gradient regions.
    let marked = try s.screenshotMatchingModel("markers")
    try s.key("m", .toggleMarkers)
    let unmarked = try s.screenshotMatchingModel("markers hidden")
    let viewport = s.model.state.viewport
    let inflection = (x: Int(viewport.pixelX(forX: 0)), y: Int(viewport.pixelY(forY: 0.5)))
    let nearInflection = changed(marked, unmarked, x: inflection.x - 8..<inflection.x + 9,
                                 y: inflection.y - 8..<inflection.y + 9)
    #expect(nearInflection > 10, "the inflection marker should go: \(nearInflection) pixels changed")
    let threshold = SigmoidFunction.vanishingGradientX
    let shadeColumns = Int(plot.left) + 3..<Int(viewport.pixelX(forX: -threshold)) - 3
    let shadeRows = Int(plot.top + plot.height * 0.3)..<Int(plot.top + plot.height * 0.5)
    let shaded = changed(marked, unmarked, x: shadeColumns, y: shadeRows)
    #expect(Double(shaded) > 0.5 * Double(shadeColumns.count * shadeRows.count),
            "the shading left of -\(threshold) should go: \(shaded) pixels changed")

    // G hides the grid: its colour's long runs leave the plot.
    let gridColor = Self.style.grid.argb
    let plotArea = (x: Int(plot.left) + 2..<Int(plot.right) - 2, y: Int(plot.top) + 2..<Int(plot.bottom) - 2)
    let gridBefore = unmarked.locate(gridColor, region: plotArea).count
    try s.key("g", .toggleGrid)
    let gridless = try s.screenshotMatchingModel("grid hidden")
    let gridAfter = gridless.locate(gridColor, region: plotArea).count
    #expect(gridBefore > Int(plot.width) * 2, "grid drawn before G: \(gridBefore) pixels")
    #expect(gridAfter * 20 < gridBefore, "grid gone after G: \(gridAfter) of \(gridBefore) pixels left")

    // H shows the list of bindings over the plot; F1 hides it again.
    try s.key("h", .toggleHelp)
    let help = try s.screenshotMatchingModel("help overlay")
    let overlay = changed(gridless, help, x: 0..<s.width, y: 0..<s.height)
    #expect(overlay > s.width * s.height / 10, "the overlay should cover much of the plot: \(overlay) pixels")
    try s.key("F1", .toggleHelp)
    let helpGone = try s.screenshotMatchingModel("help hidden")
    let same = helpGone == gridless
    #expect(same, "hiding the overlay gives back the frame before it")

    // Leaving the window takes the probe away.
    try s.leave()
    let left = try s.screenshotMatchingModel("pointer left")
    #expect(left != helpGone, "the probe should go when the pointer leaves")
    try s.quit()
  }

  @Test func scalesBoxZoomHistoryFitAndFullscreen() throws {
    let s = try ViewerSession(width: 800, height: 600)
    // The pointer rests in the margin (no probe), where keys still reach the window.
    try s.move(to: 5, 5)
    _ = try s.screenshotMatchingModel("start")

    // L: a log y axis with power-of-ten labels, on which S''s tails are straight lines.
    try s.key("l", .toggleYScale(.log))
    let log = try s.screenshotMatchingModel("log scale")
    let labels = s.model.yTickLabels
    #expect(labels.count >= 3 && labels.allSatisfy { $0.wholeMatch(of: /1(0+)?|0\.0*1|1e−?\d+/) != nil },
            "log tick labels should be powers of ten, minus as U+2212: \(labels)")
    let orange = Self.style.derivativeColor.argb
    let v = s.model.state.viewport
    let xs = [5.0, 7.0, 9.0]
    let rows = xs.compactMap { x -> Double? in
      log.centroid(of: orange, tolerance: Self.tolerance, column: Int(v.pixelX(forX: x)))?.y
    }
    #expect(rows.count == 3, "S' visible at x = 5, 7, 9 under log: \(rows)")
    if rows.count == 3 {
      // Rows on a log axis are proportional to log S': equal steps in x here give steps
      // in rows in the ratio of the steps in log S' (both near 2 decades/e), to 1 px.
      let logs = xs.map { Foundation.log(sigmoidDerivative($0)) }
      let steps = (rows[1] - rows[0], rows[2] - rows[1])
      let want = steps.0 * (logs[2] - logs[1]) / (logs[1] - logs[0])
      #expect(steps.0 > 20 && abs(steps.1 - want) < 1, "S' tail under log: rows \(rows), second step want \(want)")
    }

    // K: on the logit axis S is a straight line across the whole plot.
    try s.key("k", .toggleYScale(.logit))
    let logit = try s.screenshotMatchingModel("logit scale")
    let blue = Self.style.sigmoidColor.argb
    let w = s.model.state.viewport
    // From x = -1 rightwards, where S'' no longer covers S, and clear of the legend.
    let legend = s.model.legendEntries.map(\.box)
    let columns = stride(from: w.pixelX(forX: -1), to: w.plot.right - 5, by: 30).map { Int($0) }
    let points = columns.compactMap { c -> (Double, Double)? in
      let hits = logit.locate(blue, tolerance: Self.tolerance, column: c).filter { hit in
        !legend.contains { $0.contains(Point(Double(hit.x) + 0.5, Double(hit.y) + 0.5)) }
      }
      guard !hits.isEmpty else { return nil }
      return (Double(c) + 0.5, hits.reduce(0) { $0 + Double($1.y) } / Double(hits.count) + 0.5)
    }
    #expect(points.count >= columns.count - 1, "S visible under logit: \(points.count) of \(columns.count) columns")
    if let first = points.first, let last = points.last, points.count >= 3 {
      let slope = (last.1 - first.1) / (last.0 - first.0)
      let worst = points.map { abs($0.1 - (first.1 + slope * ($0.0 - first.0))) }.max()!
      #expect(worst < 1.0, "S under logit strays \(worst) px from a straight line")
    }
    try s.key("k", .toggleYScale(.logit))

    // Right-drag zooms to the box; Backspace gives back the very frame before it, Alt+Right
    // the zoomed one, Alt+Left the first again.
    let before = try s.screenshotMatchingModel("before the box")
    let p = s.model.state.viewport.plot
    let corner0 = (Int(p.left + p.width * 0.3), Int(p.top + p.height * 0.2))
    let corner1 = (Int(p.left + p.width * 0.6), Int(p.top + p.height * 0.7))
    let old = s.model.state.viewport
    try s.boxZoom(from: corner0.0, corner0.1, to: corner1.0, corner1.1)
    try s.move(to: 5, 5)
    let boxed = try s.screenshotMatchingModel("box zoom")
    #expect(boxed != before, "the box zoom should change the view")
    let new = s.model.state.viewport
    let pixel = old.x.span / old.plot.width
    #expect(abs(new.x.min - old.x(forPixelX: Double(corner0.0) + 0.5)) < 1.5 * pixel, "box left edge")
    #expect(abs(new.x.max - old.x(forPixelX: Double(corner1.0) + 0.5)) < 1.5 * pixel, "box right edge")
    try s.key("BackSpace", .historyBack)
    let back = try s.screenshotMatchingModel("history back")
    #expect(back == before, "back should restore the frame before the box, pixel for pixel")
    try s.key("alt+Right", .historyForward)
    let forward = try s.screenshotMatchingModel("history forward")
    #expect(forward == boxed, "forward should restore the zoomed frame, pixel for pixel")
    try s.key("alt+Left", .historyBack)
    let backAgain = try s.screenshotMatchingModel("history back by Alt+Left")
    #expect(backAgain == before)
    try s.key("alt+Right", .historyForward)

    // A fits y to the curves shown: they then span the plot's height less 5% of their
    // spread above and below.
    try s.key("a", .fitY)
    let fitted = try s.screenshotMatchingModel("fit y")
    let f = s.model.state.viewport.plot
    let curvePixels = [blue, orange].flatMap {
      fitted.locate($0, tolerance: Self.tolerance,
                    region: (x: Int(f.left) + 1..<Int(f.right) - 1, y: Int(f.top)..<Int(f.bottom)))
    }
    if let top = curvePixels.map(\.y).min(), let bottom = curvePixels.map(\.y).max() {
      let margin = f.height * ViewerState.fitMargin / (1 + 2 * ViewerState.fitMargin)
      #expect(abs(Double(top) - (f.top + margin)) < 3, "top of the curves at row \(top), want \(f.top + margin)")
      #expect(abs(Double(bottom + 1) - (f.bottom - margin)) < 3, "bottom at row \(bottom), want \(f.bottom - margin)")
    } else {
      Issue.record("no curve visible after A")
    }

    // F: fullscreen, the drawable becomes the screen's size; F again gives the window back.
    try s.key("f", .resized(width: 1920, height: 1080, scale: 1))
    let full = try s.screenshotMatchingModel("fullscreen")
    #expect(full.width == 1920 && full.height == 1080)
    try s.key("f", .resized(width: s.width, height: s.height, scale: 1))
    let windowed = try s.screenshotMatchingModel("fullscreen off")
    #expect(windowed.width == s.width && windowed.height == s.height)
    try s.quit()
  }

  @Test func theProbeRedrawsOnlyWhenThePointerMovesOverThePlot() throws {
    let s = try ViewerSession(width: 640, height: 480, extraArguments: ["--stats"])
    // Over the margins there is no probe: moving there draws nothing.
    for (x, y) in [(5, 5), (8, 5), (5, 9), (600, 470)] { try s.move(to: x, y) }
    // Over the plot each move is a frame.
    let c = s.model.state.viewport.plot.center
    try s.move(to: Int(c.x), Int(c.y))
    try s.move(to: Int(c.x) + 7, Int(c.y))
    // Resting there: nothing more (the loop sleeps in SDL_WaitEvent).
    Thread.sleep(forTimeInterval: 0.5)
    try s.quit()
    let stats = s.viewer.stderr.split(separator: "\n").first { $0.hasPrefix("stats: ") }
    let frames = stats.flatMap { Int($0.dropFirst("stats: ".count).prefix { $0.isNumber }) }
    #expect(frames == 3, "the first frame and one per move over the plot: \(s.viewer.stderr)")
  }

  /// How many pixels in the region differ between two same-sized images.
  func changed(_ a: TestBMPImage, _ b: TestBMPImage, x: Range<Int>, y: Range<Int>) -> Int {
    var n = 0
    for row in y.clamped(to: 0..<a.height) {
      for column in x.clamped(to: 0..<a.width) where a[column, row] != b[column, row] { n += 1 }
    }
    return n
  }

  /// Reads the X clipboard with xclip and expects `text`. xclip is part of the test
  /// setup (.ci/test); run by hand without it, the check is skipped with a note.
  func expectClipboard(_ text: String, on x: XvfbSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
    guard let xclip = EndToEnd.which("xclip") else {
      if EndToEnd.required { Issue.record("xclip is required to check the clipboard", sourceLocation: sourceLocation) }
      return
    }
    let result = try ChildProcess.run(xclip, ["-o", "-selection", "clipboard"], environment: x.environment, timeout: 10)
    #expect(result.status == 0, "xclip: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stdout == text, "clipboard: \(result.stdout.debugDescription)", sourceLocation: sourceLocation)
  }
}
