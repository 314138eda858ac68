// The sampler's result: a polyline in device pixels as runs sharing one buffer, with the
// log-magnitude scale's signs (CurveSampler.swift fills it).

/// A polyline in device pixels (y down), as one or more runs sharing one buffer.
///
/// Run i is `points[runEnds[i - 1]..<runEnds[i]]` (from 0 for i = 0); every run has at
/// least 2 points, increasing in x. Runs are split where the curve leaves the clip band.
public struct SampledCurve: Hashable, Sendable {
  public var points: [Point]
  public var runEnds: [Int]
  /// Under the log-magnitude scale, whether run i is where f < 0 (the scene draws those
  /// lighter); runs never span a sign change. Empty under the other scales.
  public var runIsNegative: [Bool] = []
  /// Under the log-magnitude scale, the device-pixel x of each sign change of f (where
  /// u = log10|f| runs off to −infinity), in increasing order: the scene marks them.
  public var signChanges: [Double] = []

  public init(points: [Point] = [], runEnds: [Int] = []) {
    self.points = points
    self.runEnds = runEnds
  }

  /// The points of run `i`.
  public func run(_ i: Int) -> ArraySlice<Point> {
    points[(i == 0 ? 0 : runEnds[i - 1])..<runEnds[i]]
  }
}

extension CurveSampler {
  /// Samples without caching into fresh buffers.
  static func sampled(_ curve: PlottedCurve, in vp: Viewport) -> SampledCurve {
    var result = SampledCurve()
    sample(curve, in: vp, into: &result)
    return result
  }
}
