// The probe's text for catalogue values the double cannot hold: every digit shown is the
// true value's, correctly rounded, against the 20-digit mpmath truth in the reference
// fixtures' *_digits columns (values that are subnormal or underflow to 0); and tanh
// near ±1 as `1 - v`.

import Foundation
import Testing
@testable import PlotCore

@Suite struct UnderflowReadoutTests {
  /// `-1.4623574163660118815e-348` as (negative, digits "14623574163660118815", exponent −348).
  static func parse(_ text: String) -> (negative: Bool, digits: [UInt8], exponent: Int)? {
    let parts = text.split(separator: "e")
    guard parts.count == 2, let exponent = Int(parts[1]) else { return nil }
    let mantissa = parts[0]
    let digits = mantissa.utf8.filter { $0 >= 48 && $0 <= 57 }.map { $0 - 48 }
    return (mantissa.hasPrefix("-"), Array(digits), exponent)
  }

  /// The truth rounded half up to n significant digits (ties cannot occur in 20 digits of
  /// a transcendental value), as digits without trailing zeros and the exponent.
  static func rounded(_ truth: (negative: Bool, digits: [UInt8], exponent: Int), to n: Int)
    -> ([UInt8], Int)
  {
    var head = Array(truth.digits.prefix(n))
    var exponent = truth.exponent
    if truth.digits.count > n, truth.digits[n] >= 5 {
      var i = n - 1
      while i >= 0, head[i] == 9 { head[i] = 0; i -= 1 }
      if i >= 0 { head[i] += 1 } else { head.insert(1, at: 0); head.removeLast(); exponent += 1 }
    }
    while head.count > 1, head.last == 0 { head.removeLast() }
    return (head, exponent)
  }

  @Test(arguments: FunctionCatalogue.names.filter { $0 != "sigmoid" })
  func digitsAreTheTruthsRounded(name: String) throws {
    let function = try #require(FunctionCatalogue.function(named: name))
    let url = try #require(Bundle.module.url(forResource: "catalogue-\(name)-reference",
                                             withExtension: "csv", subdirectory: "Catalogue"))
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    let header = lines[0].split(separator: ",").map(String.init)
    let xColumn = try #require(header.firstIndex(of: "x"))
    let order = function.parameters.map { header.firstIndex(of: $0.name)! }
    var checked = 0
    for line in lines.dropFirst() {
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let p = ParameterValues(order.map { Double(f[$0])! })
      let x = Double(f[xColumn])!
      for d in DerivativeOrder.allCases {
        let truthText = f[xColumn + 4 + d.rawValue]
        guard !truthText.isEmpty, truthText != "0", let truth = Self.parse(truthText),
          truth.exponent < -307 else { continue }  // past the largest double: not a readout case
        let curve = PlottedCurve(function, d, parameters: p)
        let text = ProbeReadout.valueText(curve, at: x)
        guard let shown = Self.parse(text) else {
          Issue.record("\(name)\(p) \(d) at \(x): \(text), want \(truthText)")
          continue
        }
        let (digits, exponent) = Self.rounded(truth, to: shown.digits.count)
        #expect(shown.negative == truth.negative && shown.digits == digits
                  && shown.exponent == exponent,
                "\(name)\(p) \(d) at \(x): \(text), want \(truthText)")
        checked += 1
        // At least 10 digits' worth down to 1e-1000 (6 beyond, where the exponent's own
        // ulp grows: 2^-33 at |ln f| = 1e6): the truth to that many digits, trailing zeros
        // dropped (1e-310 is "1e-310"), is no longer than what is shown.
        let needed = truth.exponent > -1000 ? 10 : 6
        let least = Self.rounded(truth, to: needed).0.count
        #expect(least <= shown.digits.count, "\(name)\(p) \(d) at \(x): only \(text)")
      }
    }
    print("\(name): \(checked) underflowed values read out")
  }

  @Test func geluMinus40ReadsItsDigits() {
    let text = ProbeReadout.valueText(PlottedCurve(GELUFunction(), .value), at: -40)
    #expect(text.hasPrefix("-1.46235741") && text.hasSuffix("e-348"), "\(text)")
  }

  /// tanh(20) is 1 as a double; 1 − tanh(20) = 2·S(−40) = 8.495939563543097e−18.
  @Test func tanhNearOneReadsItsComplement() {
    let tanh = PlottedCurve(TanhFunction(), .value)
    #expect(ProbeReadout.valueText(tanh, at: 20) == "1 - 8.496708510583178e-18")
    #expect(ProbeReadout.valueText(tanh, at: -20) == "-1 + 8.496708510583178e-18")
    #expect(ProbeReadout.valueText(tanh, at: 0.5) == ReadoutFormatter.text(
      ReadoutFormatter.shortest(tanh.evaluate(0.5))))
    // Past 2|x| = 708 the complement is subnormal: 2e^(−800) = 7.3357491683553744e−348 …
    let far = ProbeReadout.valueText(tanh, at: 400)
    #expect(far.hasPrefix("1 - 7.33574916") && far.hasSuffix("e-348"), "\(far)")
  }
}
