// Ticks for the log-magnitude y axis: the log axis's decades, read as magnitudes |f|.

extension TickLocator {
  /// Ticks for u = log10|y|: the same powers of ten as ``logTicks(uMin:uMax:target:pixelForU:)``
  /// ("1e-300", "0.01", "1"), labels that name the magnitude |y|. The sign is not on the
  /// axis: the curves show it (negative stretches lighter, a marker at each sign change),
  /// and the legend's note says so.
  static func logMagnitudeTicks(uMin: Double, uMax: Double, target: Double,
                                pixelForU: (Double) -> Double) -> AxisTicks {
    logTicks(uMin: uMin, uMax: uMax, target: target, pixelForU: pixelForU)
  }
}
