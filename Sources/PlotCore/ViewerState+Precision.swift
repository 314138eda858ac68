// The precision overlay's keys on the state: Y / Shift+Y the format, T / Shift+T the
// formula, E the error strip. The strip takes room under the plot, so turning it on or
// off refits the margins from the view's ranges (the same ranges, a shorter plot).

extension ViewerState {
  /// Applies `input` to ``DisplayOptions/precision``; returns whether anything drawn changed.
  mutating func applyPrecision(_ input: PrecisionInput) -> Bool {
    var overlay = display.precision
    switch input {
    case .cycleFormat(let steps):
      overlay.cycleFormat(steps)
    case .cycleFormula(let steps):
      let name = display.primary?.function.names.commandLine ?? "sigmoid"
      overlay.cycleFormula(steps, available: PrecisionFormula.kinds(of: name))
    case .toggleErrorStrip:
      overlay.showsErrorStrip.toggle()
    }
    return setPrecision(overlay)
  }

  /// Sets the overlay (the command line's, or a key's result); refits the margins when
  /// the strip appears or goes. Returns whether it changed.
  @discardableResult
  public mutating func setPrecision(_ overlay: PrecisionOverlay) -> Bool {
    guard overlay != display.precision else { return false }
    let stripChanged = overlay.showsStrip != display.precision.showsStrip
    display.precision = overlay
    if stripChanged { pendingRefit = .ranges }
    return true
  }
}
