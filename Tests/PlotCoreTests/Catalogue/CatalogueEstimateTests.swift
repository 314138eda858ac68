// Tests of the catalogue's estimates (GELU, tanh, SiLU +Estimate.swift): the sampler
// trusts each to within its estimateError of the exact value (relative, plus 2^-1000),
// so a breach would let an estimate decide a refinement the exact values decide
// otherwise. Seeded x over every magnitude, the zeros of f' and f'' included.

import Testing
@testable import PlotCore
import TestSupport

@Suite struct CatalogueEstimateTests {
  static func check(_ f: any PlotFunction, parameters: (inout SplitMix64) -> ParameterValues,
                    zeros: [Double], seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    var failures = 0
    for i in 0..<20_000 {
      let x: Double
      switch i % 3 {
      case 0: x = rng.uniform(-45...45)
      case 1:
        let m = rng.logUniform(0x1p-1074...800)
        x = rng.next() & 1 == 0 ? m : -m
      default:
        // Right around a zero of f' or f'' (cancellation), down to a few ulps from it.
        let z = zeros[Int(rng.next() % UInt64(zeros.count))]
        x = z + (rng.next() & 1 == 0 ? 1 : -1) * rng.logUniform(0x1p-50...0.5)
      }
      let p = parameters(&rng)
      for order in DerivativeOrder.allCases {
        let exact = f.value(order, at: x, p), estimate = f.estimate(order, at: x, p)
        let ok = (estimate - exact).magnitude <= f.estimateError * exact.magnitude + 0x1p-1000
        if !ok && failures < 5 {
          Issue.record("\(f.names.commandLine)\(order) at \(x) p \(p): exact \(exact), estimate \(estimate)")
        }
        if !ok { failures += 1 }
      }
    }
    #expect(failures == 0)
  }

  @Test func geluEstimatesAreWithinTheirBound() {
    Self.check(GELUFunction(), parameters: { _ in .none },
               zeros: [-0.7517916243549, -2.0.squareRoot(), 2.0.squareRoot(), 0], seed: 0x6E1)
  }

  @Test func tanhEstimatesAreWithinTheirBound() {
    Self.check(TanhFunction(), parameters: { _ in .none }, zeros: [0, 0.6584789484624],
               seed: 0x7A1)
  }

  @Test func siluEstimatesAreWithinTheirBound() {
    // The zeros in x move with beta; in v = beta x they are at -1.2785 and ±2.3994.
    Self.check(SiLUFunction(), parameters: { rng in
      ParameterValues([rng.next() & 1 == 0 ? 1 : rng.uniform(0.05...20)])
    }, zeros: [-1.2784645427610738, -2.3993572805154676, 2.3993572805154676, 0], seed: 0x511)
  }

  /// The sigmoid's paired estimates (one exp for two orders, what SiLU's f' and f'' use)
  /// are bit for bit the single ones, so their bound is theirs.
  @Test func pairedSigmoidEstimatesAreTheSingleOnes() {
    var rng = SplitMix64(seed: 0x9A1_2)
    let s = SigmoidFunction(), d = ParameterValues([1, 0])
    for i in 0..<20_000 {
      let m = i % 2 == 0 ? rng.uniform(0...40) : rng.logUniform(0x1p-1074...800)
      let u = rng.next() & 1 == 0 ? m : -m
      let (value, slope) = SigmoidFunction.valueAndSlopeEstimate(u)
      let (slope2, bend) = SigmoidFunction.slopeAndBendEstimate(u)
      #expect(value.bitPattern == s.estimate(.value, at: u, d).bitPattern, "S at \(u)")
      #expect(slope.bitPattern == s.estimate(.first, at: u, d).bitPattern, "S' at \(u)")
      #expect(slope2.bitPattern == slope.bitPattern, "S' at \(u)")
      #expect(bend.bitPattern == s.estimate(.second, at: u, d).bitPattern, "S'' at \(u)")
    }
  }
}
