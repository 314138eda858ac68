// Tests of Sources/SigmoidViewer/SampleInput.swift and HexFloat.swift: `sample --at` reads
// every form a user types and refuses a bad line by its number before any row; `--hex`
// writes each double so that it reads back bit for bit.

import Foundation
import PlotCore
import Testing
@testable import SigmoidViewer

@Suite struct SampleInputTests {
  func parse(_ text: String) throws(UsageError) -> [Double] {
    try SampleInput.parse(Array(text.utf8), source: "t")
  }

  @Test func readsDecimalHexBlanksAndComments() throws {
    let text = "# x values\n0.5\n\n  -1e-300\t\n0x1.8p+3\r\n# more\n   # indented comment\n5e-324"
    #expect(try parse(text) == [0.5, -1e-300, 12, Double.leastNonzeroMagnitude])
    #expect(try parse("1\n2\n") == [1, 2], "a final newline is no extra line")
  }

  @Test(arguments: [("1\nzero\n3", 2), ("1\n2\ninf", 3), ("nan", 1), ("1e999", 1),
                    ("0.5 0.6", 1), ("1,5", 1), ("\n\n\u{2212}1", 3)])
  func aBadLineIsNamedByItsNumber(_ bad: (text: String, line: Int)) {
    #expect {
      _ = try parse(bad.text)
    } throws: { error in
      guard let usage = error as? UsageError else { return false }
      return usage.message.contains("line \(bad.line):") && !usage.message.contains("\n")
    }
  }

  @Test func anInputWithNoValuesIsRefused() {
    #expect(throws: UsageError.self) { try parse("") }
    #expect(throws: UsageError.self) { try parse("# only a comment\n\n") }
  }

  @Test func atCannotBeMixedWithARange() throws {
    let file = try temporaryFile("1\n2\n")
    #expect(throws: UsageError.self) {
      try SampleCommand(arguments: ["--at", file, "--count", "3"])
    }
    let command = try SampleCommand(arguments: ["--at", file, "--hex"])
    #expect(command.count == 2 && command.x(at: 1) == 2 && command.hex)
  }

  @Test func aMissingFileIsOneLine() {
    #expect {
      _ = try SampleCommand(arguments: ["--at", "/nonexistent/x.txt"])
    } throws: { error in
      (error as? UsageError).map { $0.message.contains("cannot be read") } ?? false
    }
  }

  @Test func hexTextReadsBackBitForBit() {
    var state: UInt64 = 0x5EED_0F_8EC5  // seeded: a failure replays
    var values: [Double] = [0.75, -0.0, 0, 1, -2, .leastNonzeroMagnitude, .leastNormalMagnitude,
                            .greatestFiniteMagnitude, Double.leastNormalMagnitude.nextDown, 0.1]
    for _ in 0..<2000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let v = Double(bitPattern: state ^ (state >> 29))
      if v.isFinite { values.append(v) }
    }
    for v in values {
      let text = HexFloat.text(v)
      #expect(Double(text)?.bitPattern == v.bitPattern, "\(v): \(text)")
    }
    #expect(HexFloat.text(0.75) == "0x1.8p-1")
    #expect(HexFloat.text(-12) == "-0x1.8p+3")
    #expect(HexFloat.text(.leastNonzeroMagnitude) == "0x0.0000000000001p-1022")
    #expect(HexFloat.text(-0.0) == "-0x0p+0")
  }

  private func temporaryFile(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "sample-at-\(UUID().uuidString).txt"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }
}
