// The points that tell a function's story, as the markers show them (inflections, peaks,
// extrema, where the gradient vanishes), gathered from the families of the curves shown.
// Each family solves its own (SigmoidFunction+Story.swift); the scene draws them.

/// One labelled point on a curve.
public struct StoryPoint: Sendable, Equatable {
  /// What the point is, on its curve (the peak of S' is a `.maximum` of the curve S').
  public enum Kind: Hashable, Sendable {
    case inflection, maximum, minimum
    /// Where f' falls below a small fraction of its peak (learning stalls).
    case vanishingGradient
    /// Where the curve crosses 0.
    case zero
    /// A corner of the curve: the next derivative jumps there (``Kink``).
    case kink
    /// Where a dead zone (f' exactly 0, ``StoryPoint/region``) meets a kink.
    case deadZone
  }

  public var kind: Kind
  /// The curve the point lies on (its marker shows only while that curve is drawn).
  public var curve: PlottedCurve
  /// Data x, and data y = `curve.evaluate(x)`, so the marker sits on the drawn line.
  public var x: Double
  public var y: Double
  /// The marker's label.
  public var label: String
  /// For a `.deadZone`, the x range it covers (ends may be infinite); else nil.
  public var region: ClosedRange<Double>? = nil

  /// The point of `kind` at x on `curve`, with y computed from the curve.
  public init(_ kind: Kind, on curve: PlottedCurve, x: Double, label: String) {
    self.kind = kind
    self.curve = curve
    self.x = x
    y = curve.evaluate(x)
    self.label = label
  }
}

/// The story points of a set of curves.
public enum StoryPoints {
  /// The story points that lie on `curves`: each family's (at the curve's parameters) in
  /// the order the families first appear, each family's in its own order.
  public static func points(on curves: [PlottedCurve]) -> [StoryPoint] {
    var result: [StoryPoint] = []
    for curve in families(of: curves) {
      result += curve.function.storyPoints(curve.parameters).filter { curves.contains($0.curve) }
    }
    return result
  }

  /// The x ranges the markers shade for the families of `curves` (hidden ones count: the
  /// shading belongs to the function, not to one of its derivatives).
  public static func shadedRegions(of curves: [PlottedCurve]) -> [ClosedRange<Double>] {
    families(of: curves).flatMap { $0.function.shadedRegions($0.parameters) }
  }

  /// The dead zones (f' exactly 0) of the families of `curves`, hidden ones included.
  public static func deadZones(of curves: [PlottedCurve]) -> [ClosedRange<Double>] {
    families(of: curves).flatMap { $0.function.deadZones($0.parameters) }
  }

  /// One curve (order f) per distinct (family, parameters) in `curves`, in first-seen order.
  static func families(of curves: [PlottedCurve]) -> [PlottedCurve] {
    var seen: [PlottedCurve] = []
    for curve in curves {
      let base = curve.withOrder(.value)
      if !seen.contains(base) { seen.append(base) }
    }
    return seen
  }
}
