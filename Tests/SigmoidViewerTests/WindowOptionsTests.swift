import Testing
@testable import SigmoidViewer

@Suite struct WindowOptionsTests {
  func parse(_ args: String...) throws -> WindowOptions { try WindowOptions.parse(args) }

  func expectUsageError(_ args: [String], mentioning word: String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    let error = #expect(throws: UsageError.self, sourceLocation: sourceLocation) {
      try WindowOptions.parse(args)
    }
    #expect(error?.message.contains(word) == true, "\(String(describing: error))",
            sourceLocation: sourceLocation)
    #expect(error?.message.contains("\n") == false, sourceLocation: sourceLocation)
  }

  @Test func noArgumentsGiveTheDefaults() throws {
    let o = try parse()
    #expect(o.view.width == 960 && o.view.height == 640)
    #expect(o.view.xRange == nil && o.view.yRange == nil && o.view.fontPath == nil)
    #expect(o.screenshotDirectory == "" && !o.stats)
  }

  @Test func everyOption() throws {
    let o = try parse("--size", "1280x800", "--x-range", "-2:3.5", "--y-range=-1e-3:1",
                      "--screenshot-dir", "/tmp/shots", "--font", "/f.ttf", "--stats")
    #expect(o.view.width == 1280 && o.view.height == 800)
    #expect(o.view.xRange == -2...3.5)
    #expect(o.view.yRange == -0.001...1)
    #expect(o.screenshotDirectory == "/tmp/shots")
    #expect(o.view.fontPath == "/f.ttf")
    #expect(o.stats)
  }

  @Test func usageErrors() {
    expectUsageError(["--size", "12"], mentioning: "--size must be WxH")
    expectUsageError(["--size", "0x100"], mentioning: "--size")
    expectUsageError(["--size", "16385x100"], mentioning: "16384")
    expectUsageError(["--size", "800x-600"], mentioning: "--size")
    expectUsageError(["--x-range", "3:1"], mentioning: "A < B")
    expectUsageError(["--x-range", "1:1"], mentioning: "A < B")
    expectUsageError(["--y-range", "nan:1"], mentioning: "finite")
    expectUsageError(["--y-range", "0:inf"], mentioning: "finite")
    expectUsageError(["--x-range", "1"], mentioning: "A:B")
    expectUsageError(["--x-range"], mentioning: "needs a value")
    expectUsageError(["--bogus"], mentioning: "unknown option --bogus")
    expectUsageError(["--stats=yes"], mentioning: "no value")
    expectUsageError(["--stats", "--stats"], mentioning: "twice")
    expectUsageError(["--stats", "extra"], mentioning: "unexpected argument \"extra\"")
    expectUsageError(["--screenshot-dir="], mentioning: "directory")
    expectUsageError(["--scale", "2"], mentioning: "unknown option --scale")
  }

  @Test func usageErrorsExitWithStatus2BeforeAnyWindowOpens() {
    #expect(CommandLineTool.run(["--size", "oops"]) == 2)
  }
}
