// The key help's short forms, for windows too small for the full table at a legible size
// (320x240 and below): one key per binding and a word or two for what it does, plus the
// line that says how to close the overlay. The short forms live in KeyHelp.entries' own
// rows, so the compact table always has every binding.

extension KeyHelp {
  /// The overlay's last line: how to close it (Esc closes the overlay before it quits).
  public static let closeHint = "Esc or H / F1 closes this help"
  /// The same, when the short table is shown.
  public static let compactCloseHint = "Esc or H: close"
  /// What the overlay says instead of the table when not even the short table fits at a
  /// legible size: longer first, then shorter; each an array of lines.
  public static let tooSmall = [
    ["Window too small for the key help:", "enlarge it. Esc or H closes this."],
    ["Too small for help", "Esc or H: close"],
    ["Esc: close"],
  ]

  /// Every entry in its short form (``Entry/shortKeys``, ``Entry/shortAction``).
  public static var compactEntries: [Entry] {
    entries.map { Entry($0.shortKeys, $0.shortAction) }
  }
}
