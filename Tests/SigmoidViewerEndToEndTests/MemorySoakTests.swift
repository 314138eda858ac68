// Nothing leaks per frame: 10,000 frames of a changing view (zooming in and out, panning,
// resizing) must leave resident memory where 1,000 frames left it. The frames are drawn by
// `sigmoid-benchmark memory N` in a process of its own, so suites running in parallel here
// cannot blur the reading. Leaks below the bound are valgrind's to find (README, Developing).

import Foundation
import TestSupport
import Testing

@Suite struct MemorySoakTests {
  /// 10,000 frames in the full run (`.ci/test` sets SIGMOID_E2E=1), 3,000 otherwise;
  /// SIGMOID_MEMORY_FRAMES=N overrides.
  static let frames = ProcessInfo.processInfo.environment["SIGMOID_MEMORY_FRAMES"]
    .flatMap { Int($0) }
    ?? (ProcessInfo.processInfo.environment["SIGMOID_E2E"] == "1" ? 10_000 : 3_000)
  /// Allowed RSS growth after the warm-up. A per-frame leak of one 240×160 canvas
  /// (150 kB) would grow by 1.3 GB, of one sampled curve (~2 kB) by 18 MB.
  static let allowedGrowthKB = 4 << 10

  @Test func residentMemoryStaysFlatOverThousandsOfFrames() throws {
    let result = try ExecutableRunner.run(["memory", "\(Self.frames)"],
                                          product: "sigmoid-benchmark")
    #expect(result.status == 0, "\(result.stderr)")
    // "memory: frames=N rss_after_warmup_kB=A rss_at_end_kB=B"
    var fields: [String: Int] = [:]
    for part in result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let pair = part.split(separator: "=")
      if pair.count == 2, let value = Int(pair[1]) { fields[String(pair[0])] = value }
    }
    let warm = try #require(fields["rss_after_warmup_kB"], "\(result.stdout)")
    let end = try #require(fields["rss_at_end_kB"], "\(result.stdout)")
    print(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
      + " growth_kB=\(end - warm)")
    #expect(warm > 0 && end > 0, "no /proc/self/statm reading")
    #expect(end - warm < Self.allowedGrowthKB, "RSS grew by \(end - warm) kB over the frames")
  }
}
