// The function picker's state (key N): open or not, and which catalogue row is
// highlighted. What choosing a row does to the shown functions is DisplayOptions'
// (DisplayOptions+Functions.swift); the scene draws the overlay from this.

/// The open function picker: the highlighted row, an index into
/// ``FunctionCatalogue/all``.
public struct FunctionPicker: Sendable, Equatable {
  /// 0 ..< FunctionCatalogue.all.count.
  public private(set) var highlighted: Int

  /// A picker with `row` highlighted (clamped into the catalogue).
  public init(highlighted row: Int = 0) {
    highlighted = Self.clamped(row)
  }

  /// Moves the highlight by `rows` (negative: up), wrapping around the ends, as list
  /// pickers do, so the last function is one Up away from the first.
  public mutating func move(by rows: Int) {
    let n = FunctionCatalogue.all.count
    highlighted = ((highlighted + rows) % n + n) % n
  }

  /// The highlighted family.
  public var function: any PlotFunction { FunctionCatalogue.all[highlighted] }

  static func clamped(_ row: Int) -> Int {
    Swift.min(Swift.max(row, 0), FunctionCatalogue.all.count - 1)
  }
}
