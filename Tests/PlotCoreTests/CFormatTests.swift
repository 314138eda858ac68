// CFormat against Foundation's String(format:), which the readout and the story labels
// used before the program stopped linking Foundation: every digit must be the same.
// (The tests may link Foundation; the program may not.)

import Foundation
import PlotCore
import TestSupport
import Testing

@Suite struct CFormatTests {
  /// Random bit patterns (every exponent, subnormals, both signs) and the edge values.
  static func doubles(count: Int) -> [Double] {
    var random = SplitMix64(seed: 0x5157_F0A7)
    var values: [Double] = [0, -0.0, 1, -1, 0.5, 9.9999999999999995, 2.5, 1e-5, 9.995,
                            .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
                            .infinity, -.infinity, .nan, 4.248354255291589e-18, 1 - 0x1p-53]
    while values.count < count {
      let x = Double(bitPattern: random.next())
      values.append(x.isNaN ? random.uniform(-10...10) : x)
    }
    return values
  }

  @Test func theReadoutsFormatsMatchFoundation() {
    for x in Self.doubles(count: 4000) {
      #expect(CFormat.string("%.16e", x) == String(format: "%.16e", x), "\(x.bitPattern)")
      #expect(CFormat.string("%.4g", x) == String(format: "%.4g", x), "\(x.bitPattern)")
      for precision in [0, 1, 5, 15, 16] {
        #expect(CFormat.string("%.*e", Int32(precision), x) == String(format: "%.*e", precision, x),
                "\(x.bitPattern) at \(precision)")
      }
    }
  }

  /// Text past the 128-byte stack buffer takes the second, sized pass whole.
  @Test func longTextIsNotCut() {
    let text = CFormat.string("%.300f", 1.0)
    #expect(text == String(format: "%.300f", 1.0))
    #expect(text.count == 302)
    #expect(CFormat.string("%d items", Int32(42)) == "42 items")
  }
}
