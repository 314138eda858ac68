// The ball arithmetic's radius claims, checked without mpmath: identities whose two
// sides are computed by different routes must overlap (a radius that understates its
// error, or a wrong series, shows as two disjoint balls), and every radius must be small
// (a ball of infinite radius would contain everything and prove nothing). Also: every
// catalogue function's ball agrees with the catalogue's own double to its 2 ulps.

import Testing
import TestSupport
@testable import PlotCore

@Suite struct BallTests {
  /// Whether the balls share a real: |ma − mb| ≤ ra + rb.
  static func overlap(_ a: Ball, _ b: Ball) -> Bool {
    guard let r = (a.rad + b.rad).exact else { return false }
    let excess = (a.mid - b.mid).absolute - r
    return excess.negative || excess.isZero
  }

  /// Whether the ball's radius is below 2^-bits of its magnitude (or of 1, absolutely).
  static func tight(_ a: Ball, bits: Int) -> Bool {
    let scale = a.mid.isZero ? 0 : Bound(magnitudeOf: a.mid).exponent
    return a.rad.isBelow(power: scale - bits)
  }

  static let points: [Double] = [1e-300, -3e-20, 0x1p-30, 0.1, -0.5, 0.75, 1, -2.5, 3.7, 10,
                                 -27.25, 100.5, -700, 708.5, 0x1.8p-1022]

  @Test(arguments: [128, 512])
  func expTimesExpOfMinusIsOne(_ bits: Int) {
    for a in Self.points where a.magnitude < 709 {
      let e = Ball.expOfPoint(ExactDyadic(a), bits: bits)
      let f = Ball.expOfPoint(ExactDyadic(-a), bits: bits)
      #expect(Self.tight(e, bits: bits - 20) && Self.tight(f, bits: bits - 20), "exp(\(a)) radius")
      #expect(Self.overlap(e * f, Ball(1)), "exp(\(a))·exp(−\(a)) misses 1 at \(bits) bits")
      // expm1 near 0 keeps its relative accuracy: expm1(a) + 1 overlaps exp(a).
      let m = Ball.expm1OfPoint(ExactDyadic(a), bits: bits)
      #expect(Self.tight(m, bits: bits - 20), "expm1(\(a)) radius")
      #expect(Self.overlap(m + Ball(1), e), "expm1(\(a)) + 1 vs exp(\(a))")
    }
  }

  @Test(arguments: [128, 384])
  func logInvertsExp(_ bits: Int) {
    for a in Self.points where a.magnitude < 709 {
      let e = Ball.expOfPoint(ExactDyadic(a), bits: bits + 40)
      let l = e.log()
      #expect(Self.tight(l, bits: bits - 30), "log(exp(\(a))) radius")
      #expect(Self.overlap(l, Ball(a)), "log(exp(\(a))) misses \(a)")
      // log1p(a) and log(1 + a), two routes, for a > −1.
      if a > -1 {
        let p = Ball.log1pOfPoint(ExactDyadic(a), bits: bits)
        let q = Ball.logOfPoint(ExactDyadic(a) + ExactDyadic(1), bits: bits)
        #expect(Self.tight(p, bits: bits - 20), "log1p(\(a)) radius")
        #expect(Self.overlap(p, q), "log1p(\(a)) vs log(1 + \(a))")
        // log1p(expm1(a)) = a: relative accuracy near 0 on both sides.
        if a.magnitude < 50 {
          let r = Ball.expm1OfPoint(ExactDyadic(a), bits: bits + 20).log1p()
          #expect(Self.overlap(r, Ball(a)) && Self.tight(r, bits: bits - 30), "log1p(expm1(\(a)))")
        }
      }
    }
  }

  @Test(arguments: [128, 256])
  func erfAndErfcSumToOne(_ bits: Int) {
    for t in [1e-200, 0.01, 0.5, -0.9, 1.5, 3, -4.25, 6, 9.5, 14, 27, 100] {
      let a = Ball.erf(ExactDyadic(t), bits: bits), c = Ball.erfc(ExactDyadic(t), bits: bits)
      #expect(Self.tight(a, bits: bits - 20) && Self.tight(c, bits: bits - 20), "erf/erfc(\(t)) radius")
      #expect(Self.overlap(a + c, Ball(1)), "erf(\(t)) + erfc(\(t)) misses 1")
      // Φ(x) + Φ(−x) = 1, and Φ(x) = erfc(−x/√2)/2 at x = t·√2 for the exactly
      // representable case of the asymptotic and series routes meeting: checked through
      // erfc(−t) = 2 − erfc(t).
      let p = Ball.normalDistribution(ExactDyadic(t), bits: bits)
      let q = Ball.normalDistribution(ExactDyadic(-t), bits: bits)
      #expect(Self.tight(p, bits: bits - 20) && Self.tight(q, bits: bits - 20), "Φ(±\(t)) radius")
      #expect(Self.overlap(p + q, Ball(1)), "Φ(\(t)) + Φ(−\(t)) misses 1")
      #expect(Self.overlap(Ball.erfc(ExactDyadic(-t), bits: bits) + c, Ball(2)), "erfc(−\(t)) + erfc(\(t))")
    }
  }

