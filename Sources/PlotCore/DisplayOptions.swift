// What the viewer draws besides the view itself: which curves the legend lists and which
// of them are shown, the story markers, the grid, the key help and the y scale. Toggled
// by keys and legend clicks.

/// The user's display choices. Defaults: the legend lists S, S' and S'' (the sigmoid at
/// k = 1, x0 = 0), S and S' shown (S'' off), markers and grid on, help off, linear y.
public struct DisplayOptions: Sendable, Equatable {
  /// The curves the legend lists, in its order, shown or not (hidden ones are dimmed).
  public var legendCurves: [PlottedCurve] = PlottedCurve.sigmoidCurves { didSet { rederive() } }
  /// The curves drawn (those not in ``legendCurves`` are ignored).
  public var curves: Set<PlottedCurve> = [.sigmoid, .sigmoidDerivative] { didSet { rederive() } }
  /// The labelled story points (inflection, extrema of S'', vanishing gradient) (`M`).
  public var showsMarkers = true
  /// The grid at the major ticks (`G`).
  public var showsGrid = true
  /// The vanishing-gradient shading, drawn with the markers (`--no-shading` turns it off).
  public var showsShading = true
  /// The overlay listing every binding (`H`, F1).
  public var showsHelp = false
  /// The y axis scale (`L` log, `K` logit; pressing again returns to linear).
  public var yScale: YScale = .linear
  /// The primary function's command-line name: the one whose tangent, story markers and
  /// shading are drawn (Tab, Shift+click, the picker); nil or a name not listed: the
  /// legend's first function. See DisplayOptions+Functions.swift.
  public var primaryName: String? = nil { didSet { rederive() } }
  /// The function picker (`N`) while it is open, else nil.
  public var picker: FunctionPicker? = nil
  /// The parameter sliders' panel (`O`), selection and animation (Parameters/).
  public var parameterPanel = ParameterPanel()
  /// The precision overlay (issue 14): format, formula, error strip; off by default.
  public var precision = PrecisionOverlay()

  /// What `legendCurves`, `curves` and `primaryName` imply (DisplayOptions+Derived.swift),
  /// rebuilt whenever one of them is set, so every read below is a plain load.
  private(set) var derived: DisplayDerived

  public init() {
    derived = DisplayDerived(legendCurves: legendCurves, curves: curves, primaryName: primaryName)
  }

  /// Rebuilds ``derived`` from the current choices.
  private mutating func rederive() {
    derived = DisplayDerived(legendCurves: legendCurves, curves: curves, primaryName: primaryName)
  }

  /// The drawn curves in legend order: S, S', S''.
  public var visibleCurves: [PlottedCurve] { derived.visibleCurves }

  /// The curve the probe draws its tangent to: the primary function's f (not a
  /// derivative) while it is drawn, so S while S is shown; nil when it is not.
  public var tangentCurve: PlottedCurve? {
    derived.primaryCurves.first { $0.order == .value }
  }

  /// Shows `curve` if hidden and hides it if shown; a curve the legend does not list yet
  /// is added to it (at the end) and shown.
  public mutating func toggle(_ curve: PlottedCurve) {
    if !legendCurves.contains(curve) { legendCurves.append(curve) }
    if curves.remove(curve) == nil { curves.insert(curve) }
  }
}
