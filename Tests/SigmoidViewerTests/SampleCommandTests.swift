// Tests of Sources/SigmoidViewer/SampleCommand.swift in process: parsing and validation,
// sample positions, the CSV. The built binary's output is SampleCommandEndToEndTests'.

import Foundation
import PlotCore
import Testing
@testable import SigmoidViewer

/// A bad invocation and the option its one-line message must name.
struct BadInvocation: Sendable, CustomTestStringConvertible {
  var arguments: [String]
  var names: String
  var testDescription: String { arguments.joined(separator: " ") }
}

let badInvocations: [BadInvocation] = [
  .init(arguments: ["--to", "1", "--count", "3"], names: "--from"),  // missing
  .init(arguments: ["--from", "0", "--count", "3"], names: "--to"),
  .init(arguments: ["--from", "0", "--to", "1"], names: "--count"),
  .init(arguments: ["--from", "0", "--to", "1", "--count", "3", "--step", "2"], names: "--step"),
  .init(arguments: ["--from", "0", "--to", "1", "--count"], names: "--count"),  // no value
  .init(arguments: ["--from", "--to", "1", "--count", "3"], names: "--from"),
  .init(arguments: ["--from", "zero", "--to", "1", "--count", "3"], names: "--from"),
  .init(arguments: ["--from", "0", "--to", "1,5", "--count", "3"], names: "--to"),
  .init(arguments: ["--from", "0", "--to", "1", "--count", "3.5"], names: "--count"),
  .init(arguments: ["--from", "nan", "--to", "1", "--count", "3"], names: "--from"),
  .init(arguments: ["--from", "0", "--to", "inf", "--count", "3"], names: "--to"),
  .init(arguments: ["--from", "-infinity", "--to", "1", "--count", "3"], names: "--from"),
  .init(arguments: ["--from", "0", "--to", "1e999", "--count", "3"], names: "--to"),
  .init(arguments: ["--from", "0", "--to", "1", "--count", "1"], names: "--count"),
  .init(arguments: ["--from", "0", "--to", "1", "--count", "-4"], names: "--count"),
  .init(arguments: ["--from", "0", "--to", "1", "--count", "10000001"], names: "--count"),
  .init(arguments: ["--from", "2", "--to", "1", "--count", "3"], names: "--to"),  // A > B
  .init(arguments: ["--from", "1", "--to", "1", "--count", "3"], names: "--to"),  // A == B
  .init(arguments: ["--from", "0", "--from", "0", "--to", "1", "--count", "3"], names: "--from"),
  .init(arguments: ["--from", "0", "--to", "1", "--count", "3", "out.csv"], names: "out.csv"),
]

@Suite struct SampleCommandTests {
  // MARK: - Parsing and validation

  @Test func parsesTheThreeOptionsInAnyOrderAndBothSpellings() throws {
    let command = try SampleCommand(arguments: ["--count=5", "--to", "0x1p3", "--from", "-2.5"])
    #expect(command.from == -2.5 && command.to == 8 && command.count == 5)
  }

  @Test(arguments: badInvocations)
  func badInvocationNamesTheOption(_ bad: BadInvocation) {
    #expect {
      _ = try SampleCommand(arguments: bad.arguments)
    } throws: { error in
      guard let usage = error as? UsageError else { return false }
      return usage.message.contains(bad.names) && !usage.message.contains("\n")
    }
  }

  @Test func limitsAreInclusive() throws {
    _ = try SampleCommand(arguments: ["--from", "0", "--to", "1", "--count", "2"])
    _ = try SampleCommand(arguments: ["--from", "0", "--to", "1", "--count", "10000000"])
  }

  // MARK: - Sample positions

  @Test func endsAreExactAndNothingOverflowsWhenTheWidthDoes() {
    let ranges: [(Double, Double, Int)] = [
      (-10, 10, 7), (0.1, 0.7, 3), (-.greatestFiniteMagnitude, .greatestFiniteMagnitude, 1001),
      (.greatestFiniteMagnitude / 2, .greatestFiniteMagnitude, 10), (1, 1.nextUp, 5),
      // Subnormal ends (the double nearest -1e-320; 5e-324 is the least): written so,
      // since a decimal literal of a subnormal warns that it is inexact.
      (-Double("1e-320")!, .leastNonzeroMagnitude, 4),
    ]
    for (a, b, n) in ranges {
      let command = SampleCommand(from: a, to: b, count: n)
      let xs = (0..<n).map(command.x(at:))
      #expect(xs.first == a && xs.last == b, "\(a)...\(b)")
      #expect(xs.allSatisfy { $0.isFinite && $0 >= a && $0 <= b }, "\(a)...\(b): \(xs)")
    }
  }

  /// Each x within a couple of ulps of A + (B − A)·i/(N − 1), computed in exact-enough
  /// form here (the width fits in a double for these ranges).
  @Test func interiorPointsAreEvenlySpaced() {
    for (a, b, n) in [(-10.0, 10.0, 1001), (0.0, 1.0, 10), (-3.0, 1e-3, 77)] {
      let command = SampleCommand(from: a, to: b, count: n)
      for i in 0..<n {
        let want = a + (b - a) * (Double(i) / Double(n - 1))
        let tolerance = 2 * max(a.magnitude, b.magnitude).ulp
        #expect((command.x(at: i) - want).magnitude <= tolerance, "x[\(i)] of \(a)...\(b)")
      }
    }
  }

  @Test func runWritesHeaderAndRowsInChunks() throws {
    var chunks: [[UInt8]] = []
    var output = ChunkedOutput(chunkSize: 100) { chunks.append($0) }
    try SampleCommand(from: -1, to: 1, count: 50).run(writingTo: &output)
    let text = String(decoding: chunks.joined(), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "x,sigmoid,derivative,second_derivative")
    #expect(lines.count == 52 && lines.last == "")  // header, 50 rows, final newline
    #expect(chunks.count > 1)
    // CSV is for machines: ASCII minus signs (the tick labels' U+2212 stays on screen).
    #expect(text.contains("-") && text.unicodeScalars.allSatisfy(\.isASCII))
  }
}
