// `sigmoid-viewer sample` end to end: the built binary's CSV parses back bit for bit to
// the library's values. Its bad invocations (status 2, one line) are rows of
// CommandLineTableTests; parsing in process is SampleCommandTests'.

import Foundation
import PlotCore
import TestSupport
import Testing

@Suite struct SampleCommandEndToEndTests {
  @Test(arguments: [(-10.0, 10.0, 201), (-745.5, 745.5, 2), (-1e-300, 1e-300, 5),
                    (-.greatestFiniteMagnitude, .greatestFiniteMagnitude, 9), (0.1, 0.3, 3)])
  func sampleOutputParsesBackBitForBit(_ a: Double, _ b: Double, _ n: Int) throws {
    let result = try ExecutableRunner.run(
      ["sample", "--from", a.description, "--to", b.description, "--count", String(n)])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let allLines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(allLines.first == "x,sigmoid,derivative,second_derivative")
    #expect(allLines.last == "")  // the output ends with a newline
    let lines = allLines.dropFirst().dropLast()
    try #require(lines.count == n)
    var xs: [Double] = []
    for line in lines {
      let fields = line.split(separator: ",").map { Double(String($0)) }
      try #require(fields.count == 4 && fields.allSatisfy { $0 != nil }, "unparsable: \(line)")
      let x = fields[0]!
      xs.append(x)
      let want = [x, sigmoid(x), sigmoidDerivative(x), sigmoidSecondDerivative(x)]
      #expect(fields.map { $0!.bitPattern } == want.map(\.bitPattern), "row \(line)")
    }
    #expect(xs.first?.bitPattern == a.bitPattern && xs.last?.bitPattern == b.bitPattern)
  }
}
