// Every binding of the viewer window, one row each: the input map looks triggers up here,
// the help overlay (H, F1) lists the rows, and the README's table is a copy that a test
// keeps equal. A new binding is a new row; a new letter or digit key needs nothing else.

import PlotCore
import PlotRender

/// The viewer's bindings, in the order the help overlay and the README list them.
public enum BindingTable {
  /// Arrow keys pan by this fraction of the plot area per press (and per auto-repeat):
  /// ViewerState's number, so the state's documentation and the keys agree.
  public static let panFraction = ViewerState.panStepFraction

  public static let rows: [Binding] = [
    Binding("Wheel", "zoom about the pointer", short: (nil, "zoom"),
            [.wheel()], .zoomAboutPointer(.both)),
    Binding("Shift+Wheel", "zoom x only", short: (nil, "zoom x"),
            [.wheel(.shift)], .zoomAboutPointer(.xOnly)),
    Binding("Ctrl+Wheel", "zoom y only", short: (nil, "zoom y"),
            [.wheel(.control)], .zoomAboutPointer(.yOnly)),
    Binding("Left drag", "pan", [.drag(.left)], .pan),
    Binding("Right drag", "box zoom", [.drag(.right)], .boxZoom),
    Binding("R, Home, double-click", "reset the view", short: ("R", "reset"),
            [.key("r"), .key(.home), .doubleClick(.left)], .perform(.input(.resetView))),
    // = is + unshifted on US keyboards; the keypad's + and - arrive as "+" and "-".
    Binding("+ / -", "zoom in / out", short: (nil, "zoom in/out"), [
      (.key("+"), .perform(.input(.zoomStep(1)))), (.key("="), .perform(.input(.zoomStep(1)))),
      (.key("-"), .perform(.input(.zoomStep(-1)))),
    ]),
    Binding("Arrows", "pan", [
      (.key(.left), .perform(.input(.panStep(dx: -panFraction, dy: 0)))),
      (.key(.right), .perform(.input(.panStep(dx: panFraction, dy: 0)))),
      (.key(.up), .perform(.input(.panStep(dx: 0, dy: panFraction)))),
      (.key(.down), .perform(.input(.panStep(dx: 0, dy: -panFraction)))),
    ]),
    Binding("1 / 2 / 3", "show or hide S / S' / S'' (f, f', f'' of the primary)",
            short: (nil, "f / f' / f''"), [
      (.key("1"), .perform(.input(.toggleOrder(.value)))),
      (.key("2"), .perform(.input(.toggleOrder(.first)))),
      (.key("3"), .perform(.input(.toggleOrder(.second)))),
    ]),
    Binding("Click a legend entry", "hide or show that curve (Shift: its function primary)",
            short: ("Click legend", "toggle curve"), [
      (.click(.left), .clickAt), (.modifiedClick(.left, .shift), .primaryAt),
    ]),
    // The picker takes Up/Down, Enter, Shift+Enter, clicks and Esc while open
    // (ViewerState+Functions.swift); its own hint line lists them.
    Binding("N, Tab / Shift+Tab", "function picker; next / previous primary function",
            short: ("N/Tab", "functions"), [
      (.key("n"), .perform(.input(.togglePicker))),
      (.key(.enter), .perform(.input(.pickerActivate(makePrimary: false)))),
      (.key(.enter, .shift), .perform(.input(.pickerActivate(makePrimary: true)))),
      (.key(.tab), .perform(.input(.cyclePrimary(1)))),
      (.key(.tab, .shift), .perform(.input(.cyclePrimary(-1)))),
    ]),
    // Related keys share a row (M / G, F / H), so the compact help still fits 320x240.
    Binding("M / G", "story markers / grid", short: (nil, "markers/grid"), [
      (.key("m"), .perform(.input(.toggleMarkers))), (.key("g"), .perform(.input(.toggleGrid))),
    ]),
    // L and K share a row so the precision row (Y / T / E) fits the compact help.
    Binding("L / K", "log / logit y scale", short: (nil, "log/logit y"), [
      (.key("l"), .perform(.input(.toggleYScale(.log)))),
      (.key("k"), .perform(.input(.toggleYScale(.logit)))),
    ]),
    Binding("Shift+L", "log-magnitude y scale (sign shown)", short: (nil, "log magnitude"),
            [.key("l", .shift)], .perform(.input(.toggleYScale(.logMagnitude)))),
    Binding("A", "fit y to the visible curves", short: (nil, "fit y"), [.key("a")],
            .perform(.input(.fitY))),
    // The precision lab in one row (Shift steps back), so the compact help still fits.
    Binding("Y / T / E", "number format / formula / error strip (Shift: back)",
            short: ("Y/T/E", "precision"), [
      (.key("y"), .perform(.input(.precision(.cycleFormat(1))))),
      (.key("y", .shift), .perform(.input(.precision(.cycleFormat(-1))))),
      (.key("t"), .perform(.input(.precision(.cycleFormula(1))))),
      (.key("t", .shift), .perform(.input(.precision(.cycleFormula(-1))))),
      (.key("e"), .perform(.input(.precision(.toggleErrorStrip)))),
    ]),
    // One row each for the copies and the saves, so the compact help still fits 320x240.
    Binding("C / P", "copy the probe readout / the render command", short: (nil, "copy readout/cmd"), [
      (.key("c"), .perform(.copyReadout)), (.key("p"), .perform(.copyRenderCommand)),
    ]),
    Binding("Backspace, Alt+Left", "previous view", short: ("Bksp", "back"),
            [.key(.backspace), .key(.left, .alt)], .perform(.input(.historyBack))),
    Binding("Alt+Right", "next view", short: (nil, "forward"), [.key(.right, .alt)],
            .perform(.input(.historyForward))),
    Binding("F / H, F1", "fullscreen / this help", short: ("F / H", "fullscreen/help"), [
      (.key("f"), .perform(.toggleFullscreen)), (.key("h"), .perform(.input(.toggleHelp))),
      (.key(.function(1)), .perform(.input(.toggleHelp))),
    ]),
    Binding("S, F12 / V", "screenshot / save the view as SVG", short: ("S / V", "screenshot/SVG"), [
      (.key("s"), .perform(.screenshot)), (.key(.function(12)), .perform(.screenshot)),
      (.key("v"), .perform(.saveSVG)),
    ]),
    Binding("Esc", "close help, box zoom, fullscreen; else quit",
            short: (nil, "close, else quit"), [.key(.escape)],
            .perform(.escape)),
    Binding("Q", "quit", [.key("q")], .perform(.quit)),
  ] + sliderRows

