import Testing
@testable import SigmoidViewer

@Suite struct FrameStatsTests {
  @Test func median() {
    #expect(FrameStats.median([]) == 0)
    #expect(FrameStats.median([3, 1, 2]) == 2)
    #expect(FrameStats.median([4, 1, 3, 2]) == 2.5)
  }

  @Test func summaryReportsCountMedianAndWorstInMilliseconds() {
    var stats = FrameStats()
    for ms in [2.0, 9.5, 3.0] {
      stats.record(FrameTiming(total: ms / 1000, render: ms / 2000, upload: 0.0001, present: 0.0002))
    }
    let line = stats.summary
    #expect(stats.frameCount == 3)
    #expect(line.contains("3 frames"))
    #expect(line.contains("median 3.00 worst 9.50"))
    #expect(line.contains("render 1.50/4.75"))
    #expect(line.contains("upload 0.10/0.10"))
    #expect(line.contains("present 0.20/0.20"))
    #expect(!line.contains("\n"))
  }
}
