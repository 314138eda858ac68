// Tests of Sources/PlotCore/ProbeReadout.swift (and ReadoutFormatter.swift): x shows as
// many digits as the zoom resolves and neighbouring columns read differently; every
// value read back is PlotCore's double at the shown x, bit for bit; the tails say more
// than the double can, and agree with independent computations.

import Foundation
import TestSupport
import Testing
@testable import PlotCore

@Suite struct ProbeReadoutTests {
  static let plot = PixelRect(left: 40, top: 20, width: 1000, height: 600)!

  /// A view of `span` data units of x centred on `center`.
  static func view(center: Double, span: Double) -> Viewport {
    Viewport(xMin: center - span / 2, xMax: center + span / 2, yMin: -0.1, yMax: 1.1,
             plot: plot)!
  }

  /// The value text of the row labelled `label`.
  static func value(_ r: ProbeReadout, _ label: String) -> String? {
    r.rows.first { $0.label == label }?.value
  }

  /// Significant digits of a decimal text (mantissa digits without leading zeros).
  static func significantDigits(_ text: String) -> Int {
    let mantissa = text.split(separator: "e").first ?? ""
    return mantissa.filter(\.isNumber).drop { $0 == "0" }.count
  }

  @Test func digitsGrowAsTheZoomDeepens() throws {
    var previous = 0
    for span in [20.0, 1e-2, 1e-5, 1e-8, 1e-11] {
      let vp = Self.view(center: 1.3, span: span)
      let r = try #require(ProbeReadout(viewport: vp, pixelX: 777, curves: [.sigmoid]))
      let digits = Self.significantDigits(try #require(Self.value(r, "x")))
      #expect(digits > previous, "span \(span): x = \(r.lines[0]) has \(digits) digits")
      previous = digits
    }
  }

  /// Over random views at every zoom the limits allow: neighbouring columns give
  /// different x texts, x reads back as `x`, x lies within a twentieth of a pixel of the
  /// column centre (or is that column's own double at the deepest zooms), and each value
  /// reads back as the function at `x`, bit for bit.
  @Test func neighboursDifferAndValuesAreExact() throws {
    var rng = SplitMix64(seed: 0xC0FFEE)
    for case_ in 0..<400 {
      let vp = randomViewport(&rng, maxCenter: 700)
      let column = (vp.plot.left + rng.uniform(0...1) * (vp.plot.width - 2)).rounded(.down)
      guard let a = ProbeReadout(viewport: vp, pixelX: column, curves: PlottedCurve.sigmoidCurves),
        let b = ProbeReadout(viewport: vp, pixelX: column + 1, curves: PlottedCurve.sigmoidCurves)
      else { continue }
      #expect(a.lines[0] != b.lines[0], "case \(case_): \(a.lines[0]) twice")
      for r in [a, b] {
        let xText = try #require(Self.value(r, "x"))
        #expect(Double(xText) == r.x || (xText == "0" && r.x == 0), "case \(case_): \(xText)")
        for (curve, value) in r.values {
          #expect(value.bitPattern == curve.evaluate(r.x).bitPattern)
          let text = try #require(Self.value(r, curve.symbol + "(x)"))
          if text.hasPrefix("1 - ") {
            let rest = try #require(Double(text.dropFirst(4)))
            let complement = sigmoid(-r.x)
            #expect(rest.bitPattern == complement.bitPattern
                    || complement.magnitude < Double.leastNormalMagnitude)
            #expect(curve == .sigmoid && complement < SigmoidFunction.complementBelow)
          } else if value.magnitude >= Double.leastNormalMagnitude {
            #expect(Double(text)?.bitPattern == value.bitPattern,
                    "case \(case_): \(curve) at \(r.x): \(text) is not \(value)")
          }
        }
      }
      let center = a.x == 0 ? 0 : vp.x(forPixelX: column + 0.5)
      let offPixels = (a.x - center).magnitude / vp.xPerPixel
      #expect(offPixels <= 0.05 + 1e-9 || a.x == 0, "case \(case_): \(offPixels) px off")
    }
  }

  @Test func linesAndTextAgree() throws {
    let r = try #require(ProbeReadout(viewport: Self.view(center: 0, span: 20), pixelX: 540,
                                      curves: [.sigmoid, .sigmoidDerivative]))
    #expect(r.rows.map(\.label) == ["x", "S(x)", "S'(x)"])
    #expect(r.lines == r.rows.map { "\($0.label) = \($0.value)" })
    #expect(r.text == r.lines.joined(separator: "\n"))
    #expect(r.values.map(\.curve) == [.sigmoid, .sigmoidDerivative])
  }

  @Test func outsideThePlotGivesNothing() {
    let vp = Self.view(center: 0, span: 20)
    #expect(ProbeReadout(viewport: vp, pixelX: 39, curves: [.sigmoid]) == nil)
    #expect(ProbeReadout(viewport: vp, pixelX: 1040, curves: [.sigmoid]) == nil)
    #expect(ProbeReadout(viewport: vp, pixelX: .nan, curves: [.sigmoid]) == nil)
    #expect(ProbeReadout(viewport: vp, pixelX: 40, curves: [.sigmoid]) != nil)
    #expect(ProbeReadout(viewport: vp, pixelX: 1039.9, curves: [.sigmoid]) != nil)
  }

  /// S near 1 as 1 - S(−x): S(40) is the double 1, the readout keeps the digits.
  @Test func sigmoidNearOneKeepsItsDigits() throws {
    let vp = Self.view(center: 40, span: 1e-6)
    let r = try #require(ProbeReadout(viewport: vp, pixelX: 540, curves: [.sigmoid]))
    let text = try #require(Self.value(r, "S(x)"))
    #expect(text.hasPrefix("1 - "))
    let rest = try #require(Double(text.dropFirst(4)))
    #expect(rest == sigmoid(-r.x) && rest > 4e-18 && rest < 4.5e-18)
  }

  /// Past the doubles: the tails from the logarithm, against e^(−|x|) computed here with
  /// Decimal-free arithmetic: 10^(−|x|·log10 e) split into exponent and mantissa with the
  /// integer part taken out first, at x = 800, 1000 and −2000.
  @Test func underflowedTailsShowTheirValue() throws {
    for (x, curve) in [(800.0, PlottedCurve.sigmoidDerivative), (1000, .sigmoidSecondDerivative), (-2000, .sigmoid)] {
      let text = ProbeReadout.valueText(curve, at: x)
      let parts = text.split(separator: "e")
      let mantissa = try #require(Double(parts[0])), exponent = try #require(Int(parts[1]))
      // log10 e^(−a) = −a·log10(e); a·log10(e) for these a: 347.4..., 434.2..., 868.5...
      let log10Value = -x.magnitude / log(10.0)
      let expectedExponent = Int(log10Value.rounded(.down))
      let expectedMantissa = pow(10, log10Value - Double(expectedExponent))
      #expect(exponent == expectedExponent, "\(curve) at \(x): \(text)")
      // log10Value carries ~1e-13 absolute error at these magnitudes: compare to 1e-11.
      #expect((mantissa.magnitude - expectedMantissa).magnitude <= 1e-11 * expectedMantissa,
              "\(curve) at \(x): \(text) vs \(expectedMantissa)e\(expectedExponent)")
      #expect((mantissa < 0) == (curve == .sigmoidSecondDerivative && x > 0))
      #expect(Double(text) == curve.evaluate(x))  // reads back as the underflowed 0
    }
    // S'(800) = e^−800 (1 − 2e^−800 …): 3.6678745841776872134554956542607982e-348 (50-digit
    // decimal arithmetic); 15 digits shown, all right.
    #expect(ProbeReadout.valueText(.sigmoidDerivative, at: 800) == "3.66787458417769e-348")
  }

  @Test func formatterKeepsTrailingZerosAndSwitchesToScientific() {
    func round(_ x: Double, _ p: Int) -> String {
      ReadoutFormatter.text(ReadoutFormatter.rounded(x, lastDigit: p))
    }
    #expect(round(1.25, -3) == "1.250")
    #expect(round(-0.0004, -3) == "0")
    #expect(round(0.0006, -3) == "0.001")
    #expect(round(9.96, -1) == "10.0")
    #expect(round(1234567.0, 2) == "1.2346e6")
    #expect(round(3e-12, -14) == "3.00e-12")
    #expect(round(0.000125, -7) == "0.0001250")
  }
}
