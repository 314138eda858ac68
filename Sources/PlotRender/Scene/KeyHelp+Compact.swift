// The key help's short forms, for windows too small for the full table at a legible size
// (320x240 and below): one key per binding and a word or two for what it does, plus the
// line that says how to close the overlay. Kept apart from KeyHelp.entries, keyed by the
// full text, so a binding added there without a short form here still shows, in full.

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

  /// Short forms of keys and actions, by their full text.
  static let shortKeys: [String: String] = [
    "R, Home, double-click": "R", "Click a legend entry": "Click legend",
    "Backspace, Alt+Left": "Bksp", "H, F1": "H", "S, F12": "S", "Q, Esc": "Q",
  ]
  static let shortActions: [String: String] = [
    "zoom about the pointer": "zoom", "zoom x only": "zoom x", "zoom y only": "zoom y",
    "reset the view": "reset", "zoom in / out": "zoom in/out",
    "show or hide S / S' / S''": "S / S' / S''", "hide or show that curve": "toggle curve",
    "hide that curve": "toggle curve", "story markers": "markers", "log y scale": "log y",
    "logit y scale": "logit y", "fit y to the visible curves": "fit y",
    "copy the probe readout": "copy readout", "previous view": "back", "next view": "forward",
    "this help": "help",
  ]

  /// Every entry in its short form: the short text where there is one, else the keys'
  /// first alternative ("A, B" gives "A") and the action as it is.
  public static var compactEntries: [Entry] {
    entries.map { e in
      let keys = shortKeys[e.keys]
        ?? e.keys.split(separator: ",").first.map(String.init) ?? e.keys
      return Entry(keys, shortActions[e.action] ?? e.action)
    }
  }
}
