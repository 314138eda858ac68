// The keys of the precision overlay, as inputs to the viewer state.

/// A change to ``DisplayOptions/precision``.
public enum PrecisionInput: Sendable, Equatable {
  /// The next (+1, Y) or previous (−1, Shift+Y) of off, float64, float32, bfloat16,
  /// float16, float8_e4m3, float8_e5m2.
  case cycleFormat(Int)
  /// The next (+1, T) or previous (−1, Shift+T) formula the primary function has.
  case cycleFormula(Int)
  /// Show or hide the error strip (E).
  case toggleErrorStrip
}
