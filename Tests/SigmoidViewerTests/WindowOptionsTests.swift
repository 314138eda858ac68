import Testing
@testable import SigmoidViewer

@Suite struct WindowOptionsTests {
  func parse(_ args: String...) throws -> WindowOptions { try WindowOptions.parse(args) }

  func expectUsageError(_ args: [String], mentioning word: String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    let error = #expect(throws: WindowOptions.ParseError.self, sourceLocation: sourceLocation) {
      try WindowOptions.parse(args)
    }
    #expect(error?.message.contains(word) == true, "\(String(describing: error))", sourceLocation: sourceLocation)
    #expect(error?.message.contains("\n") == false, sourceLocation: sourceLocation)
  }

  @Test func noArgumentsGiveTheDefaults() throws {
    #expect(try parse() == WindowOptions())
  }

  @Test func everyOption() throws {
    let o = try parse("--size", "1280x800", "--x-range", "-2:3.5", "--y-range=-1e-3:1",
                      "--screenshot-dir", "/tmp/shots", "--font", "/f.ttf", "--stats")
    #expect(o.width == 1280 && o.height == 800)
    #expect(o.xRange == -2...3.5)
    #expect(o.yRange == -0.001...1)
    #expect(o.screenshotDirectory == "/tmp/shots")
    #expect(o.fontPath == "/f.ttf")
    #expect(o.stats)
  }

  @Test func usageErrors() {
    expectUsageError(["--size", "12"], mentioning: "WxH")
    expectUsageError(["--size", "100x100"], mentioning: "160")
    expectUsageError(["--size", "800x-600"], mentioning: "160")
    expectUsageError(["--size", "800xabc"], mentioning: "WxH")
    expectUsageError(["--x-range", "3:1"], mentioning: "less than")
    expectUsageError(["--x-range", "1:1"], mentioning: "less than")
    expectUsageError(["--y-range", "nan:1"], mentioning: "finite")
    expectUsageError(["--y-range", "0:inf"], mentioning: "finite")
    expectUsageError(["--x-range", "1"], mentioning: "A:B")
    expectUsageError(["--x-range"], mentioning: "needs a value")
    expectUsageError(["--bogus"], mentioning: "unknown option --bogus")
    expectUsageError(["--stats=yes"], mentioning: "no value")
    expectUsageError(["--stats", "--stats"], mentioning: "more than once")
    expectUsageError(["--stats", "extra"], mentioning: "unexpected argument 'extra'")
    expectUsageError(["--screenshot-dir="], mentioning: "directory")
  }

  @Test func usageErrorsExitWithStatus2BeforeAnyWindowOpens() {
    #expect(CommandLineTool.run(["--size", "oops"]) == 2)
  }
}
