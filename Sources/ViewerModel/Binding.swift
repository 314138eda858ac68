// The shape of one row of the bindings table (BindingTable.swift): what the user does
// (a trigger), what the viewer does then (an action), and how the help overlay and the
// README describe it. InputMap looks triggers up in the table; nothing else binds input.

import PlotCore

/// What the user does: a key with the modifiers it needs, the wheel with modifiers, or a
/// mouse gesture with a button.
public enum Trigger: Hashable, Sendable {
  /// A key press with `modifiers` held. Modifiers no row for this key names are ignored
  /// (Shift+A is A); held ones no row names exactly fall back to the plain key's row.
  case key(Key, KeyModifiers = [])
  /// The wheel turned with `modifiers` held, under the same rule as keys.
  case wheel(KeyModifiers = [])
  /// A press, moves and a release of `button` (the moves past ``PointerGestures/slop``
  /// for a button that also clicks).
  case drag(MouseButton)
  /// A press and release of `button` within ``PointerGestures/slop``.
  case click(MouseButton)
  /// The second press of a double click with `button`.
  case doubleClick(MouseButton)
  /// A click (as ``click(_:)``) with `modifiers` held.
  case modifiedClick(MouseButton, KeyModifiers)
}

/// What the viewer does for a trigger.
public enum BindingAction: Equatable, Sendable {
  /// Done once per press, as is (auto-repeat repeats only zooming and panning).
  case perform(WindowAction)
  /// Zoom about the pointer by the wheel's notches, on these axes.
  case zoomAboutPointer(ZoomAxes)
  /// A drag pans: the point grabbed at the press follows the pointer.
  case pan
  /// A drag spans a box the view zooms to at the release.
  case boxZoom
  /// The loop asks the model what is under the click (a legend entry toggles its curve).
  case clickAt
  /// The loop asks what is under a modified click (a legend entry's function becomes
  /// primary).
  case primaryAt

  /// Whether holding a key repeats it: only zooming and panning do; a held toggle would
  /// flicker, a held S would fill the disk.
  public var repeatsWhileHeld: Bool {
    switch self {
    case .perform(.input(.zoomStep)), .perform(.input(.panStep)): return true
    case .perform(.input(.parameter(.step))): return true
    default: return false
    }
  }
}

/// One row of the bindings table: its triggers with their actions, and its help texts.
public struct Binding: Sendable {
  /// One trigger and what it does.
  public struct Mapping: Equatable, Sendable {
    public var trigger: Trigger
    public var action: BindingAction
  }

  /// The keys and mouse column, as the help overlay and the README show it.
  public var keys: String
  /// What the row does, as the help overlay and the README show it.
  public var help: String
  /// Every trigger of the row ("+ / -": five keys, two actions).
  public var mappings: [Mapping]
  /// The short forms the help shows where the full table does not fit at a legible size
  /// (320x240 and below): by default the keys' first alternative ("A, B" gives "A") and
  /// the help as it is.
  public var shortKeys: String
  public var shortHelp: String
  /// Whether the row acts only while the slider panel is shown, before any other row for
  /// the same keys (the arrows step the selected parameter then); Binding+Sliders.swift.
  public var whileSlidersShown = false

  /// A row whose triggers all do one thing.
  public init(_ keys: String, _ help: String, short: (keys: String?, help: String?) = (nil, nil),
              _ triggers: [Trigger], _ action: BindingAction) {
    self.init(keys, help, short: short, triggers.map { Mapping(trigger: $0, action: action) })
  }

  /// A row of several actions, one mapping each.
  public init(_ keys: String, _ help: String, short: (keys: String?, help: String?) = (nil, nil),
              _ mappings: [(Trigger, BindingAction)]) {
    self.init(keys, help, short: short, mappings.map { Mapping(trigger: $0.0, action: $0.1) })
  }

  private init(_ keys: String, _ help: String, short: (keys: String?, help: String?),
               _ mappings: [Mapping]) {
    self.keys = keys
    self.help = help
    self.mappings = mappings
    shortKeys = short.keys ?? keys.split(separator: ",").first.map(String.init) ?? keys
    shortHelp = short.help ?? help
  }
}
