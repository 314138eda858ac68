// Every way reading a TrueType font can fail, as a value with a message a user can act on.
// Locating a font file on the system has its own error, FontLocatorError.

/// Why a font file could not be used, or why one glyph in it could not be read.
///
/// Messages name the table and what was wrong with it, so a bug report can say which
/// file is damaged and where; callers add the file path (see ``FontLocatorError``).
public enum FontError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file does not start with a TrueType signature; `detail` says what it starts with.
  case notTrueType(detail: String)
  /// A well-formed font in a flavour this reader does not handle (CFF outlines, collections).
  case unsupported(String)
  /// A required table is absent.
  case missingTable(String)
  /// A table's bytes contradict themselves or point outside the file.
  case damaged(table: String, detail: String)

  public var description: String {
    switch self {
    case .notTrueType(let detail):
      return "not a TrueType font (\(detail))"
    case .unsupported(let what):
      return "unsupported font: \(what)"
    case .missingTable(let tag):
      return "font file is damaged or incomplete: required table '\(tag)' is missing"
    case .damaged(let table, let detail):
      return "font file is damaged: table '\(table)' \(detail)"
    }
  }
}