  /// The asymptotic and the series routes of erfc agree where both apply (t² about
  /// 0.7·bits): erfc at 128 bits takes the asymptotic sum, at 2048 the series.
  @Test func erfcRoutesAgree() {
    for t in [9.5, 10.25, 11] {
      let a = Ball.erfc(ExactDyadic(t), bits: 100)
      let b = Ball.erfc(ExactDyadic(t), bits: 400)
      #expect(Ball.erfcAsymptoticSum(ExactDyadic(2 * t * t), bits: 108) != nil)
      #expect(Ball.erfcAsymptoticSum(ExactDyadic(2 * t * t), bits: 408) == nil)
      #expect(Self.overlap(a, b) && Self.tight(a, bits: 80) && Self.tight(b, bits: 380), "erfc(\(t))")
    }
  }

  @Test func constantsAndTanh() {
    let pi = Ball.piComputed(bits: 200)
    #expect(Self.tight(pi, bits: 180))
    #expect(Self.overlap(pi, Ball(ExactDyadic(Double.pi), radius: Bound.power(-51), precision: 0)))
    // π from Machin against 4·atan(1) = 2·(the atanh-free route): (1/√π)² · π = 1.
    let s = Ball.inverseSqrtPi(bits: 200)
    #expect(Self.overlap(s * s * pi, Ball(1)) && Self.tight(s, bits: 180))
    let s2 = Ball.inverseSqrtTwoPi(bits: 200)
    #expect(Self.overlap(s2 * s2 * pi * Ball(2), Ball(1)))
    // The tables cut to a precision agree with the constants computed at it, and beyond
    // the tables' precision the constants are computed afresh.
    #expect(Self.overlap(Ball.ln2(bits: 300), Ball.ln2Computed(bits: 300)))
    let far = Ball.inverseSqrtPi(bits: Ball.tableBits + 100)
    #expect(Self.overlap(far, s) && Self.tight(far, bits: Ball.tableBits + 80))
    let lambda = Ball.decimal("1.0507009873554804934193349852946", bits: 200)
    let ten31 = Ball.decimal("1" + String(repeating: "0", count: 31), bits: 200)
    #expect(Self.overlap(lambda * ten31, Ball.decimal("10507009873554804934193349852946", bits: 200)))
    // tanh x = (e^2x − 1)/(e^2x + 1), and it keeps tanh(1e-300) relative.
    for x in [1e-300, -0.3, 2, 20, -400] {
      let t = Ball(x, precision: 160).tanh()
      let e = Ball.expm1OfPoint(ExactDyadic(2 * x), bits: 160)
      #expect(Self.overlap(t, e / (e + Ball(2))) && Self.tight(t, bits: 140), "tanh(\(x))")
    }
  }

  /// Every catalogue function's ball, at default and other parameters, lies within 4 ulps
  /// of the catalogue's double (which is within 2): a wrong expression, sign or constant
  /// misses by far more. x over wide ranges, tails and tiny values.
  @Test func ballsMatchTheCatalogue() throws {
    var rng = SplitMix64(seed: 14)
    func unit() -> Double { Double(rng.next() >> 11) * 0x1p-53 }
    let specs = FunctionCatalogue.names + ["sigmoid:k=3.5,x0=-2", "softplus:beta=0.3", "silu:beta=7",
                                          "elu:alpha=2.5", "celu:alpha=0.3", "leaky_relu:negative_slope=0.2",
                                          "hardtanh:min_val=-3,max_val=0.5"]
    var failures: [String] = []
    for text in specs {
      let spec = try FunctionSpec.parse(text)
      for i in 0..<60 {
        let x: Double = i < 40 ? (unit() * 2 - 1) * [3, 12, 40, 800][i % 4]
          : (unit() < 0.5 ? -1 : 1) * Double(sign: .plus, exponent: Int(unit() * 2000) - 1000, significand: 1 + unit())
        for order in DerivativeOrder.allCases {
          let v = spec.function[order, x, spec.parameters]
          guard let b = CatalogueBall(bits: 128).value(spec.function.names.commandLine, order, x: x, spec.parameters)
          else { failures.append("\(text): no ball"); continue }
          let m = b.mid.approximation
          let ok = m == v || (m - v).magnitude <= 4 * v.ulp || (v.magnitude < 0x1p-1000 && m.magnitude < 0x1p-1000)
          // Near a zero the catalogue is accurate only absolutely: allow 2^-50 there.
          if !ok && (m - v).magnitude > 0x1p-50 { failures.append("\(text) \(order) at \(x): ball \(m), catalogue \(v)") }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(6))")
  }
}

