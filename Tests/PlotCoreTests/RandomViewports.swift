// Random viewports for PlotCore's property tests, spanning every zoom the limits allow,
// drawn from the shared seeded generator so a failure replays from its seed.

import Foundation
import TestSupport
@testable import PlotCore

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
