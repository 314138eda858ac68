// What the display choices imply, worked out once per change of the choices instead of on
// every read: the drawn curves in legend order, the listed functions, the primary one and
// its curves. A frame reads these dozens of times (the sampler, the legend, the markers,
// the kinks, the display list), and each read used to filter the legend again (a set
// lookup per curve, a family comparison per pair), about a fifth of the catalogue
// scene's layout. DisplayOptions keeps one of these and rebuilds it whenever
// `legendCurves`, `curves` or `primaryName` is set, so it can never be stale.

/// The derived lists of one set of display choices (see DisplayOptions+Functions.swift
/// for what each means).
struct DisplayDerived: Sendable, Equatable {
  /// ``DisplayOptions/visibleCurves``.
  var visibleCurves: [PlottedCurve]
  /// ``DisplayOptions/functions``.
  var functions: [PlottedCurve]
  /// ``DisplayOptions/isMultiFunction``.
  var isMultiFunction: Bool
  /// ``DisplayOptions/primary``.
  var primary: PlottedCurve?
  /// ``DisplayOptions/primaryCurves``.
  var primaryCurves: [PlottedCurve]
  /// ``DisplayOptions/primaryLegendCurves``.
  var primaryLegendCurves: [PlottedCurve]

  /// The lists for a legend of `legendCurves`, `curves` drawn and primary `primaryName`:
  /// the definitions the getters had before they were kept.
  init(legendCurves: [PlottedCurve], curves: Set<PlottedCurve>, primaryName: String?) {
    visibleCurves = legendCurves.filter { curves.contains($0) }
    var listed: [PlottedCurve] = []
    for curve in legendCurves where !listed.contains(where: { DisplayOptions.sameFamily($0, curve) }) {
      listed.append(curve.withOrder(.value))
    }
    functions = listed
    let first = legendCurves.first
    isMultiFunction = first.map { f in legendCurves.contains { !DisplayOptions.sameFamily($0, f) } }
      ?? false
    let p = listed.first { $0.function.names.commandLine == primaryName } ?? listed.first
    primary = p
    func isPrimary(_ c: PlottedCurve) -> Bool { p.map { DisplayOptions.sameFamily($0, c) } ?? false }
    primaryCurves = visibleCurves.filter(isPrimary)
    primaryLegendCurves = legendCurves.filter(isPrimary)
  }
}
