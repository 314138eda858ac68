// How a curve looks in the frame being drawn: its colour and line style. One function
// shown: today's colours by order (blue f, orange f', bluish green f''), all solid.
// Several: a colour per function (PlotStyle.functionPalette, in legend order) and the
// order told by the line style, solid f, dashed f', dotted f''. Curves, legend swatches,
// markers, probe dots, readout swatches and the tangent all ask here, so they agree.

import PlotCore

/// The colour and dash of each curve for one frame's display choices.
struct CurveLook: Sendable {
  /// The listed functions' command-line names, in legend order (their palette slots);
  /// empty or one name: single-function colours.
  private var names: [String] = []

  init() {}

  /// The look for `display`'s listed functions.
  init(_ display: DisplayOptions) {
    if display.isMultiFunction { names = display.functions.map(\.function.names.commandLine) }
  }

  /// Whether each function has its own colour (several are listed).
  var isMultiFunction: Bool { names.count > 1 }

  /// `curve`'s colour in `style`.
  func color(_ curve: PlottedCurve, _ style: PlotStyle) -> Color {
    guard isMultiFunction, !style.functionPalette.isEmpty,
      let i = names.firstIndex(of: curve.function.names.commandLine)
    else { return style.color(for: curve) }
    return style.functionPalette[i % style.functionPalette.count]
  }

  /// `curve`'s dash at `scale` device pixels per point; nil: solid.
  func dash(_ curve: PlottedCurve, _ style: PlotStyle, scale: Double) -> Dash? {
    guard isMultiFunction else { return nil }
    switch curve.order {
    case .value: return nil
    case .first: return Dash(on: style.derivativeDash.on * scale, off: style.derivativeDash.off * scale)
    case .second:
      return Dash(on: style.secondDerivativeDash.on * scale,
                  off: (style.secondDerivativeDash.off + style.curveWidth) * scale)
    }
  }
}
