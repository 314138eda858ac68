import Testing
@testable import SigmoidViewer

@Suite struct VideoDriverCheckTests {
  func verdict(display: String? = nil, wayland: String? = nil, requested: String? = nil,
               _ outcome: SDLInitOutcome) -> VideoDriverVerdict {
    VideoDriverCheck.verdict(for: VideoEnvironment(
      display: display, waylandDisplay: wayland, requestedDriver: requested, initOutcome: outcome))
  }

  func expectRejected(_ v: VideoDriverVerdict, mentioning words: [String],
                      sourceLocation: SourceLocation = #_sourceLocation) {
    guard case let .reject(message) = v else {
      Issue.record("expected a rejection, got \(v)", sourceLocation: sourceLocation)
      return
    }
    #expect(!message.contains("\n"), "one line", sourceLocation: sourceLocation)
    #expect(message.contains("sigmoid-viewer render"), sourceLocation: sourceLocation)
    for word in words { #expect(message.contains(word), "\(message)", sourceLocation: sourceLocation) }
  }

  @Test func noDisplayIsRejectedWithoutStartingSDL() {
    expectRejected(verdict(.notTried), mentioning: ["DISPLAY", "WAYLAND_DISPLAY", "unset"])
    expectRejected(verdict(display: "", wayland: "", .notTried), mentioning: ["unset"])
  }

  @Test func aDisplayOrARequestedDriverMeansTryingSDL() {
    #expect(verdict(display: ":0", .notTried) == .initialize)
    #expect(verdict(wayland: "wayland-0", .notTried) == .initialize)
    #expect(verdict(requested: "dummy", .notTried) == .initialize)
  }

  @Test func realDriversProceed() {
    #expect(verdict(display: ":0", .started(driver: "x11")) == .proceed)
    #expect(verdict(wayland: "wayland-0", .started(driver: "wayland")) == .proceed)
  }

  @Test func silentFallbackToAnInvisibleDriverIsRejected() {
    expectRejected(verdict(display: ":55", .started(driver: "offscreen")), mentioning: [":55", "offscreen"])
    expectRejected(verdict(display: ":55", .started(driver: "dummy")), mentioning: ["dummy"])
    expectRejected(verdict(.started(driver: "offscreen")), mentioning: ["unset"])
  }

  @Test func dummyIsAcceptedOnlyWhenAskedFor() {
    #expect(verdict(requested: "dummy", .started(driver: "dummy")) == .proceed)
    #expect(verdict(requested: "DUMMY", .started(driver: "dummy")) == .proceed)
    expectRejected(verdict(requested: "offscreen", .started(driver: "offscreen")), mentioning: ["SDL_VIDEODRIVER=offscreen"])
  }

  @Test func initFailureNamesTheDisplayAndSDLsReason() {
    expectRejected(verdict(display: ":55", .failed("x11 not available")), mentioning: [":55", "x11 not available"])
    expectRejected(verdict(requested: "kmsdrm", .failed("no device\nsecond line")), mentioning: ["kmsdrm", "no device second line"])
    expectRejected(verdict(.started(driver: nil)), mentioning: ["without a video driver"])
  }

  @Test func driverHintProbesOnlyWhatIsConfigured() {
    func hint(_ d: String?, _ w: String?, _ r: String? = nil) -> String? {
      VideoDriverCheck.driverHint(for: VideoEnvironment(display: d, waylandDisplay: w, requestedDriver: r))
    }
    #expect(hint(":0", nil) == "x11")
    #expect(hint(nil, "wayland-0") == "wayland")
    #expect(hint(":0", "wayland-0") == nil)
    #expect(hint(":0", nil, "dummy") == nil)  // the user's choice wins
  }
}
