// End to end, checked against the model itself: the test builds the same PlotFrameModel as
// the window (same size, font and inputs), finds the pixel of a known point on the sigmoid,
// puts the pointer there, and then checks the saved frames: the point stays under the
// pointer while the wheel zooms, the rise widens, and a drag carries the curve with it.

import Foundation
import PlotCore
import PlotRender
import TestSupport
import Testing
@testable import SigmoidViewer
import ViewerModel

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct PointerFollowEndToEndTests {
  static let width = 800, height = 600
  /// The sigmoid's colour as the scene draws it; anti-aliased edges are excluded by the
  /// tolerance, so centroids are of the stroke's core.
  static let blue = PlotStyle().sigmoidColor.argb
  static let tolerance = 40

  @Test func wheelKeepsThePointUnderThePointerAndADragCarriesTheCurve() throws {
    #expect(EndToEnd.toolsPresent, "Xvfb, xdotool and xdpyinfo are required")
    let binary = try #require(EndToEnd.viewerBinary, "sigmoid-viewer binary not found; build it first")
    // The tests' committed font, on both sides (the program would find the system's).
    let located = (path: TestFont.path, font: try TrueTypeFont(bytes: TestFont.bytes))

    // The model the window starts with: same options, same font, same first `.resized`.
    let arguments = ["--size", "\(Self.width)x\(Self.height)", "--font", located.path]
    let options = try WindowOptions.parse(arguments)
    var model = PlotFrameModel(width: Self.width, height: Self.height, scale: 1,
                               xRange: options.view.xRange, yRange: options.view.yRange,
                               font: located.font)
    _ = model.apply(.resized(width: Self.width, height: Self.height, scale: 1))
    var expected = Canvas(width: Self.width, height: Self.height)
    model.render(into: &expected)  // lays out the margins, which fixes the viewport
    let viewport = model.state.viewport

    // The pointer's pixel: near (1, S(1)), the column whose centre puts the curve closest
    // to a pixel centre, so the pointer (always at a pixel centre) is on the curve.
    let target = (-6...6).map { dx -> (x: Int, y: Int, miss: Double) in
      let x = Int(viewport.pixelX(forX: 1)) + dx
      let curveY = viewport.pixelY(forY: sigmoid(viewport.x(forPixelX: Double(x) + 0.5)))
      let y = Int(curveY.rounded(.down))
      return (x, y, abs(curveY - (Double(y) + 0.5)))
    }.min { $0.miss < $1.miss }!
    #expect(target.miss < 0.25)
    // The pointer there draws the probe: the model hovers at the same device point.
    let pointer = Point(Double(target.x) + 0.5, Double(target.y) + 0.5)
    _ = model.apply(.hover(pointer))
    model.render(into: &expected)

    let x = try XvfbSession()
    defer { x.stop() }
    let shots = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: shots) }
    let viewer = try ChildProcess(binary, arguments + ["--screenshot-dir", shots], environment: x.environment)
    defer { viewer.terminate() }
    let window = try x.findWindow(named: "Sigmoid Viewer")
    #expect(try x.geometry(of: window) == (Self.width, Self.height))
    var saved = 0
    func screenshot() throws -> TestBMPImage {
      try x.key("s")
      let line = try viewer.waitForLine(startingWith: "saved ", index: saved)
      saved += 1
      return try TestBMPImage.read(path: String(line.dropFirst("saved ".count)))
    }

    // The first frame is exactly the model's frame, and the curve passes the pointer.
    try x.moveMouse(to: target.x, target.y, in: window)
    let before = try screenshot()
    #expect(before.width == Self.width && before.height == Self.height)
    let differing = zip(before.pixels, expected.pixels).filter { $0 != $1 }.count
    #expect(differing == 0, "the screen should show the model's very pixels; \(differing) differ")
    expectCurve(in: before, atPixel: target.x, target.y, "first frame")

    // Five notches in: the point under the pointer stays there, and the frame is the one
    // the model draws after the same five notches at the pointer's device point.
    try x.click(4, times: 5)
    let zoomed = try screenshot()
    let zoomChanged = zoomed.pixels != before.pixels
    #expect(zoomChanged, "the wheel should have zoomed")
    expectCurve(in: zoomed, atPixel: target.x, target.y, "after five notches")
    for _ in 0..<5 { _ = model.apply(.wheel(notches: 1, at: pointer, axes: .both)) }
    model.render(into: &expected)
    let differingZoomed = zip(zoomed.pixels, expected.pixels).filter { $0 != $1 }.count
    #expect(differingZoomed == 0, "the zoomed screen should be the model's zoomed frame; \(differingZoomed) differ")

    // The rise gets wider: the curve needs more columns to climb from S = 0.6 to 0.8
    // (a stretch both views show), about 1.2^5 ≈ 2.5 times as many.
    let riseBefore = riseColumns(in: before, from: 0.6, to: 0.8, viewport: viewport)
    let riseZoomed = riseColumns(in: zoomed, from: 0.6, to: 0.8, viewport: model.state.viewport)
    #expect(riseBefore > 10)
    #expect(Double(riseZoomed) > 2 * Double(riseBefore), "rise \(riseBefore) → \(riseZoomed) columns")

    // Drag by (-150, +60): the point under the pointer travels with it.
    let drag = (dx: -150, dy: 60)
    try x.button(1, down: true)
    try x.moveMouse(to: target.x + drag.dx / 2, target.y + drag.dy / 2, in: window)
    try x.moveMouse(to: target.x + drag.dx, target.y + drag.dy, in: window)
    try x.button(1, down: false)
    let dragged = try screenshot()
    expectCurve(in: dragged, atPixel: target.x + drag.dx, target.y + drag.dy, "after the drag")
    // And the old place is left: the curve no longer passes where the pointer was.
    if let old = curveRow(in: dragged, column: target.x, near: target.y) {
      #expect(abs(old - (Double(target.y) + 0.5)) > 3, "curve still at the old place")
    }

    // Resize: the next screenshot has the new drawable size.
    try x.resize(window, to: 640, 400)
    try x.moveMouse(to: 100, 100, in: window)
    let resized = try screenshot()
    #expect(resized.width == 640 && resized.height == 400)

    try x.key("q")
    let status = try viewer.waitForExit()
    #expect(status == 0, "exit status \(status); stderr: \(viewer.stderr)")
    #expect(!viewer.stderr.contains("sigmoid-viewer:"), "no errors expected: \(viewer.stderr)")
    x.stop()  // only now: ARC may end `x` after its last use, killing the X server under the viewer
  }

  /// Records an issue unless the sigmoid's stroke crosses column `x` within 1 px of the
  /// centre of row `y` (where a pointer at window pixel (x, y) points).
  func expectCurve(in image: TestBMPImage, atPixel x: Int, _ y: Int, _ when: String,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    guard let row = curveRow(in: image, column: x, near: y) else {
      Issue.record("\(when): no sigmoid near (\(x), \(y))", sourceLocation: sourceLocation)
      return
    }
    #expect(abs(row - (Double(y) + 0.5)) <= 1, "\(when): curve at row \(row) in column \(x), pointer at row \(y)",
            sourceLocation: sourceLocation)
  }

  /// The sub-pixel row of the sigmoid's stroke in `column`, looking within 12 rows of `row`.
  func curveRow(in image: TestBMPImage, column: Int, near row: Int) -> Double? {
    image.centroid(of: Self.blue, tolerance: Self.tolerance,
                   region: (x: column..<(column + 1), y: (row - 12)..<(row + 13)))?.y
  }

  /// How many neighbouring columns the sigmoid takes to climb from data y `low` to `high`
  /// (rows from `viewport`): the longest run of columns with blue between those rows, so a
  /// legend's short blue sample line elsewhere does not count.
  func riseColumns(in image: TestBMPImage, from low: Double, to high: Double, viewport: Viewport) -> Int {
    let rows = Int(viewport.pixelY(forY: high))..<Int(viewport.pixelY(forY: low))
    let plot = viewport.plot
    var longest = 0, run = 0
    for column in Int(plot.left) + 2..<Int(plot.right) - 2 {
      let hit = !image.locate(Self.blue, tolerance: Self.tolerance, region: (x: column..<(column + 1), y: rows)).isEmpty
      run = hit ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest
  }
}

