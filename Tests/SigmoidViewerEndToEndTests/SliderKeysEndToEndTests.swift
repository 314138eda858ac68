// End to end: the slider panel's keys and the animation in the real window under Xvfb.
// With the panel shown (O), Right steps the selected parameter instead of panning, End
// jumps to its maximum; Space plays it with no input arriving (the window must keep
// drawing on its own), and P, a window action, stops the play like any key.

import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct SliderKeysEndToEndTests {
  /// The value of `name` in a printed render command's `--function=sigmoid:...`.
  static func parameter(_ name: String, in command: String) -> Double? {
    guard let spec = command.split(separator: " ").first(where: { $0.hasPrefix("--function=sigmoid:") })
    else { return nil }
    for pair in spec.dropFirst("--function=sigmoid:".count).split(separator: ",") {
      let parts = pair.split(separator: "=")
      if parts.count == 2 && parts[0] == name { return Double(parts[1]) }
    }
    return nil
  }

  @Test func panelKeysStepThePlayRunsAloneAndAnyKeyStopsIt() throws {
    let w = try KeyedWindow()
    try w.key("o")       // the panel, k selected
    try w.key("Right")   // k one step up; the view stays
    let stepped = try w.renderCommand(0)
    #expect(stepped.contains("--x-range=-10:10"), "Right panned the view: \(stepped)")
    let k1 = try #require(Self.parameter("k", in: stepped), "\(stepped)")
    #expect(k1 > 1 && k1 < 1.5, "Right did not step k: \(stepped)")

    try w.key("End")     // k at its maximum
    #expect(Self.parameter("k", in: try w.renderCommand(1)) == 20)
    try w.key("Home")    // and its minimum, where the play starts upwards

    try w.key("space")   // plays k; no input follows for a second
    Thread.sleep(forTimeInterval: 1.2)
    let played = try w.renderCommand(2)   // P stops the play
    let k2 = try #require(Self.parameter("k", in: played), "\(played)")
    #expect(k2 > 1, "k did not move while playing (about 4 per second): \(played)")
    Thread.sleep(forTimeInterval: 0.5)
    let stopped = try w.renderCommand(3)
    #expect(Self.parameter("k", in: stopped) == k2, "P did not stop the play: \(played) then \(stopped)")
    try w.quit()
  }
}
