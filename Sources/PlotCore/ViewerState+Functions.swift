// How the function inputs change the state: the picker (N, arrows, Enter, clicks), the
// primary function (Tab, Shift+Tab, Shift+click on the legend) and the orders of the
// primary function (1, 2, 3). While the picker is open it takes the arrows and Escape.

extension ViewerState {
  /// The state change of a function input, or of an input the open picker takes over;
  /// nil for every other input (``applyInput(_:)`` handles it).
  mutating func applyFunctionInput(_ input: ViewerInput) -> Bool? {
    if display.picker != nil, let handled = applyPickerInput(input) { return handled }
    switch input {
    case .togglePicker:
      // Opens on the primary function's row, where a user looks first.
      let row = display.primary.flatMap { p in
        FunctionCatalogue.all.firstIndex {
          $0.names.commandLine == p.function.names.commandLine
        }
      } ?? 0
      display.picker = FunctionPicker(highlighted: row)
      return true
    case .pickerMove, .pickerActivate:
      return false  // only while the picker is open
    case .pickerChoose(let row, let primaryOnly):
      return choose(row: row, makePrimary: primaryOnly)
    case .cyclePrimary(let steps):
      return display.cyclePrimary(by: steps)
    case .makePrimary(let curve):
      return display.makePrimary(curve)
    case .toggleOrder(let order):
      guard display.toggleOrder(order) else { return false }
      refitIfFollowing()
      return true
    default:
      return nil
    }
  }

  /// What the open picker does with `input`: N and Escape close it, Up and Down (the
  /// vertical pan steps) move its highlight, Enter acts on the highlighted row; nil for
  /// inputs it leaves to the plot (the wheel, the pointer, other keys).
  private mutating func applyPickerInput(_ input: ViewerInput) -> Bool? {
    guard var picker = display.picker else { return nil }
    switch input {
    case .togglePicker, .dismiss:
      display.picker = nil
      return true
    case .pickerMove(let rows):
      picker.move(by: rows)
      display.picker = picker
      return true
    case .panStep(let dx, let dy) where dx == 0 && dy != 0:
      picker.move(by: dy > 0 ? -1 : 1)
      display.picker = picker
      return true
    case .panStep:
      return false
    case .pickerActivate(let primaryOnly):
      return choose(row: picker.highlighted, makePrimary: primaryOnly)
    default:
      return nil
    }
  }

  /// Picker row `row` chosen (DisplayOptions.choose), the y fit following the curves.
  private mutating func choose(row: Int, makePrimary primaryOnly: Bool) -> Bool {
    guard display.choose(row: row, makePrimary: primaryOnly) else { return false }
    refitIfFollowing()
    return true
  }

  /// While y is the automatic fit, refits it to the curves now shown (as a toggle does).
  private mutating func refitIfFollowing() {
    if yIsFitted { _ = changeViewRecorded(fitted(scale: display.yScale)) }
  }
}
