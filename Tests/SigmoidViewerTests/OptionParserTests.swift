// Tests of Sources/SigmoidViewer/OptionParser.swift: the grammar every command shares.

import Testing
@testable import SigmoidViewer

@Suite struct OptionParserTests {
  let parser = OptionParser(
    command: "render",
    options: [.value("--size", "WxH", accepts: "WxH", help: "size", default: "1x1"),
              .value("--scale", "S", accepts: "a number", help: "scale", default: "1"),
              .flag("--verbose", help: "talk")],
    positional: "OUT.bmp")

  @Test func valuesFlagsAndOnePositional() throws {
    let parsed = try parser.parse(["out.bmp", "--size", "640x480", "--verbose", "--scale=-2"])
    #expect(parsed.positional == "out.bmp")
    #expect(parsed.values == ["--size": "640x480", "--scale": "-2"])
    #expect(parsed.has("--verbose"))
    #expect(try parsed.required("--scale") { Double($0) } == -2)
    #expect(try parsed.optional("--size") { $0 } == "640x480")
  }

  @Test func negativeNumbersAreValuesAndDoubleDashEndsOptions() throws {
    let parsed = try parser.parse(["--scale", "-.5", "--", "--verbose"])
    #expect(parsed.values["--scale"] == "-.5")
    #expect(parsed.positional == "--verbose" && !parsed.has("--verbose"))
  }

  @Test(arguments: [
    (["--sise", "1x1"], "unknown option --sise"),
    (["--size", "1x1", "--size", "2x2"], "--size given twice"),
    (["--size"], "--size needs a value"),
    (["--size", "--verbose"], "--size needs a value"),
    (["--verbose=yes"], "--verbose is a flag"),
    (["a.bmp", "b.bmp"], "unexpected extra argument \"b.bmp\""),
    (["-v"], "unknown option -v"),
  ])
  func grammarErrorsSayWhat(_ arguments: [String], _ message: String) {
    #expect {
      _ = try parser.parse(arguments)
    } throws: { ($0 as? UsageError)?.message.contains(message) == true }
  }

  @Test func convertedValuesReportTheOptionAndWhatItAccepts() throws {
    let parsed = try parser.parse(["--scale", "big"])
    #expect(throws: UsageError("--scale must be a number; got \"big\"")) {
      _ = try parsed.required("--scale") { Double($0) }
    }
    #expect(throws: UsageError("missing --size: give WxH")) {
      _ = try parsed.required("--size") { $0 }
    }
  }
}
