// The font every test draws with: DejaVu Sans committed under Tests/Fonts (with its
// licence), not the system's, so golden images and pixel comparisons do not change when
// Debian updates fonts-dejavu. The program under test still finds the system font itself;
// tests that compare its output with an in-process model pass this file with --font.

import Foundation

public enum TestFont {
  /// Tests/Fonts/DejaVuSans.ttf in this checkout, found from this source file's path.
  public static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fonts/DejaVuSans.ttf").path

  /// The file's bytes, read once per test process.
  public static let bytes: [UInt8] = {
    guard let data = FileManager.default.contents(atPath: path) else {
      fatalError("\(path) is missing: the tests' font is committed there")
    }
    return [UInt8](data)
  }()
}
