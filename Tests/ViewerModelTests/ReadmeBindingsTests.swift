// The README's bindings table is the bindings table (BindingTable.rows), row for row: the
// rows that drive the input map and the help overlay, so none of the three can drift.

import Foundation
import ViewerModel
import Testing

@Suite struct ReadmeBindingsTests {
  /// README.md at the package root, found from this file's path (Tests/ViewerModelTests/).
  static let readme = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("README.md")

  @Test func theReadmeListsEveryBindingInTheOverlaysOrder() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    let header = try #require(lines.firstIndex(of: "| keys and mouse | action |"), "no bindings table in README.md")
    let rows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }
    let want = BindingTable.rows.map { "| \($0.keys) | \($0.help) |" }
    #expect(Array(rows) == want, "README.md's table should be BindingTable.rows, in order")
  }
}
