import Testing
@testable import SigmoidViewer

@Suite struct FrameStatsTests {
  @Test func median() {
    #expect(FrameStats.median([]) == 0)
    #expect(FrameStats.median([3, 1, 2]) == 2)
    #expect(FrameStats.median([4, 1, 3, 2]) == 2.5)
  }

  @Test func summarySetsTheFirstFrameApartAndReportsMedianWorstAndOverBudget() {
    var stats = FrameStats()
    // The first frame (40 ms) is the cold one; the rest: 2, 17.5 (over 16.67), 3.
    for ms in [40.0, 2.0, 17.5, 3.0] {
      stats.record(FrameTiming(total: ms / 1000, render: ms / 2000, upload: 0.0001, present: 0.0002))
    }
    let line = stats.summary
    #expect(stats.frameCount == 4)
    #expect(line.contains("4 frames"))
    #expect(line.contains("first 40.00 ms"))
    #expect(line.contains("median 3.00 worst 17.50, 1 over 16.67"))
    #expect(line.contains("render 1.50/8.75"))
    #expect(line.contains("upload 0.10/0.10"))
    #expect(line.contains("present 0.20/0.20"))
    #expect(!line.contains("\n"))
  }

  @Test func aSingleFrameIsReportedAsItsOwnMedian() {
    var stats = FrameStats()
    stats.record(FrameTiming(total: 0.005, render: 0.001, upload: 0.001, present: 0.001))
    #expect(stats.summary.contains("first 5.00 ms; then frame ms median 5.00 worst 5.00, 0 over 16.67"))
  }

  /// The first frame's present time, to the microsecond, for Scripts/measure_startup.sh;
  /// later frames do not move it.
  @Test func theFirstPresentTimeIsReportedOnce() {
    var stats = FrameStats()
    #expect(!stats.summary.contains("presented at"))
    stats.record(FrameTiming(total: 0.03, render: 0.01, upload: 0.01, present: 0.01), presentedAt: 1234.0050004)
    stats.record(FrameTiming(total: 0.003, render: 0.001, upload: 0.001, present: 0.001), presentedAt: 1300)
    #expect(stats.summary.hasSuffix("; first presented at monotonic 1234.005000 s"), "\(stats.summary)")
    #expect(FrameStats.microseconds(7.25) == "7.250000")
  }
}
