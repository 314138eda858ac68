// Golden-image tests: small renders of the real scene compared with the BMPs committed in
// Tests/PlotRenderTests/Snapshots/<name>.bmp. Re-record deliberately with
// SIGMOID_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests, then look at the images.

import Foundation
import PlotCore
import Testing
@testable import PlotRender

/// 24-bit BMP in and out, just enough for the snapshots (bottom-up rows, padded to 4 bytes).
enum SnapshotBMP {
  static func encode(_ canvas: Canvas) -> [UInt8] {
    let rowBytes = (canvas.width * 3 + 3) / 4 * 4
    let size = 54 + rowBytes * canvas.height
    var b = [UInt8](repeating: 0, count: size)
    func put(_ v: Int, _ at: Int, _ n: Int) { for i in 0..<n { b[at + i] = UInt8((v >> (8 * i)) & 0xFF) } }
    b[0] = 0x42; b[1] = 0x4D
    put(size, 2, 4); put(54, 10, 4); put(40, 14, 4); put(canvas.width, 18, 4)
    put(canvas.height, 22, 4); put(1, 26, 2); put(24, 28, 2); put(rowBytes * canvas.height, 34, 4)
    for y in 0..<canvas.height {
      let row = 54 + (canvas.height - 1 - y) * rowBytes
      for x in 0..<canvas.width {
        let p = canvas[x, y]
        b[row + 3 * x] = UInt8(p & 0xFF)
        b[row + 3 * x + 1] = UInt8((p >> 8) & 0xFF)
        b[row + 3 * x + 2] = UInt8((p >> 16) & 0xFF)
      }
    }
    return b
  }

  /// (width, height, 0xRRGGBB pixels top row first), or nil if not such a BMP.
  static func decode(_ b: [UInt8]) -> (Int, Int, [UInt32])? {
    func u(_ at: Int, _ n: Int) -> Int { (0..<n).reduce(0) { $0 | Int(b[at + $1]) << (8 * $1) } }
    guard b.count >= 54, b[0] == 0x42, b[1] == 0x4D, u(28, 2) == 24 else { return nil }
    let (w, h, offset) = (u(18, 4), u(22, 4), u(10, 4))
    let rowBytes = (w * 3 + 3) / 4 * 4
    guard w > 0, h > 0, offset + rowBytes * h <= b.count else { return nil }
    var pixels = [UInt32](repeating: 0, count: w * h)
    for y in 0..<h {
      let row = offset + (h - 1 - y) * rowBytes
      for x in 0..<w {
        pixels[y * w + x] = UInt32(b[row + 3 * x + 2]) << 16 | UInt32(b[row + 3 * x + 1]) << 8
          | UInt32(b[row + 3 * x])
      }
    }
    return (w, h, pixels)
  }
}

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
      try Data(SnapshotBMP.encode(canvas)).write(to: url, options: .atomic)
      return
    }
    let data = try #require(FileManager.default.contents(atPath: url.path),
                            "no snapshot \(url.path): record with SIGMOID_RECORD_SNAPSHOTS=1")
    let (w, h, expected) = try #require(SnapshotBMP.decode([UInt8](data)))
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

  /// The encoder and decoder the snapshots go through agree (so a mismatch is the scene's).
  @Test func bmpRoundTrips() throws {
    let canvas = SceneFixture.render(.standard, width: 33, height: 21).0
    let (w, h, pixels) = try #require(SnapshotBMP.decode(SnapshotBMP.encode(canvas)))
    #expect(w == 33 && h == 21 && pixels == canvas.pixels.map { $0 & 0xFF_FFFF })
  }
}
