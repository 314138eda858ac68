// One sigmoid-viewer in a private Xvfb, driven with xdotool, next to the PlotFrameModel the
// window starts with. Every step does the same thing to both: the user's action goes to
// the window, the inputs it must turn into go to the model. So a screenshot can be checked
// pixel for pixel against the model's own frame, as the expectation for each feature.

import Foundation
import PlotCore
import PlotRender
import TestSupport
import Testing
@testable import SigmoidViewer
import ViewerModel

final class ViewerSession {
  let x: XvfbSession
  let viewer: ChildProcess
  let window: String
  /// The model the window should be showing, fed the same inputs.
  var model: PlotFrameModel
  let shots: String
  let width: Int, height: Int
  private var saved = 0
  private var stdoutBlocks = 0

  /// Starts Xvfb and `sigmoid-viewer --size WxH` with the same font the model gets.
  init(width: Int, height: Int, extraArguments: [String] = []) throws {
    let binary = try #require(EndToEnd.viewerBinary, "sigmoid-viewer binary not found; build it first")
    // The tests' committed font, on both sides (the program would find the system's).
    let located = (path: TestFont.path, font: try TrueTypeFont(bytes: TestFont.bytes))
    let arguments = ["--size", "\(width)x\(height)", "--font", located.path] + extraArguments
    let options = try WindowOptions.parse(arguments)
    model = PlotFrameModel(width: width, height: height, scale: 1, xRange: options.view.xRange,
                           yRange: options.view.yRange, font: located.font)
    _ = model.apply(.resized(width: width, height: height, scale: 1))
    self.width = width
    self.height = height
    x = try XvfbSession()
    // The pointer starts at the screen's centre, inside the centred window: put it in a
    // corner, so the viewer sees no pointer until the test moves it.
    try x.xdotool(["mousemove", "0", "0"])
    shots = try makeTemporaryDirectory()
    viewer = try ChildProcess(binary, arguments + ["--screenshot-dir", shots], environment: x.environment)
    window = try x.findWindow(named: "Sigmoid Viewer")
  }

  /// Quits with Q and checks the exit status and that nothing went to stderr.
  func quit(sourceLocation: SourceLocation = #_sourceLocation) throws {
    try x.key("q")
    let status = try viewer.waitForExit()
    #expect(status == 0, "exit status \(status); stderr: \(viewer.stderr)", sourceLocation: sourceLocation)
    #expect(!viewer.stderr.contains("sigmoid-viewer:"), "no errors expected: \(viewer.stderr)",
            sourceLocation: sourceLocation)
  }

  deinit {
    viewer.terminate()
    x.stop()
    // SIGMOID_KEEP_SHOTS=1 keeps the screenshots for a look after a failure.
    if ProcessInfo.processInfo.environment["SIGMOID_KEEP_SHOTS"] == "1" {
      Console.error("screenshots kept in \(shots)")
    } else {
      try? FileManager.default.removeItem(atPath: shots)
    }
  }

  // MARK: - Steps, each done to the window and to the model

  /// The device point the window reports for window pixel (x, y) (Xvfb: scale 1).
  static func point(_ x: Int, _ y: Int) -> Point { InputMap.devicePoint(x, y, 1) }

  /// Moves the pointer to window pixel (x, y): the probe follows.
  func move(to px: Int, _ py: Int) throws {
    try x.moveMouse(to: px, py, in: window)
    apply(.hover(Self.point(px, py)))
  }

  /// Moves the pointer off the window (the screen's corner; the window is centred).
  func leave() throws {
    try x.xdotool(["mousemove", "0", "0"])
    apply(.hover(nil))
  }

  /// Presses `key` (an xdotool key name) in the window; the model gets `inputs`.
  func key(_ key: String, _ inputs: ViewerInput...) throws {
    try x.key(key)
    for input in inputs { apply(input) }
  }

  /// Clicks the left button at window pixel (x, y): the model gets the hover, the
  /// zero-length drag, and `toggles` (what the click should hit, if anything).
  func click(at px: Int, _ py: Int, toggles curve: PlottedCurve?) throws {
    try move(to: px, py)
    try x.click(1)
    apply(.dragBegan(at: Self.point(px, py)))
    apply(.dragEnded)
    if let curve { apply(.toggleCurve(curve)) }
  }

  /// Drags with the right button from (x0, y0) to (x1, y1) through the midpoint: a box zoom.
  func boxZoom(from x0: Int, _ y0: Int, to x1: Int, _ y1: Int) throws {
    try move(to: x0, y0)
    try x.button(3, down: true)
    apply(.boxBegan(at: Self.point(x0, y0)))
    for (px, py) in [((x0 + x1) / 2, (y0 + y1) / 2), (x1, y1)] {
      try x.moveMouse(to: px, py, in: window)
      apply(.boxMoved(to: Self.point(px, py)))
      apply(.hover(Self.point(px, py)))
    }
    try x.button(3, down: false)
    apply(.boxEnded)
  }

  func apply(_ input: ViewerInput) {
    _ = model.apply(input)
  }

  // MARK: - Looking

  /// Takes a screenshot with S and reads it back.
  func screenshot() throws -> TestBMPImage {
    try x.key("s")
    let line = try viewer.waitForLine(startingWith: "saved ", index: saved)
    saved += 1
    return try TestBMPImage.read(path: String(line.dropFirst("saved ".count)))
  }

  /// The model's frame at its drawable size.
  func expectedFrame() -> Canvas {
    var canvas = Canvas(width: model.state.drawableWidth, height: model.state.drawableHeight)
    model.render(into: &canvas)
    return canvas
  }

  /// Takes a screenshot and records an issue unless it is the model's very frame.
  @discardableResult
  func screenshotMatchingModel(_ what: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> TestBMPImage
  {
    let image = try screenshot()
    let expected = expectedFrame()
    guard image.width == expected.width, image.height == expected.height else {
      Issue.record("\(what): screenshot \(image.width)x\(image.height), model \(expected.width)x\(expected.height)",
                   sourceLocation: sourceLocation)
      return image
    }
    let differing = zip(image.pixels, expected.pixels).filter { $0 != $1 }.count
    #expect(differing == 0, "\(what): the screen should show the model's frame; \(differing) pixels differ",
            sourceLocation: sourceLocation)
    return image
  }
}
