// Tests of the bend bounds (SigmoidBends.swift and each family's +BendBound.swift): the
// sampler accepts a column's chord without probes wherever the bound says the curve
// cannot stray, so a bound below the true |f^(order+2)| anywhere would let it skip a
// column the probes split. Checked against difference quotients of the families' exact
// derivatives (independent of the closed forms the bounds come from), over seeded
// intervals of every width, in the middle and far in the tails.

import Testing
@testable import PlotCore
import TestSupport

@Suite struct BendBoundTests {
  /// |f^(order+2)(x)| from the family's exact f, f', f'': f'' itself, a central first
  /// difference of f'', or a second one; with the rounding noise of the quotient.
  static func measured(_ f: any PlotFunction, _ order: DerivativeOrder, at x: Double, h: Double,
                       _ p: ParameterValues) -> (value: Double, noise: Double) {
    let c = f.secondDerivative(at: x, p)
    switch order {
    case .value:
      return (c.magnitude, 0)
    case .first:
      let l = f.secondDerivative(at: x - h, p), r = f.secondDerivative(at: x + h, p)
      let noise = 4 * Swift.max(l.magnitude, r.magnitude).ulp / h
      return (((r - l) / (2 * h)).magnitude, noise)
    case .second:
      let l = f.secondDerivative(at: x - h, p), r = f.secondDerivative(at: x + h, p)
      let noise = 8 * Swift.max(l.magnitude, r.magnitude, c.magnitude).ulp / (h * h)
      return (((r - 2 * c + l) / (h * h)).magnitude, noise)
    }
  }

  /// Each bound holds at 40 points of each of 600 seeded intervals (the ends included),
  /// `scale` the family's x scale at p (1/k, 1/β), which sets the difference step.
  static func check(_ f: any PlotFunction, seed: UInt64,
                    parameters: (inout SplitMix64) -> (ParameterValues, scale: Double)) {
    var rng = SplitMix64(seed: seed)
    var failures = 0
    for i in 0..<600 {
      let (p, scale) = parameters(&rng)
      let centre = (i % 3 == 0 ? rng.uniform(-3...3)
        : i % 3 == 1 ? rng.uniform(-40...40) : rng.uniform(-760...760)) * scale
      let width = rng.logUniform(1e-6...60) * scale
      let lo = centre - width / 2, hi = centre + width / 2
      let h = 1e-3 * scale
      for order in DerivativeOrder.allCases {
        let bound = f.bendBound(order, over: lo, hi, p)
        for j in 0..<40 {
          let x = j == 0 ? lo : j == 1 ? hi : rng.uniform(lo...hi)
          let (value, noise) = measured(f, order, at: x, h: h, p)
          // 1e-4 relative: the difference quotients' truncation (h² times f^(5), f^(6)).
          let ok = value <= bound * (1 + 1e-4) + noise
          if !ok && failures < 5 {
            let message = "\(f.names.commandLine) \(order) p \(p) over \(lo)...\(hi) at \(x): "
              + "|f^(n)| \(value) > bound \(bound)"
            Issue.record(Comment(rawValue: message))
          }
          if !ok { failures += 1 }
        }
      }
    }
    #expect(failures == 0)
  }

  @Test func sigmoidBoundsHold() {
    Self.check(SigmoidFunction(), seed: 0xBE4D_5) { rng in
      if rng.next() % 3 == 0 { return (ParameterValues([1, 0]), 1) }
      let k = rng.logUniform(0.05...20)
      return (ParameterValues([k, rng.uniform(-10...10)]), 1 / k)
    }
  }

  @Test func tanhBoundsHold() {
    Self.check(TanhFunction(), seed: 0xBE4D_7) { _ in (.none, 0.5) }
  }

  @Test func geluBoundsHold() {
    Self.check(GELUFunction(), seed: 0xBE4D_6) { _ in (.none, 1) }
  }

  @Test func siluBoundsHold() {
    Self.check(SiLUFunction(), seed: 0xBE4D_511) { rng in
      if rng.next() % 3 == 0 { return (ParameterValues([1]), 1) }
      let beta = rng.logUniform(0.05...20)
      return (ParameterValues([beta]), 1 / beta)
    }
  }

  /// The peaks: each bound over an interval holding the family's largest |f^(n)| is at
  /// least that value (the difference check samples near it too; this pins it).
  @Test func peaksAreAtLeastTheTrueMaxima() {
    // |S''| at u = ±1.3170 (1/(6√3)), |S'''| at 0 (1/8), |S''''| at ±2.2924 (0.1277).
    let s = SigmoidFunction(), d = ParameterValues([1, 0])
    #expect(s.bendBound(.value, over: -2, 2, d) >= 0.0962250448)
    #expect(s.bendBound(.first, over: -2, 2, d) >= 0.125)
    #expect(s.bendBound(.second, over: -3, 3, d) >= 0.1276839)
    // gelu'' = 2φ(0), gelu'''' = 4φ(0) at 0, gelu''' peaks at 0.7788 near x = 0.5.
    let g = GELUFunction()
    #expect(g.bendBound(.value, over: -1, 1, .none) >= 0.7978845608)
    #expect(g.bendBound(.first, over: -1, 1, .none) >= 0.77876963)
    #expect(g.bendBound(.second, over: -1, 1, .none) >= 1.5957691216)
  }
}
