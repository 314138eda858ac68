// The bindings table is what the window does: every row's every trigger, sent through the
// loop's entry point (PointerGestures over InputMap) as the events that make it, gives
// that row's action; no trigger is in two rows; the help lists every row.

import PlotCore
import PlotRender
import Testing
@testable import ViewerModel

@Suite struct BindingTableTests {
  /// Where the synthetic pointer presses (window points, scale 1) and where a drag ends.
  static let press = (x: 10, y: 20), release = (x: 60, y: 70)
  static func device(_ p: (x: Int, y: Int)) -> Point { Point(Double(p.x) + 0.5, Double(p.y) + 0.5) }

  /// The events that make `trigger`, one array per event.
  static func events(for trigger: Trigger) -> [WindowEvent] {
    let (p, q) = (press, release)
    switch trigger {
    case let .key(key, modifiers):
      return [.keyDown(key, modifiers: modifiers, isRepeat: false)]
    case let .wheel(modifiers):
      return [.wheel(amount: 1, flipped: false, x: p.x, y: p.y, modifiers: modifiers)]
    case let .drag(button):
      let held: MouseButtons = button == .left ? .left : button == .right ? .right : []
      return [.buttonDown(button, clicks: 1, x: p.x, y: p.y),
              .motion(x: q.x, y: q.y, buttons: held), .buttonUp(button, x: q.x, y: q.y)]
    case let .click(button), let .modifiedClick(button, _):
      return [.buttonDown(button, clicks: 1, x: p.x, y: p.y), .buttonUp(button, x: p.x + 1, y: p.y)]
    case let .doubleClick(button):
      return [.buttonDown(button, clicks: 1, x: p.x, y: p.y), .buttonUp(button, x: p.x, y: p.y),
              .buttonDown(button, clicks: 2, x: p.x, y: p.y)]
    }
  }

  /// What the loop must get for `action` made by `trigger`'s events, spelled out here
  /// rather than derived from the table, so a wrong lookup cannot agree with itself.
  static func expected(_ action: BindingAction, for trigger: Trigger) -> [WindowAction] {
    let (p, q) = (device(press), device(release))
    switch (action, trigger) {
    case let (.perform(a), .doubleClick):
      // The first press and release are a drag begun and ended; the second press is it.
      return [.input(.dragBegan(at: p)), .input(.dragEnded), .click(at: p), a]
    case let (.perform(a), _): return [a]
    case let (.zoomAboutPointer(axes), _): return [.input(.wheel(notches: 1, at: p, axes: axes))]
    case (.pan, _):
      return [.input(.dragBegan(at: p)), .input(.dragMoved(to: q)), .input(.hover(q)),
              .input(.dragEnded)]
    case (.boxZoom, _):
      return [.input(.boxBegan(at: p)), .input(.boxMoved(to: q)), .input(.hover(q)),
              .input(.boxEnded)]
    case (.clickAt, _):
      return [.input(.dragBegan(at: p)), .input(.dragEnded), .click(at: p)]
    case (.primaryAt, _):
      return [.input(.dragBegan(at: p)), .input(.dragEnded), .primaryClick(at: p)]
    }
  }

  /// The modifiers the loop reports held while `trigger`'s events arrive.
  static func held(for trigger: Trigger) -> KeyModifiers {
    if case let .modifiedClick(_, modifiers) = trigger { return modifiers }
    return []
  }

  @Test func everyTriggerDoesItsRowsAction() {
    var checked = 0
    for row in BindingTable.rows {
      for m in row.mappings {
        var gestures = PointerGestures()
        let got = Self.events(for: m.trigger).flatMap {
          gestures.actions(for: $0, scale: 1, modifiers: Self.held(for: m.trigger),
                           slidersShown: row.whileSlidersShown)
        }
        #expect(got == Self.expected(m.action, for: m.trigger),
                "\(row.keys) (\(m.trigger)): got \(got)")
        checked += 1
      }
    }
    #expect(checked >= BindingTable.rows.count)
  }

  @Test func noTwoRowsShareATrigger() {
    // The slider panel's rows take their keys only while it is shown: apart from the rest.
    for panel in [false, true] {
      var seen: [Trigger: String] = [:]
      for row in BindingTable.rows where row.whileSlidersShown == panel {
        for m in row.mappings {
          #expect(seen[m.trigger] == nil, "\(m.trigger) is in \"\(seen[m.trigger] ?? "")\" and \"\(row.keys)\"")
          seen[m.trigger] = row.keys
        }
      }
    }
  }

  /// Held down, only the zoom and pan keys repeat; every other key row does nothing on
  /// auto-repeat (a held toggle would flicker, a held S would fill the disk).
  @Test func onlyZoomAndPanKeysRepeat() {
    for row in BindingTable.rows {
      for m in row.mappings {
        guard case let .key(key, modifiers) = m.trigger, case let .perform(action) = m.action
        else { continue }
        let held = InputMap.actions(for: .keyDown(key, modifiers: modifiers, isRepeat: true),
                                    scale: 1, slidersShown: row.whileSlidersShown)
        let repeats: Bool
        switch action {
        case .input(.zoomStep), .input(.panStep), .input(.parameter(.step)): repeats = true
        default: repeats = false
        }
        #expect(held == (repeats ? [action] : []), "\(row.keys) (\(key)) held: \(held)")
      }
    }
  }

  /// The overlay's content is the table's rows, in order, full and short.
  @Test func theHelpListsEveryRow() {
    let help = BindingTable.help
    #expect(help.entries.map(\.keys) == BindingTable.rows.map(\.keys))
    #expect(help.entries.map(\.action) == BindingTable.rows.map(\.help))
    #expect(help.compactEntries.count == BindingTable.rows.count)
  }
}
