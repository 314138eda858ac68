// Tests of Sources/PlotCore/Precision/NumberFormat*.swift: rounding, the grid, the
// encodings and the shortest text, against Swift's own Float16 and Float (IEEE types
// whose conversions from Double round once, to nearest even) and bfloat16 as the top
// half of a Float.

import Testing
import TestSupport
@testable import PlotCore

@Suite struct NumberFormatTests {
  /// Doubles spread over every binade of float16 and bfloat16 and past them, plus the
  /// exact midpoints of float16 (ties) and their neighbours.
  static func probes() -> [Double] {
    var rng = SplitMix64(seed: 14)
    var xs: [Double] = []
    for _ in 0..<40_000 {
      let e = Int.random(in: -160...140, using: &rng)
      let m = Double.random(in: 1..<2, using: &rng)
      xs.append((Bool.random(using: &rng) ? -1 : 1) * Double(sign: .plus, exponent: e, significand: m))
    }
    for bits in stride(from: UInt16(0), to: 0x7c00, by: 7) {
      let v = Double(Float16(bitPattern: bits)), next = Double(Float16(bitPattern: bits + 1))
      let mid = (v + next) / 2
      xs += [mid, mid.nextUp, mid.nextDown, -mid]
    }
    return xs + [65504, 65519.99, 65520, 65536, 1e300, 0x1p-25, 0x1p-24 * 1.5, 0x1p-26]
  }

  @Test func float16RoundingIsSwiftsFloat16() {
    for x in Self.probes() {
      let want = Double(Float16(x))
      #expect(NumberFormat.float16.rounded(x) == want, "x = \(x)")
    }
  }

  @Test func float32RoundingIsSwiftsFloat() {
    for x in Self.probes() {
      #expect(NumberFormat.float32.rounded(x) == Double(Float(x)), "x = \(x)")
    }
  }

  /// A double-double whose hi is a float16 midpoint: the sign of lo breaks the tie.
  @Test func pairAtAMidpointRoundsByTheSignOfItsTail() {
    let f = NumberFormat.float16
    let mid = 1 + 0x1p-11  // between 1 and 1 + 2^-10; RNE alone gives 1
    #expect(f.rounded(mid) == 1)
    #expect(f.rounded(hi: mid, lo: 0x1p-80) == 1 + 0x1p-10)
    #expect(f.rounded(hi: mid, lo: -0x1p-80) == 1)
    #expect(f.rounded(estimate: Float80(mid), relativeError: 0x1p-60).decided == false)
    #expect(f.rounded(estimate: Float80(mid) + 0x1p-40, relativeError: 0x1p-60) == (1 + 0x1p-10, true))
  }

  @Test func overflowGivesInfinityOrSaturates() {
    #expect(NumberFormat.float16.rounded(65520) == .infinity)  // the tie above 65504
    #expect(NumberFormat.float16.rounded(65519.99) == 65504)
    #expect(NumberFormat.float8E4M3.rounded(464) == 448)        // tie: 448 is even
    #expect(NumberFormat.float8E4M3.rounded(465) == 448)        // saturates, no NaN
    #expect(NumberFormat.float8E4M3.rounded(-.infinity) == -448)
    #expect(NumberFormat.float8E5M2.rounded(61440) == .infinity)
    #expect(NumberFormat.float8E5M2.rounded(61439) == 57344)
  }

  @Test func encodingsAreIEEEs() {
    let half = NumberFormat.float16.allValues!, brain = NumberFormat.bfloat16.allValues!
    for bits in 0..<65536 {
      let h = Double(Float16(bitPattern: UInt16(bits)))
      let b = Double(Float(bitPattern: UInt32(bits) << 16))
      #expect(half[bits] == h || (half[bits].isNaN && h.isNaN))
      #expect(brain[bits] == b || (brain[bits].isNaN && b.isNaN))
      if h.isFinite { #expect(NumberFormat.float16.bits(of: h) == UInt64(bits)) }
    }
  }

  /// OCP E4M3FN: 0x7e is 448, 0x7f NaN, 0x08 the least normal 2^-6, 0x01 2^-9.
  @Test func e4m3Encodings() throws {
    let v = try #require(NumberFormat.float8E4M3.allValues)
    #expect(v[0x7e] == 448 && v[0x7f].isNaN && v[0xff].isNaN && v[0x78] == 256)
    #expect(v[0x08] == 0x1p-6 && v[0x01] == 0x1p-9 && v[0xfe] == -448)
    #expect(v.filter(\.isNaN).count == 2 && !v.contains(.infinity))
    let e5 = try #require(NumberFormat.float8E5M2.allValues)
    #expect(e5[0x7b] == 57344 && e5[0x7c] == .infinity && e5[0x01] == 0x1p-16)
  }

  @Test func neighboursAndUlpAreFloat16s() {
    for bits in UInt16(0)..<0x7c00 {
      let h = Float16(bitPattern: bits), v = Double(h)
      #expect(NumberFormat.float16.nextUp(v) == Double(h.nextUp))
      if v > 0 { #expect(NumberFormat.float16.nextDown(v) == Double(h.nextDown)) }
      #expect(NumberFormat.float16.ulp(at: v) == Double(h.ulp))
    }
    #expect(NumberFormat.float8E4M3.nextUp(448) == nil)
  }

  /// Every finite float16: the text reads back as the value and has no more significant
  /// digits than Swift's own Float16 text (which prints integers like 8208 in full).
  @Test func shortestTextIsFloat16sOwn() {
    for bits in UInt16(0)..<0x7c00 {
      let h = Float16(bitPattern: bits)
      let text = NumberFormat.float16.shortestText(Double(h))
      #expect(NumberFormat.float16.rounded(Double(text)!) == Double(h), "\(text)")
      #expect(digits(text) <= digits(String(describing: h)), "\(h): \(text)")
    }
  }

  /// Significant digits of a decimal ("0.01563" has 4, "8208.0" 4, "1e-05" 1).
  func digits(_ text: String) -> Int {
    let mantissa = text.split(separator: "e").first ?? ""
    var d = mantissa.filter(\.isNumber).drop { $0 == "0" }
    while d.last == "0" { d.removeLast() }
    return Swift.max(1, d.count)
  }

  @Test func shortestTextOfNarrowFormatsReadsBack() {
    for format in [NumberFormat.bfloat16, .float8E4M3, .float8E5M2] {
      for v in format.allValues! where v.isFinite {
        let text = format.shortestText(v)
        #expect(format.rounded(Double(text)!) == v, "\(format) \(v): \(text)")
      }
    }
  }
}
