// How the parameter inputs change the state: the panel, the selection, steps, ends,
// drags, playing and the reset. A parameter change replaces the curves that carry it
// (DisplayOptions.setParameter) and nothing else: the view, its history and its y fit
// stay, so the curve is seen to move against fixed axes.

extension ViewerState {
  /// The sliders of the functions shown (the legend's families), in panel order.
  public var parameterSliders: [ParameterSlider] { display.parameterSliders }

  /// The selected slider, nil when no shown function has a parameter.
  public var selectedSlider: ParameterSlider? {
    let sliders = parameterSliders
    return display.parameterPanel.selectedIndex(among: sliders.count).map { sliders[$0] }
  }

  /// ``apply(_:)``'s work for a parameter input; returns whether anything drawn changed.
  mutating func applyParameter(_ input: ParameterInput) -> Bool {
    let sliders = parameterSliders
    let selected = display.parameterPanel.selectedIndex(among: sliders.count)
    switch input {
    case .togglePanel:
      display.parameterPanel.isShown.toggle()
      return true

    case .select(let delta):
      guard let i = selected else { return false }
      let n = sliders.count
      display.parameterPanel.selected = ((i + delta) % n + n) % n
      return true

    case .step(let steps):
      guard let i = selected, steps.isFinite, steps != 0 else { return false }
      let s = sliders[i]
      return setSlider(s, to: s.spec.stepped(s.value, by: steps, within: s.allowed))

    case .toMinimum, .toMaximum:
      guard let i = selected else { return false }
      let s = sliders[i]
      return setSlider(s, to: input == .toMinimum ? s.allowed.lowerBound : s.allowed.upperBound)

    case .togglePlay:
      if display.parameterPanel.animation != nil {
        display.parameterPanel.animation = nil
        return true
      }
      guard let i = selected else { return false }
      let s = sliders[i]
      display.parameterPanel.animation = ParameterAnimation(
        slider: i, fraction: FunctionParameter.fraction(of: s.value, in: s.allowed))
      return true

    case .stop:
      guard display.parameterPanel.animation != nil else { return false }
      display.parameterPanel.animation = nil
      return true

    case .reset:
      return display.resetParameters()

    case .dragBegan(let i, let fraction):
      guard sliders.indices.contains(i) else { return false }
      let reselected = display.parameterPanel.selected != i
      display.parameterPanel.selected = i
      display.parameterPanel.dragging = i
      let s = sliders[i]
      return setSlider(s, to: s.spec.value(atFraction: fraction, of: s.allowed)) || reselected

    case .dragMoved(let fraction):
      guard let i = display.parameterPanel.dragging, sliders.indices.contains(i) else {
        return false
      }
      let s = sliders[i]
      return setSlider(s, to: s.spec.value(atFraction: fraction, of: s.allowed))

    case .dragEnded:
      display.parameterPanel.dragging = nil
      return false

    case .advance(let seconds):
      guard var a = display.parameterPanel.animation else { return false }
      guard sliders.indices.contains(a.slider) else {
        display.parameterPanel.animation = nil
        return true
      }
      a.advance(by: seconds)
      display.parameterPanel.animation = a
      let s = sliders[a.slider]
      return setSlider(s, to: s.spec.value(atFraction: a.fraction, of: s.allowed))
    }
  }

  /// Sets `slider` to `value` (already snapped and allowed); whether anything changed.
  private mutating func setSlider(_ slider: ParameterSlider, to value: Double) -> Bool {
    display.setParameter(slider, to: value)
  }

  /// Stops a playing parameter on any key or click, the way Desmos's play stops: every
  /// input but the pointer's hover, a resize, the clock and Space itself (which toggles).
  /// Returns whether it stopped one.
  mutating func stopPlaying(for input: ViewerInput) -> Bool {
    guard display.parameterPanel.animation != nil else { return false }
    switch input {
    case .hover, .resized, .parameter(.advance), .parameter(.togglePlay): return false
    default:
      display.parameterPanel.animation = nil
      return true
    }
  }
}
