// The window under abuse: shrunk to a single pixel and grown to the whole screen, and hit
// by thousands of wheel events at once. It must keep showing the model's very frame, and
// a flood must be drained in a few frames instead of replayed one frame per event.

import Foundation
import PlotCore
import TestSupport
import Testing
@testable import SigmoidViewer

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct WindowStressEndToEndTests {
  @Test func survivesTheSmallestSizeAndTheWholeScreen() throws {
    let s = try ViewerSession(width: 800, height: 600)
    for (width, height) in [(1, 1), (1920, 1080), (3, 200), (640, 480)] {
      try s.x.resize(s.window, to: width, height)
      // Keys go to the window under the pointer (no window manager): keep it on the window.
      try s.x.moveMouse(to: 0, 0, in: s.window)
      s.apply(.resized(width: width, height: height, scale: 1))
      s.apply(.hover(ViewerSession.point(0, 0)))
      let shot = try s.screenshotMatchingModel("at \(width)x\(height)")
      #expect(shot.width == width && shot.height == height)
    }
    try s.quit()
  }

  @Test func aFloodOfWheelEventsIsDrainedNotReplayed() throws {
    let notches = 3000
    let s = try ViewerSession(width: 800, height: 600, extraArguments: ["--stats"])
    try s.move(to: 400, 300)
    _ = try s.screenshotMatchingModel("before the flood")
    // All clicks in one xdotool call with no delay: they arrive faster than frames.
    try s.x.xdotool(["click", "--repeat", "\(notches)", "--delay", "0", "4"], timeout: 60)
    for _ in 0..<notches { s.apply(.wheel(notches: 1, at: ViewerSession.point(400, 300), axes: .both)) }
    // Every notch counted, in order: the frame is the model's after all of them.
    _ = try s.screenshotMatchingModel("after \(notches) notches")
    try s.quit()
    // Drawn in a handful of frames, not one per event (--stats counts them).
    let line = try #require(s.viewer.stderr.split(separator: "\n").first { $0.hasPrefix("stats: ") })
    let frames = try #require(Int(line.dropFirst("stats: ".count).prefix { $0.isNumber }))
    #expect(frames < notches / 10, "\(frames) frames for \(notches) wheel events: \(line)")
  }
}

