// The parameter panel's bindings, rows of the one bindings table (BindingTable.rows ends
// with them): O, [ ], Space and Shift+R always; the arrows, + / -, Home and End only
// while the panel is shown, where they act on the selected parameter instead of the view.

import PlotCore

extension BindingTable {
  /// Steps one arrow, + or - press moves the selected parameter: one step, Shift a
  /// tenth, Ctrl ten (GeoGebra's slider keys).
  static func stepMappings(_ keys: [Key], _ sign: Double) -> [(Trigger, BindingAction)] {
    keys.flatMap { key -> [(Trigger, BindingAction)] in
      [(.key(key), .perform(.input(.parameter(.step(sign))))),
       (.key(key, .shift), .perform(.input(.parameter(.step(sign * 0.1))))),
       (.key(key, .control), .perform(.input(.parameter(.step(sign * 10)))))]
    }
  }

  /// Three rows, so the compact help still fits 320x240.
  static let sliderRows: [Binding] = [
    Binding("O / [ / ]", "parameter sliders / previous / next parameter",
            short: ("O / [ ]", "sliders"), [
              (.key("o"), .perform(.input(.parameter(.togglePanel)))),
              (.key("["), .perform(.input(.parameter(.select(-1))))),
              (.key("]"), .perform(.input(.parameter(.select(1))))),
            ]),
    Binding("Space / Shift+R",
            "play or stop (any key stops) / reset parameters",
            short: ("Spc/Sh+R", "play / reset"), [
              (.key(" "), .perform(.input(.parameter(.togglePlay)))),
              (.key("r", .shift), .perform(.input(.parameter(.reset)))),
            ]),
    Binding("Arrows, +/-, Home/End",
            "sliders: step (Shift: 1/10, Ctrl: 10) / min / max",
            short: ("O+Arrows", "step param"),
            stepMappings([.right, .up, "+", "="], 1) + stepMappings([.left, .down, "-"], -1)
              + [(.key(.home), .perform(.input(.parameter(.toMinimum)))),
                 (.key(.end), .perform(.input(.parameter(.toMaximum))))])
      .onlyWhileSlidersShown(),
  ]

  /// The panel-only rows' triggers (exact modifiers: Shift and Ctrl tell the steps apart).
  static let sliderActions: [Trigger: BindingAction] = {
    var table: [Trigger: BindingAction] = [:]
    for row in rows where row.whileSlidersShown {
      for m in row.mappings where table[m.trigger] == nil { table[m.trigger] = m.action }
    }
    return table
  }()
}

extension Binding {
  /// This row, acting only while the slider panel is shown.
  func onlyWhileSlidersShown() -> Binding {
    var row = self
    row.whileSlidersShown = true
    return row
  }
}

extension InputMap {
  /// The panel-only action for `key` with `held` (Shift and Ctrl looked at; Alt leaves
  /// the key to the view, so Alt+Left still goes back), nil when no such row binds it.
  static func sliderAction(for key: Key, held: KeyModifiers) -> WindowAction? {
    guard !held.contains(.alt) else { return nil }
    let mods = held.intersection([.shift, .control])
    guard case let .perform(action)? = BindingTable.sliderActions[.key(key, mods)] else {
      return nil
    }
    return action
  }
}
