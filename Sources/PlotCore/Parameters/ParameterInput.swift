// What the user does to the parameters: the panel's keys, the slider drags and the
// animation's clock. A case of ViewerInput (ViewerInput.parameter), applied in
// ViewerState+Parameters.swift.

/// One input to the parameter panel. Slider indices are into
/// ``DisplayOptions/parameterSliders``.
public enum ParameterInput: Sendable, Equatable {
  /// Show or hide the panel (`O`).
  case togglePanel
  /// Select the next or previous slider, wrapping (`]` +1, `[` −1).
  case select(Int)
  /// Move the selected parameter by `steps` of its step: ±1 (arrows, `+`/`-`), ±0.1
  /// (Shift), ±10 (Ctrl).
  case step(Double)
  /// The selected parameter to its lowest (Home) or highest (End) allowed value.
  case toMinimum, toMaximum
  /// Play or stop the selected parameter (Space).
  case togglePlay
  /// Stop playing, if anything plays (any other key or click).
  case stop
  /// Every parameter back to its default (`Shift+R`); the view stays.
  case reset
  /// A press on slider `slider`'s track at `fraction` of it (0 left, 1 right): selects
  /// the slider, sets its value there and starts a drag.
  case dragBegan(slider: Int, fraction: Double)
  /// The dragged handle at `fraction` of its track.
  case dragMoved(fraction: Double)
  /// The drag's button released.
  case dragEnded
  /// `seconds` passed since the last advance (the window's frame clock): moves a
  /// playing parameter on.
  case advance(seconds: Double)
}
