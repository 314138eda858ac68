// The slider panel's state: whether it is shown, which slider is selected and what is
// playing. Part of the display options, so the scene that draws the panel sees it.

/// The parameter panel (`O`), its selection (`[` `]`) and its animation (Space).
public struct ParameterPanel: Sendable, Equatable {
  /// Whether the panel is drawn (and the arrows, `+`/`-`, Home and End step the
  /// selected parameter instead of moving the view).
  public var isShown = false
  /// The selected slider's index in ``DisplayOptions/parameterSliders`` (kept inside
  /// it by ``selectedIndex(among:)``).
  public var selected = 0
  /// The parameter playing, nil when none is.
  public var animation: ParameterAnimation?
  /// The slider whose handle is being dragged, nil when none is.
  public var dragging: Int?

  public init() {}

  /// Whether a parameter is playing (the window then draws at the display's rate).
  public var isPlaying: Bool { animation != nil }

  /// The selection clamped to `count` sliders; nil when there are none.
  public func selectedIndex(among count: Int) -> Int? {
    count == 0 ? nil : Swift.min(Swift.max(selected, 0), count - 1)
  }
}
