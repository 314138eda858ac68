// What the key help overlay (H, F1) lists: the bindings, as text for people. The scene
// only draws it; the viewer's table of bindings (ViewerModel's BindingTable) fills it
// from the same rows that drive the input map, so the overlay cannot drift from the keys.

/// The help overlay's content: the full table, its short forms and the lines around them.
public struct KeyHelp: Hashable, Sendable {
  /// One binding: the keys or pointer action, and what it does.
  public struct Entry: Hashable, Sendable {
    public var keys: String
    public var action: String

    public init(_ keys: String, _ action: String) {
      self.keys = keys
      self.action = action
    }
  }

  /// The overlay's heading.
  public var title: String
  /// Every binding, in the order the overlay shows them.
  public var entries: [Entry]
  /// The same bindings in short forms (one key, a word or two), for windows too small for
  /// the full table at a legible size (320x240 and below); as many as ``entries``.
  public var compactEntries: [Entry]
  /// The overlay's last line: how to close it.
  public var closeHint: String
  /// The same, under the short table.
  public var compactCloseHint: String
  /// What the overlay says instead of a table when not even the short one fits at a
  /// legible size: longer first, then shorter; each an array of lines.
  public var tooSmall: [[String]]

  /// Help with `entries` (short forms: the same entries unless given). With no arguments:
  /// a heading and nothing else, what a scene shows until its owner gives it the bindings.
  public init(title: String = "Keys and mouse", entries: [Entry] = [],
              compactEntries: [Entry]? = nil, closeHint: String = "",
              compactCloseHint: String? = nil, tooSmall: [[String]] = []) {
    self.title = title
    self.entries = entries
    self.compactEntries = compactEntries ?? entries
    self.closeHint = closeHint
    self.compactCloseHint = compactCloseHint ?? closeHint
    self.tooSmall = tooSmall
  }
}
