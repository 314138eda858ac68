// The README's bindings table is the help overlay's table (KeyHelp), row for row, so the
// two cannot drift apart.

import Foundation
import PlotRender
import Testing

@Suite struct ReadmeBindingsTests {
  /// README.md at the package root, found from this file's path (Tests/SigmoidViewerTests/).
  static let readme = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("README.md")

  @Test func theReadmeListsEveryBindingInTheOverlaysOrder() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    let header = try #require(lines.firstIndex(of: "| keys and mouse | action |"), "no bindings table in README.md")
    let rows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }
    let want = KeyHelp.entries.map { "| \($0.keys) | \($0.action) |" }
    #expect(Array(rows) == want, "README.md's table should be KeyHelp.entries, in order")
  }
}
