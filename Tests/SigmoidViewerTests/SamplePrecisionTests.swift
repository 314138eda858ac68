// Tests of `sample --format F --formula NAME` (Sources/SigmoidViewer/SampleCommand+
// Precision.swift) and `thresholds` (ThresholdsCommand.swift): the header, the columns
// against the library, the unchanged output without --format, bad names as usage errors.

import PlotCore
import Testing
@testable import SigmoidViewer

@Suite struct SamplePrecisionTests {
  func csv(_ arguments: [String]) throws -> [Substring] {
    var chunks: [[UInt8]] = []
    var output = ChunkedOutput(chunkSize: 64) { chunks.append($0) }
    try SampleCommand(arguments: arguments).run(writingTo: &output)
    return String(decoding: chunks.joined(), as: UTF8.self).split(separator: "\n")
  }

  @Test func headerAndColumnsAreTheFormats() throws {
    let lines = try csv(["--format", "float16", "--formula", "textbook", "--from", "7", "--to", "9",
                         "--count", "9"])
    #expect(lines.first.map(String.init) == "x,x_in_format,value,derivative,second_derivative,exact_value,"
      + "exact_derivative,exact_second_derivative,ulps_value,ulps_derivative,ulps_second_derivative")
    let lab = try PrecisionFormula(.labDefault, format: .float16, kind: .textbook)
    for line in lines.dropFirst() {
      let f = line.split(separator: ",").map(String.init)
      try #require(f.count == 11)
      let x = Double(f[0])!, xf = NumberFormat.float16.rounded(x)
      #expect(Double(f[1]) == xf)
      let got = lab.computed(at: x), exact = lab.exact(atFormatValue: xf)
      let read = { (i: Int) in NumberFormat.float16.rounded(Double(f[i])!) }
      #expect(read(2) == got.value && read(3) == got.derivative && read(4) == got.secondDerivative)
      #expect(read(5) == exact.value && read(6) == exact.derivative)
      let truth = lab.trueValues(atFormatValue: xf)
      #expect(f[9] == SampleCommand.ulpsText(lab.ulps(got.derivative, truth: truth.derivative)))
    }
    // From x = 7.625 on the textbook S is 1 and s(1 − s) is 0: thousands of ulps off.
    #expect(lines[4].hasPrefix("7.75,7.75,1.0,0.0,"))
    #expect(Double(lines[4].split(separator: ",")[9])! > 1000)
  }

  @Test func exactFormulaIsWithinHalfAnUlp() throws {
    let lines = try csv(["--format", "bfloat16", "--formula", "exact", "--function", "gelu",
                         "--from", "-6", "--to", "6", "--count", "101"])
    for line in lines.dropFirst() {
      let ulps = line.split(separator: ",").suffix(3).compactMap { Double(String($0)) }
      #expect(ulps.count == 3 && ulps.allSatisfy { $0 <= 0.5 }, "\(line)")
    }
  }

  @Test func withoutFormatTheOutputIsUnchanged() throws {
    let lines = try csv(["--from", "0", "--to", "1", "--count", "2"])
    #expect(lines.first == "x,sigmoid,derivative,second_derivative")
  }

  @Test(arguments: [
    (["--format", "float12"], "the formats are float64, float32"),
    (["--format", "float16", "--formula", "clever"], "the formulas are textbook, stable, exact"),
    (["--format", "float16", "--formula", "stable", "--function", "relu"], "relu has no stable formula"),
    (["--formula", "exact"], "needs --format"),
  ])
  func badNamesAreOneUsageLine(_ extra: [String], _ mentions: String) {
    #expect {
      _ = try SampleCommand(arguments: extra + ["--from", "0", "--to", "1", "--count", "2"])
    } throws: { error in
      let message = (error as? UsageError)?.message ?? ""
      return message.contains(mentions) && !message.contains("\n")
    }
  }

  @Test func thresholdsTableQuotesTheIssuesFigures() throws {
    let table = try ThresholdsCommand(arguments: []).table()
    for (format, figure) in [("float16", "7.6246"), ("bfloat16", "5.5452"), ("float32", "16.6355"),
                             ("float64", "36.7368"), ("float16", "8.3175"), ("float64", "37.4299")] {
      #expect(table.split(separator: "\n").contains { $0.hasPrefix(format + " ") && $0.contains(" \(figure) ") },
              "\(format) \(figure)")
    }
    #expect(throws: UsageError.self) { _ = try ThresholdsCommand(arguments: ["--formula", "stable", "--function", "relu"].map { Argument($0) }) }
  }
}
