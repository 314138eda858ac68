// Tests of Sources/SigmoidViewer/ProgramVersion.swift: the Swift constant and CMake's
// project(... VERSION) agree, and --version prints it.

import Foundation
import TestSupport
import Testing
@testable import SigmoidViewer

@Suite struct ProgramVersionTests {
  /// The version in CMakeLists.txt's project() line, read from the source tree.
  static func cmakeVersion() throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("CMakeLists.txt"), encoding: .utf8)
    let pattern = /project\(\s*SigmoidViewer\s+VERSION\s+([0-9]+\.[0-9]+\.[0-9]+)/
    let match = try #require(text.firstMatch(of: pattern), "no project(SigmoidViewer VERSION X.Y.Z) in CMakeLists.txt")
    return String(match.1)
  }

  @Test func agreesWithCMake() throws {
    #expect(ProgramVersion.current == (try Self.cmakeVersion()))
  }

  @Test func versionPrintsOneLineAndSucceeds() throws {
    for arguments in [["--version"], ["render", "--version"], ["sample", "--version"],
                      ["--size", "10x10", "--version"]] {
      let result = try ExecutableRunner.run(arguments)
      #expect(result.status == 0, "\(arguments)")
      #expect(result.stdout == "sigmoid-viewer \(try Self.cmakeVersion())\n", "\(arguments)")
      #expect(result.stderr.isEmpty, "\(arguments)")
    }
  }
}
