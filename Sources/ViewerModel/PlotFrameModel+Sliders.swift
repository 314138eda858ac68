// The slider panel under the pointer: a left press on a slider's track grabs it (the
// value jumps there and follows the pointer until the release), a press elsewhere on the
// panel does nothing (it never pans the plot underneath). The panel's place is the last
// frame's layout, so the press lands on what the user sees.

import PlotCore
import PlotRender

/// What a left press on the panel began.
enum PanelPress: Equatable {
  /// Grabbed slider `index`: moves set its value.
  case slider(Int)
  /// Landed on the panel off any track: moves and the release are dropped.
  case panel
}

/// What becomes of an input on its way through the panel.
enum PanelRouting {
  case unchanged
  case replaced(ViewerInput)
  case dropped
}

extension PlotFrameModel {
  /// Pointer inputs the panel takes: presses on it, and the moves and release of a drag
  /// that began on it, as parameter inputs with fractions along the track.
  mutating func routeThroughPanel(_ input: ViewerInput, panel: SliderPanelLayout?) -> PanelRouting {
    switch input {
    case .dragBegan(let at):
      guard let panel, panel.box.contains(at) else { return .unchanged }
      if let hit = panel.slider(at: at) {
        panelPress = .slider(hit.index)
        return .replaced(.parameter(.dragBegan(slider: hit.index, fraction: hit.fraction)))
      }
      panelPress = .panel
      return .replaced(.parameter(.stop))
    case .dragMoved(let to):
      switch panelPress {
      case .slider(let i)?:
        guard let row = panel?.rows.first(where: { $0.index == i }) else { return .dropped }
        return .replaced(.parameter(.dragMoved(fraction: row.fraction(atX: to.x))))
      case .panel?: return .dropped
      case nil: return .unchanged
      }
    case .dragEnded:
      guard panelPress != nil else { return .unchanged }
      panelPress = nil
      return .replaced(.parameter(.dragEnded))
    default:
      return .unchanged
    }
  }

  public var slidersShown: Bool { state.display.parameterPanel.isShown }
  public var isPlaying: Bool { state.display.parameterPanel.isPlaying }

  /// Whether `point` (device pixels) is on the slider panel as last drawn.
  public func sliderPanelContains(_ point: Point) -> Bool {
    sliderPanel?.box.contains(point) ?? false
  }
}
