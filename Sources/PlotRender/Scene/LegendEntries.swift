// The legend's entry texts, kept between frames: each is the curve's name with the
// parameters away from their defaults ("SiLU' (beta = 1.7)"), formatted from the curve,
// which costs string building and number formatting per entry per frame although the
// entries change only when the listed curves do (a parameter drag changes them every
// frame, a zoom never).

import PlotCore

/// The legend names of one list of curves, and the list they were made for.
struct LegendEntries {
  /// The curves the names were made for: the key. Equal curves (family, parameters,
  /// order) give equal names, and whether several functions are listed follows from the
  /// list, so this is all a name depends on.
  private(set) var curves: [PlottedCurve] = []
  /// ``DisplayOptions/legendName(of:)`` of each of ``curves``.
  private(set) var names: [String] = []
  /// How many times the names were made (misses), for tests.
  private(set) var buildCount = 0

  init() {}

  /// The names of `display`'s legend entries, parallel to its ``DisplayOptions/legendCurves``:
  /// the kept ones while the list is the same, else made again.
  mutating func names(for display: DisplayOptions) -> [String] {
    if curves != display.legendCurves {
      curves = display.legendCurves
      names = curves.map { display.legendName(of: $0) }
      buildCount += 1
    }
    return names
  }
}
