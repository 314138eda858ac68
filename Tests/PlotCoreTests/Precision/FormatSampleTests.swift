// Tests of Overlay/FormatSample.swift's two evaluations: what a frame draws (fast, in
// float64 the catalogue's doubles for `exact`) and what the probe reads out (the proven
// values, with float64 errors against the double-double truth, so `exact` reads at most
// half an ulp, as correctly rounded must).

import Testing
@testable import PlotCore

@Suite struct FormatSampleTests {
  static let specs = ["sigmoid", "gelu", "silu:beta=1.7", "mish", "tanh"]

  /// Points where the catalogue's doubles and the correct roundings differ now and then.
  static func points(_ count: Int) -> [Double] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return (Double(state >> 11) * 0x1p-53 - 0.5) * 24
    }
  }

  @Test(arguments: specs)
  func readoutOfFloat64ExactIsWithinHalfAnUlp(text: String) throws {
    let lab = try PrecisionFormula(FunctionSpec.parse(text), format: .float64, kind: .exact)
    var readNonzero = 0
    for x in Self.points(40) {
      let read = FormatSample(readingOut: lab, at: x)
      let drawn = FormatSample(lab, at: x)
      for order in DerivativeOrder.allCases {
        #expect(read.computed[order] == lab.exact(atFormatValue: x)[order])
        #expect(read.ulps[order] <= 0.5, "\(text) \(order) at \(x): \(read.ulps[order]) ulps")
        // Drawing takes the catalogue's double, which the frame's errors are measured
        // against: it reads 0 there.
        #expect(drawn.computed[order] == lab.trueValues(atFormatValue: x)[order])
        #expect(drawn.ulps[order] == 0)
        if read.ulps[order] > 0 { readNonzero += 1 }
      }
    }
    // Measured against the truth, not a double: a correctly rounded value is a fraction
    // of an ulp off it (measured against the catalogue's double it would read 0).
    #expect(readNonzero > 60, "\(text): only \(readNonzero) of 120 errors are above 0")
  }

  @Test(arguments: [NumberFormat.float16, .bfloat16, .float32])
  func narrowFormatsReadOutWhatTheyDraw(format: NumberFormat) throws {
    for kind in [FormulaKind.textbook, .stable, .exact] {
      let lab = try PrecisionFormula(.labDefault, format: format, kind: kind)
      for x in Self.points(40) {
        let xf = format.rounded(x)
        #expect(FormatSample(readingOut: lab, at: xf) == FormatSample(lab, at: xf), "\(kind) at \(xf)")
      }
    }
  }
}
