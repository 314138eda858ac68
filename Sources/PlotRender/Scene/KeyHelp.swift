// Every binding of the viewer window, as one table: the help overlay (H, F1) draws it and
// the README lists the same rows, so the two cannot drift apart. The window's InputMap is
// what implements them; this is only their description.

/// The key and pointer bindings, for people.
public enum KeyHelp {
  /// One binding: the keys or pointer action, and what it does; with the short forms the
  /// compact table (small windows) shows, kept in the same row so no binding can be added
  /// without one.
  public struct Entry: Hashable, Sendable {
    public var keys: String
    public var action: String
    /// The keys in the compact table: by default the first alternative ("A, B" gives "A").
    public var shortKeys: String
    /// The action in the compact table: by default the action as it is.
    public var shortAction: String

    public init(_ keys: String, _ action: String, short: (keys: String?, action: String?) = (nil, nil)) {
      self.keys = keys
      self.action = action
      shortKeys = short.keys ?? keys.split(separator: ",").first.map(String.init) ?? keys
      shortAction = short.action ?? action
    }
  }

  /// The overlay's heading.
  public static let title = "Keys and mouse"

  /// Every binding, in the order the overlay and the README show them.
  public static let entries: [Entry] = [
    Entry("Wheel", "zoom about the pointer", short: (nil, "zoom")),
    Entry("Shift+Wheel", "zoom x only", short: (nil, "zoom x")),
    Entry("Ctrl+Wheel", "zoom y only", short: (nil, "zoom y")),
    Entry("Left drag", "pan"),
    Entry("Right drag", "box zoom"),
    Entry("R, Home, double-click", "reset the view", short: ("R", "reset")),
    Entry("+ / -", "zoom in / out", short: (nil, "zoom in/out")),
    Entry("Arrows", "pan"),
    Entry("1 / 2 / 3", "show or hide S / S' / S''", short: (nil, "S / S' / S''")),
    Entry("Click a legend entry", "hide or show that curve", short: ("Click legend", "toggle curve")),
    Entry("M", "story markers", short: (nil, "markers")),
    Entry("G", "grid"),
    Entry("L", "log y scale", short: (nil, "log y")),
    Entry("K", "logit y scale", short: (nil, "logit y")),
    Entry("A", "fit y to the visible curves", short: (nil, "fit y")),
    Entry("C", "copy the probe readout", short: (nil, "copy readout")),
    Entry("Backspace, Alt+Left", "previous view", short: ("Bksp", "back")),
    Entry("Alt+Right", "next view", short: (nil, "forward")),
    Entry("F", "fullscreen"),
    Entry("H, F1", "this help", short: (nil, "help")),
    Entry("S, F12", "screenshot"),
    Entry("Esc", "close help, box zoom, fullscreen; else quit", short: (nil, "close, else quit")),
    Entry("Q", "quit"),
  ]
}
