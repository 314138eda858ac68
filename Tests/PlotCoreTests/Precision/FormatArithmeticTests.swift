// Tests of Sources/PlotCore/Precision/FormatArithmetic.swift's +, −, ×, / against Swift's
// Float16 and Float operations (IEEE, correctly rounded: Float16's are evaluated in Float,
// which is innocuous for these four operations since 24 >= 2·11 + 2), over random pairs
// including subnormals, overflow and exact ties.

import Testing
import TestSupport
@testable import PlotCore

@Suite struct FormatArithmeticTests {
  @Test func float16ArithmeticIsIEEEs() {
    var rng = SplitMix64(seed: 1414)
    let m = FormatArithmetic(.float16)
    for _ in 0..<200_000 {
      let a = Float16(bitPattern: UInt16.random(in: 0...0xffff, using: &rng))
      let b = Float16(bitPattern: UInt16.random(in: 0...0xffff, using: &rng))
      guard a.isFinite, b.isFinite else { continue }
      let x = Double(a), y = Double(b)
      #expect(same(m.add(x, y), Double(a + b)), "\(a) + \(b)")
      #expect(same(m.subtract(x, y), Double(a - b)), "\(a) - \(b)")
      #expect(same(m.multiply(x, y), Double(a * b)), "\(a) * \(b)")
      #expect(same(m.divide(x, y), Double(a / b)), "\(a) / \(b)")
    }
  }

  @Test func float32ArithmeticIsIEEEs() {
    var rng = SplitMix64(seed: 32)
    let m = FormatArithmetic(.float32)
    for _ in 0..<200_000 {
      let a = Float(bitPattern: UInt32.random(in: 0...UInt32.max, using: &rng))
      let b = Float(bitPattern: UInt32.random(in: 0...UInt32.max, using: &rng))
      // Nearby exponents too, where sums cancel and round.
      let c = Float(sign: b.sign, exponent: a.exponent &+ Int.random(in: -30...30, using: &rng),
                    significand: b.significand)
      for (p, q) in [(a, b), (a, c)] where p.isFinite && q.isFinite {
        let x = Double(p), y = Double(q)
        #expect(same(m.add(x, y), Double(p + q)), "\(p) + \(q)")
        #expect(same(m.multiply(x, y), Double(p * q)), "\(p) * \(q)")
        #expect(same(m.divide(x, y), Double(p / q)), "\(p) / \(q)")
      }
    }
  }

  /// The exp of every float16 where its rounding is decided by the stated bound (every
  /// one: none lies within 2^-56 of a midpoint).
  @Test func transcendentalsAreDecidedOnEveryFloat16() {
    let m = FormatArithmetic(.float16)
    var undecided = 0
    for x in NumberFormat.float16.allValues! where x.isFinite {
      for op in ElementaryOperation.allCases where !m.elementary(op, x).decided { undecided += 1 }
    }
    #expect(undecided == 0)
  }

  @Test func e4m3SaturatesWhereExpOverflows() {
    let m = FormatArithmetic(.float8E4M3)
    #expect(m.exp(7) == 448)
    #expect(m.log(0) == -448)
    #expect(m.exp(6) == 416)     // e^6 = 403.4, grid 32 above 256
    #expect(m.multiply(448, 2) == 448)
  }

  func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }
}
