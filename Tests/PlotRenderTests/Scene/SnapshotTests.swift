// Golden-image tests: small renders of the real scene compared with the BMPs committed in
// Tests/PlotRenderTests/Snapshots/<name>.bmp. Re-record deliberately with
// SIGMOID_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests, then look at the images.

import Foundation
import PlotCore
import TestSupport
import Testing
@testable import PlotRender

struct SnapshotCase: Sendable, CustomTestStringConvertible {
  var name: String
  var view: SceneView
  var width: Int, height: Int
  var scale = 1.0
  /// Explore mode: all three curves, the probe at this data x (pointer on S there), the
  /// key help.
  var allCurves = false
  var probeX: Double?
  /// The pointer's data y, when not on S (S' at its peak, a tail).
  var probeY: Double?
  var help = false
  var notice: String?
  var testDescription: String { name }

  /// The canvas of this case, drawn through the real scene.
  func render() -> Canvas {
    var (scene, frame) = SceneFixture.frame(view, width: width, height: height, scale: scale)
    if allCurves { frame.curves = PlottedCurve.sigmoidCurves }
    if let x = probeX {
      frame.pointer = Point(frame.viewport.pixelX(forX: x),
                            frame.viewport.pixelY(forY: probeY ?? sigmoid(x)))
    }
    frame.display.showsHelp = help
    frame.notice = notice
    var canvas = Canvas(width: width, height: height)
    scene.render(frame, into: &canvas)
    return canvas
  }
}

@Suite struct SnapshotTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Snapshots")
  static let recording = ProcessInfo.processInfo.environment["SIGMOID_RECORD_SNAPSHOTS"] == "1"

  /// Tolerance: glyph and curve edges may move by rounding on another CPU or libm, so a
  /// channel may differ by up to 8 on at most 0.1% of pixels, and never by more than 64
  /// (a curve or label that moved by a pixel or changed colour fails).
  static let smallDifference = 8
  static let largestDifference = 64
  static let allowedFraction = 0.001

  static let cases: [SnapshotCase] = [
    .init(name: "default-320x240", view: .standard, width: 320, height: 240),
    .init(name: "x-2to2-320x240", view: .narrow, width: 320, height: 240),
    .init(name: "zoom0-320x240", view: .zoomZero, width: 320, height: 240),
    .init(name: "zoom30-320x240", view: .zoomThirty, width: 320, height: 240),
    .init(name: "default-480x270-scale1.5", view: .standard, width: 480, height: 270, scale: 1.5),
    .init(name: "probe-all-curves-480x320", view: .standard, width: 480, height: 320,
          allCurves: true, probeX: -1.5),
    .init(name: "probe-zoom30-480x320", view: .zoomThirty, width: 480, height: 320, probeX: 30),
    .init(name: "help-640x480", view: .standard, width: 640, height: 480, help: true),
    .init(name: "help-320x240", view: .standard, width: 320, height: 240, help: true),
    .init(name: "probe-peak-640x480", view: .standard, width: 640, height: 480, probeX: 0,
          probeY: 0.25),
    .init(name: "probe-lower-right-640x480", view: .standard, width: 640, height: 480,
          probeX: 8.5, probeY: 0.01, notice: "saved sigmoid-20260101-120000.bmp"),
    .init(name: "probe-peak-320x240", view: .standard, width: 320, height: 240, probeX: 0,
          probeY: 0.25),
    .init(name: "probe-lower-right-320x240", view: .standard, width: 320, height: 240,
          probeX: 8.5, probeY: 0.01),
  ]

  @Test(arguments: cases)
  func matchesTheCommittedImage(_ c: SnapshotCase) throws {
    let canvas = c.render()
    let url = Self.directory.appendingPathComponent("\(c.name).bmp")
    if Self.recording {
      try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
      try Data(TestBMPImage.encode24(width: canvas.width, height: canvas.height, pixels: canvas.pixels))
        .write(to: url, options: .atomic)
      return
    }
    let data = try #require(FileManager.default.contents(atPath: url.path),
                            "no snapshot \(url.path): record with SIGMOID_RECORD_SNAPSHOTS=1")
    let image = try TestBMPImage.decode([UInt8](data))
    let (w, h, expected) = (image.width, image.height, image.pixels)
    #expect(w == c.width && h == c.height)
    guard w == c.width, h == c.height else { return }
    var off = 0, worst = 0
    for (i, want) in expected.enumerated() {
      let got = canvas.pixels[i]
      var d = 0
      for shift in [16, 8, 0] as [UInt32] {
        d = max(d, abs(Int((got >> shift) & 0xFF) - Int((want >> shift) & 0xFF)))
      }
      if d > Self.smallDifference { off += 1 }
      worst = max(worst, d)
    }
    #expect(Double(off) <= Self.allowedFraction * Double(w * h),
            "\(off) of \(w * h) pixels differ by more than \(Self.smallDifference)")
    #expect(worst <= Self.largestDifference, "a channel differs by \(worst)")
  }

  /// The writer and reader the snapshots go through agree (so a mismatch is the scene's).
  @Test func bmpRoundTrips() throws {
    let canvas = SceneFixture.render(.standard, width: 33, height: 21).0
    let bytes = TestBMPImage.encode24(width: canvas.width, height: canvas.height, pixels: canvas.pixels)
    let image = try TestBMPImage.decode(bytes)
    #expect(image.width == 33 && image.height == 21 && image.bitsPerPixel == 24)
    #expect(image.pixels.map { $0 & 0xFF_FFFF } == canvas.pixels.map { $0 & 0xFF_FFFF })
  }
}
