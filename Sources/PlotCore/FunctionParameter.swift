// A family's parameters: what each is called, its default, the range it may take and the
// step a key or slider moves it by; and a curve's values for them, held inline so a curve
// (and the sampler's cache key) carries them without an allocation.

/// One parameter of a function family (the sigmoid's steepness `k`, say).
public struct FunctionParameter: Sendable, Hashable {
  /// The short name typed and shown ("k", "x0").
  public var name: String
  /// What it does, for help and tooltips ("steepness").
  public var meaning: String
  /// The value that gives the family's plain form; inside ``range``.
  public var defaultValue: Double
  /// The values allowed, finite ends.
  public var range: ClosedRange<Double>
  /// How far one key press or slider notch moves it.
  public var step: Double

  public init(name: String, meaning: String, defaultValue: Double,
              range: ClosedRange<Double>, step: Double) {
    precondition(range.lowerBound.isFinite && range.upperBound.isFinite
                 && range.contains(defaultValue) && step > 0,
                 "parameter \(name): default \(defaultValue) must lie in finite \(range)")
    self.name = name
    self.meaning = meaning
    self.defaultValue = defaultValue
    self.range = range
    self.step = step
  }
}

/// A curve's parameter values, in its family's ``PlotFunction/parameters`` order.
///
/// Up to ``capacity`` values, stored inline (no array), so reading one in the sampler's
/// hot loop is a register read and comparing two for the cache is a vector compare.
public struct ParameterValues: Hashable, Sendable, CustomStringConvertible {
  /// The most parameters a family may have (hardtanh has two, the most in the catalogue).
  public static let capacity = 4

  @usableFromInline var storage = SIMD4<Double>()
  /// How many values are held.
  public private(set) var count: Int

  /// The values, at most ``capacity`` of them.
  public init(_ values: [Double]) {
    precondition(values.count <= Self.capacity, "at most \(Self.capacity) parameters")
    count = values.count
    for (i, v) in values.enumerated() { storage[i] = v }
  }

  /// No parameters.
  public static let none = ParameterValues([])

  /// Value `i` (0 ..< ``count``).
  @inlinable public subscript(i: Int) -> Double {
    get { storage[i] }
    set { storage[i] = newValue }
  }

  /// The values in order.
  public var values: [Double] { (0..<count).map { storage[$0] } }

  public var description: String { "(" + values.map { "\($0)" }.joined(separator: ", ") + ")" }
}
