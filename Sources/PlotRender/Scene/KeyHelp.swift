// Every binding of the viewer window, as one table: the help overlay (H, F1) draws it and
// the README lists the same rows, so the two cannot drift apart. The window's InputMap is
// what implements them; this is only their description.

/// The key and pointer bindings, for people.
public enum KeyHelp {
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
  public static let title = "Keys and mouse"

  /// Every binding, in the order the overlay and the README show them.
  public static let entries: [Entry] = [
    Entry("Wheel", "zoom about the pointer"),
    Entry("Shift+Wheel", "zoom x only"),
    Entry("Ctrl+Wheel", "zoom y only"),
    Entry("Left drag", "pan"),
    Entry("Right drag", "box zoom"),
    Entry("R, Home, double-click", "reset the view"),
    Entry("+ / -", "zoom in / out"),
    Entry("Arrows", "pan"),
    Entry("1 / 2 / 3", "show or hide S / S' / S''"),
    Entry("Click a legend entry", "hide or show that curve"),
    Entry("M", "story markers"),
    Entry("G", "grid"),
    Entry("L", "log y scale"),
    Entry("K", "logit y scale"),
    Entry("A", "fit y to the visible curves"),
    Entry("C", "copy the probe readout"),
    Entry("Backspace, Alt+Left", "previous view"),
    Entry("Alt+Right", "next view"),
    Entry("F", "fullscreen"),
    Entry("H, F1", "this help"),
    Entry("S, F12", "screenshot"),
    Entry("Esc", "close help, box zoom, fullscreen; else quit"),
    Entry("Q", "quit"),
  ]
}
