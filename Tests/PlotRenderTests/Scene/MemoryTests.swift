// Nothing leaks per frame: 10,000 frames of a changing view (zooming in and out, panning,
// resizing between two sizes) must leave resident memory where 1,000 frames left it.
// Reads RSS from /proc/self/statm. Leaks smaller than the bound are valgrind's to find
// (see README, "Developing").

import Foundation
import Testing
import PlotCore
@testable import PlotRender

@Suite(.serialized) struct MemoryTests {
  /// Frames before the first reading, and in all: 10,000 in the full run (`.ci/test` sets
  /// SIGMOID_E2E=1; about 30 s of CPU in a debug build), 4,000 otherwise;
  /// SIGMOID_MEMORY_FRAMES=N overrides.
  static let warmUp = 1_000
  static let total = ProcessInfo.processInfo.environment["SIGMOID_MEMORY_FRAMES"]
    .flatMap { Int($0) }
    ?? (ProcessInfo.processInfo.environment["SIGMOID_E2E"] == "1" ? 10_000 : 4_000)
  /// Allowed RSS growth from frame 1,000 to the end. A per-frame leak of one 240×160
  /// canvas (150 kB) would grow by 1.3 GB, of one sampled curve (~2 kB) by 18 MB; other
  /// suites running in parallel in this process can add a few MB of their own.
  static let allowedGrowth = 12 << 20

  /// Resident set size of this process in bytes (statm's second field is in pages).
  static func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
  }

  /// The input of frame `i`: 60 notches in about a point on the sigmoid, 60 out, with a
  /// pan and a resize now and then, so ticks, labels, glyphs and curve buffers change.
  static func input(frame i: Int, anchor: Point) -> ViewerInput {
    switch i % 150 {
    case 0..<60: return .wheel(notches: 1, at: anchor, axes: .both)
    case 60..<120: return .wheel(notches: -1, at: anchor, axes: .both)
    case 120..<140: return .panStep(dx: i % 2 == 0 ? 0.3 : -0.3, dy: 0.05)
    case 140: return .resized(width: 260, height: 170, scale: 1)
    case 145: return .resized(width: 240, height: 160, scale: 1)
    default: return .zoomStep(i % 2 == 0 ? 3 : -3)
    }
  }

  @Test func residentMemoryStaysFlatOverThousandsOfFrames() {
    var state = ViewerState(width: 240, height: 160)
    var scene = PlotScene(font: TestFonts.dejaVu)
    var canvas = Canvas(width: 240, height: 160)
    _ = state.setMargins(scene.margins(for: SceneFrame(viewport: state.viewport)))
    let anchor = Point(state.viewport.pixelX(forX: 0.5), state.viewport.pixelY(forY: sigmoid(0.5)))
    var afterWarmUp = 0
    for i in 0..<Self.total {
      if state.apply(Self.input(frame: i, anchor: anchor)),
        canvas.width != state.drawableWidth || canvas.height != state.drawableHeight {
        canvas = Canvas(width: state.drawableWidth, height: state.drawableHeight)
      }
      scene.render(SceneFrame(viewport: state.viewport, scale: state.scale), into: &canvas)
      if i + 1 == Self.warmUp { afterWarmUp = Self.residentBytes() }
    }
    let atEnd = Self.residentBytes()
    let growth = atEnd - afterWarmUp
    print("memory: RSS \(afterWarmUp >> 10) kB after \(Self.warmUp) frames, \(atEnd >> 10) kB after "
      + "\(Self.total): growth \(growth >> 10) kB")
    #expect(afterWarmUp > 0 && atEnd > 0, "no /proc/self/statm")
    #expect(growth < Self.allowedGrowth, "RSS grew by \(growth >> 10) kB over \(Self.total - Self.warmUp) frames")
  }
}
