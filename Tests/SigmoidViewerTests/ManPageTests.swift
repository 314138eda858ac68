// Tests of Sources/SigmoidViewer/ManPage.swift: roff specials escaped, every option and
// binding on the page, and groff finds nothing to warn about.

import Foundation
import TestSupport
import Testing
@testable import SigmoidViewer
import ViewerModel

@Suite struct ManPageTests {
  @Test func escapesRoffSpecials() {
    #expect(ManPage.escaped(".SH not a request") == "\\&.SH not a request")
    #expect(ManPage.escaped("'br not a request") == "\\&'br not a request")
    #expect(ManPage.escaped("a-b") == "a\\-b")
    #expect(ManPage.escaped("C:\\dir") == "C:\\edir")
    #expect(ManPage.escaped("1 − 2") == "1 \\[u2212] 2")
    #expect(ManPage.escaped("a\nb") == "a b")
    #expect(ManPage.escaped("S' mid-line") == "S' mid\\-line")
  }

  @Test func everyLineIsAKnownRequestOrText() {
    let requests: Set = [".TH", ".SH", ".SS", ".TP", ".PP", ".B", ".br", ".nh"]
    for line in ManPage.roff.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      #expect(!line.isEmpty, "an empty line is a blank line in roff")
      #expect(!line.hasPrefix(" "), "a leading space breaks the line: \(line)")
      #expect(!line.hasPrefix("'"), "\(line)")
      if line.hasPrefix(".") {
        #expect(requests.contains(String(line.prefix { $0 != " " })), "\(line)")
      }
      #expect(line.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }, "\(line)")
    }
  }

  @Test func listsEveryOptionBindingAndVariable() {
    let page = ManPage.roff
    for option in WindowOptions.parser.options + RenderCommand.parser.options
      + SampleCommand.parser.options + HelpText.informationOptions {
      #expect(page.contains("\\fB\(ManPage.escaped(option.name))\\fR"), "\(option.name)")
      #expect(page.contains(ManPage.escaped(HelpText.optionDescription(option))), "\(option.name)")
    }
    for row in BindingTable.rows {
      #expect(page.contains(".TP\n\\fB\(ManPage.escaped(row.keys))\\fR\n\(ManPage.escaped(row.help))\n"), "\(row.keys)")
    }
    for variable in HelpText.environment {
      #expect(page.contains("\\fB\(ManPage.escaped(variable.name))\\fR"))
    }
    #expect(page.contains(ProgramVersion.current))
  }

  /// groff with every warning on, as the ctest on the installed page does.
  @Test func groffHasNoWarnings() throws {
    let groff = "/usr/bin/groff"
    try #require(FileManager.default.isExecutableFile(atPath: groff),
                 "groff is needed (Debian: groff-base)")
    let page = FileManager.default.temporaryDirectory.appendingPathComponent("sigmoid-viewer-\(UUID()).1")
    try Data(ManPage.roff.utf8).write(to: page)
    defer { try? FileManager.default.removeItem(at: page) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: groff)
    process.arguments = ["-man", "-ww", "-z", page.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(said.isEmpty, "groff: \(said)")
  }

  @Test func theBinaryPrintsThePage() throws {
    let result = try ExecutableRunner.run(["man"])
    #expect(result.status == 0)
    #expect(result.stdout == ManPage.roff)
  }
}