/// Issue 9's case, as a new user meets it: 1280×720, the pointer on the inflection of S,
/// the wheel turned in. The curve must still pass under the pointer after 5, 10 and 20
/// notches, while the y labels gain digits and the left margin grows under it.
@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct ZoomAboutTheInflectionEndToEndTests {
  @Test func theCurveStaysUnderThePointerAfter5And10And20Notches() throws {
    #expect(EndToEnd.toolsPresent, "Xvfb, xdotool and xdpyinfo are required")
    let s = try ViewerSession(width: 1280, height: 720)
    let v = s.model.state.viewport
    let startMargins = s.model.state.margins
    // The column near x = 0 where S passes closest to a pixel centre: the pointer there
    // (always at a pixel centre) is on the curve.
    let target = (-6...6).map { dx -> (x: Int, y: Int, miss: Double) in
      let x = Int(v.pixelX(forX: 0)) + dx
      let curveY = v.pixelY(forY: sigmoid(v.x(forPixelX: Double(x) + 0.5)))
      let y = Int(curveY.rounded(.down))
      return (x, y, abs(curveY - (Double(y) + 0.5)))
    }.min { $0.miss < $1.miss }!
    #expect(target.miss < 0.25)
    try s.move(to: target.x, target.y)
    try s.screenshotMatchingModel("before zooming")
    var notches = 0
    for total in [5, 10, 20] {
      try s.x.click(4, times: total - notches)
      for _ in notches..<total {
        s.apply(.wheel(notches: 1, at: ViewerSession.point(target.x, target.y), axes: .both))
      }
      notches = total
      let shot = try s.screenshotMatchingModel("after \(total) notches")
      let blue = PointerFollowEndToEndTests.blue, tol = PointerFollowEndToEndTests.tolerance
      // The stroke's middle in the pointer's column and in its row: both within a pixel
      // of the pointer (the bug put the curve 4 px off after 5 notches, 68 after 20).
      let row = shot.centroid(of: blue, tolerance: tol,
                              region: (x: target.x..<(target.x + 1), y: (target.y - 12)..<(target.y + 13)))?.y
      let column = shot.centroid(of: blue, tolerance: tol,
                                 region: (x: (target.x - 12)..<(target.x + 13), y: target.y..<(target.y + 1)))?.x
      let centre = (x: Double(target.x) + 0.5, y: Double(target.y) + 0.5)
      #expect(row.map { abs($0 - centre.y) <= 1 } == true,
              "\(total) notches: curve at row \(row.map { "\($0)" } ?? "none"), pointer at \(centre.y)")
      #expect(column.map { abs($0 - centre.x) <= 1 } == true,
              "\(total) notches: curve at column \(column.map { "\($0)" } ?? "none"), pointer at \(centre.x)")
    }
    #expect(s.model.state.margins.left > startMargins.left,
            "the y labels gained digits, so the margin moved under the pointer")

    // Esc closes the help first and the viewer keeps running; the next Esc quits.
    try s.key("h", .toggleHelp)
    try s.screenshotMatchingModel("help shown")
    try s.key("Escape", .dismiss)
    try s.screenshotMatchingModel("help closed by Esc")
    try s.x.key("Escape")
    let status = try s.viewer.waitForExit()
    #expect(status == 0, "exit status \(status); stderr: \(s.viewer.stderr)")
  }
}
