// Shared helpers for PlotCore's tests: a seeded generator so property tests repeat
// exactly, and random viewports spanning every zoom the limits allow.

import Foundation
@testable import PlotCore

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same sequence everywhere,
/// so a failing case can be replayed from the seed and case number in its message.
struct SplitMix64: RandomNumberGenerator {
  private(set) var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in 0..<1.
  mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// Uniform in `r`.
  mutating func uniform(_ r: ClosedRange<Double>) -> Double {
    r.lowerBound + (r.upperBound - r.lowerBound) * unit()
  }

  /// Log-uniform in `r` (both ends > 0): every decade equally likely.
  mutating func logUniform(_ r: ClosedRange<Double>) -> Double {
    exp(uniform(log(r.lowerBound)...log(r.upperBound)))
  }

  /// One element of a non-empty array.
  mutating func pick<T>(_ xs: [T]) -> T { xs[Int(next() % UInt64(xs.count))] }
}

/// A plot rectangle with random position and size, device pixels.
func randomPlotRect(_ rng: inout SplitMix64) -> PixelRect {
  PixelRect(
    left: rng.uniform(0...120).rounded(), top: rng.uniform(0...80).rounded(),
    width: rng.uniform(40...2600).rounded(), height: rng.uniform(30...1600).rounded())!
}

/// A centre for a random view: the interesting places, or anywhere up to `maxMagnitude`.
func randomCenter(_ rng: inout SplitMix64, maxMagnitude: Double = 1e13) -> Double {
  switch rng.next() % 4 {
  case 0: return rng.pick([0, 20, 700, -700, 30, -0.5, 1])
  case 1: return rng.pick([0, 20, 700, -700]) + rng.uniform(-1...1) * rng.logUniform(1e-12...1)
  case 2: return rng.uniform(-100...100)
  default:
    return (rng.next() & 1 == 0 ? 1 : -1) * rng.logUniform(1e-300...maxMagnitude)
  }
}

/// A span for a random view: the deepest allowed, the widest, or log-uniform between.
func randomSpan(_ rng: inout SplitMix64, center c: Double, pixels: Double) -> Double {
  let narrowest = AxisRange.minSpan(magnitude: c.magnitude, pixels: pixels)
  switch rng.next() % 4 {
  case 0: return narrowest
  case 1: return AxisRange.maxSpan
  default: return rng.logUniform(narrowest...AxisRange.maxSpan)
  }
}

/// A random valid viewport over the whole range of zooms.
func randomViewport(_ rng: inout SplitMix64, maxCenter: Double = 1e13) -> Viewport {
  let plot = randomPlotRect(&rng)
  let cx = randomCenter(&rng, maxMagnitude: maxCenter)
  let cy = randomCenter(&rng, maxMagnitude: maxCenter)
  let sx = randomSpan(&rng, center: cx, pixels: plot.width)
  let sy = randomSpan(&rng, center: cy, pixels: plot.height)
  return Viewport(xMin: cx - sx / 2, xMax: cx + sx / 2, yMin: cy - sy / 2, yMax: cy + sy / 2,
    plot: plot)!
}

/// The largest |value| an axis shows.
func magnitude(_ r: AxisRange) -> Double { max(r.min.magnitude, r.max.magnitude) }

/// Whether `r` obeys every documented limit for an axis `pixels` long (the narrowest span
/// within the two ulps that rounding the ends may cost).
func obeysLimits(_ r: AxisRange, pixels: Double) -> Bool {
  let center = r.min / 2 + r.max / 2
  return r.min.isFinite && r.max.isFinite && r.min < r.max
    && r.span <= AxisRange.maxSpan * (1 + 1e-15)
    && r.span >= AxisRange.minSpan(magnitude: magnitude(r), pixels: pixels) - 2 * magnitude(r).ulp
    && center.magnitude <= AxisRange.maxCenterMagnitude * (1 + 1e-15)
}