  /// The help overlay's content: every row, its short forms, and the lines around them.
  public static let help = KeyHelp(
    title: "Keys and mouse",
    entries: rows.map { KeyHelp.Entry($0.keys, $0.help) },
    compactEntries: rows.map { KeyHelp.Entry($0.shortKeys, $0.shortHelp) },
    // Esc closes the overlay before it quits.
    closeHint: "Esc or H / F1 closes this help",
    compactCloseHint: "Esc or H: close",
    tooSmall: [
      ["Window too small for the key help:", "enlarge it. Esc or H closes this."],
      ["Too small for help", "Esc or H: close"],
      ["Esc: close"],
    ])

  /// Every trigger's action, for InputMap's lookups.
  static let actions: [Trigger: BindingAction] = {
    var table: [Trigger: BindingAction] = [:]
    for row in rows where !row.whileSlidersShown {
      for m in row.mappings where table[m.trigger] == nil { table[m.trigger] = m.action }
    }
    return table
  }()

  /// For each trigger with its modifiers cleared, the modifiers some row adds to it: the
  /// ones the lookup tells apart (the others are ignored, as a sloppy Shift on a key).
  static let modifiersLookedAt: [Trigger: KeyModifiers] = {
    var looked: [Trigger: KeyModifiers] = [:]
    for row in rows where !row.whileSlidersShown {
      for m in row.mappings {
        switch m.trigger {
        case let .key(k, mods): looked[.key(k), default: []].formUnion(mods)
        case let .wheel(mods): looked[.wheel(), default: []].formUnion(mods)
        default: break
        }
      }
    }
    return looked
  }()
}
