// The story points, shaded regions, dead zones and kinks of the families shown, kept per
// (family, parameters): solving them costs a few thousand evaluations (StorySolver.swift),
// far too much for every frame, and they change only with the parameters.

/// A small cache of ``StoryPoints``' answers, keyed by each family's curve of order f.
public struct StoryCache: Sendable {
  /// One family's story at one parameter point.
  public struct Entry: Sendable {
    public var family: PlottedCurve
    public var points: [StoryPoint]
    public var shaded: [ClosedRange<Double>]
    public var deadZones: [ClosedRange<Double>]
    public var kinks: [Kink]
  }

  /// At most this many families are kept; the oldest goes first (a frame shows a few).
  public static let capacity = 16
  private var entries: [Entry] = []
  /// How many families were solved (cache misses), for tests.
  public private(set) var solveCount = 0

  public init() {}

  /// The entry of the family of `curve` (any order), solving it on a miss.
  public mutating func entry(for curve: PlottedCurve) -> Entry {
    let family = curve.withOrder(.value)
    if let e = entries.first(where: { $0.family == family }) { return e }
    let f = family.function, p = family.parameters
    let story = f.story(p)
    let e = Entry(family: family, points: story.points, shaded: story.vanishing,
                  deadZones: story.deadZones, kinks: f.kinks(p))
    solveCount += 1
    if entries.count >= Self.capacity { entries.removeFirst() }
    entries.append(e)
    return e
  }

  /// ``StoryPoints/points(on:)``, from the cache.
  public mutating func points(on curves: [PlottedCurve]) -> [StoryPoint] {
    var result: [StoryPoint] = []
    for family in StoryPoints.families(of: curves) {
      result += entry(for: family).points.filter { curves.contains($0.curve) }
    }
    return result
  }

  /// ``StoryPoints/shadedRegions(of:)``, from the cache.
  public mutating func shadedRegions(of curves: [PlottedCurve]) -> [ClosedRange<Double>] {
    StoryPoints.families(of: curves).flatMap { entry(for: $0).shaded }
  }

  /// ``StoryPoints/deadZones(of:)``, from the cache.
  public mutating func deadZones(of curves: [PlottedCurve]) -> [ClosedRange<Double>] {
    StoryPoints.families(of: curves).flatMap { entry(for: $0).deadZones }
  }
}
