// Tests of Sources/PlotCore/SigmoidFunction*.swift: bit-identity with Sigmoid.swift at the
// defaults, S_k,x0 against Fixtures/sigmoid-parameters-reference.csv (mpmath, written by
// Fixtures/make_parameter_reference.py) within the stated bound, the log forms, the
// parameters, the story points and the readout's tail digits away from the defaults.

import Foundation
import Testing
@testable import PlotCore
import TestSupport

/// One fixture row: doubles k, x0, x; S_k,x0, S_k,x0', S_k,x0'' correctly rounded; and the
/// true S_k,x0'(x) to 25 digits.
struct ParameterRow: Sendable {
  var k: Double, x0: Double, x: Double
  var values: [Double]
  var derivativeDigits: String
}

let parameterRows: [ParameterRow] = {
  guard let url = Bundle.module.url(forResource: "sigmoid-parameters-reference",
                                    withExtension: "csv"),
    let text = try? String(contentsOf: url, encoding: .utf8)
  else { return [] }
  var lines = text.split(separator: "\n")
  guard lines.first == "k,x0,x,sigmoid,derivative,second_derivative,derivative_digits"
  else { return [] }
  lines.removeFirst()
  return lines.compactMap { line in
    let fields = line.split(separator: ",").map(String.init)
    let numbers = fields.prefix(6).compactMap(Double.init)
    guard fields.count == 7, numbers.count == 6 else { return nil }
    return ParameterRow(k: numbers[0], x0: numbers[1], x: numbers[2],
                        values: Array(numbers[3...]), derivativeDigits: fields[6])
  }
}()

@Suite struct SigmoidFunctionTests {
  static let family = SigmoidFunction()

  static func curve(_ order: DerivativeOrder, k: Double, x0: Double) -> PlottedCurve {
    PlottedCurve(family, order, parameters: ParameterValues([k, x0]))
  }

  /// Every x of the sigmoid fixture and its neighbours: at k = 1, x0 = 0 each value and
  /// each scaled value is Sigmoid.swift's (or the formula's) double, bit for bit.
  @Test func defaultsAreSigmoidSwiftBitForBit() {
    #expect(referenceRows.count > 5000)
    for row in referenceRows {
      let x = row.x
      #expect(PlottedCurve.sigmoid.evaluate(x).bitPattern == sigmoid(x).bitPattern, "S(\(x))")
      #expect(PlottedCurve.sigmoidDerivative.evaluate(x).bitPattern
              == sigmoidDerivative(x).bitPattern, "S'(\(x))")
      #expect(PlottedCurve.sigmoidSecondDerivative.evaluate(x).bitPattern
              == sigmoidSecondDerivative(x).bitPattern, "S''(\(x))")
      #expect(PlottedCurve.sigmoid.scaledValue(x, in: .logit) == x * YScale.log10e)
    }
  }

  /// The contract for k, x0 away from the defaults: within 5 + 2|u| ulps of the correctly
  /// rounded true value (u = k(x − x0) exact), as SigmoidFunction's doc states; absolute
  /// near the zero of S'' as for Sigmoid.swift.
  @Test func parametersMatchTheReferenceWithinTheStatedBound() {
    #expect(parameterRows.count > 1000)
    var worst = 0.0
    for row in parameterRows {
      let u = row.k * (row.x - row.x0)
      let bound = 5 + 2 * u.magnitude
      for order in DerivativeOrder.allCases {
        let got = Self.curve(order, k: row.k, x0: row.x0).evaluate(row.x)
        let want = row.values[order.rawValue]
        var error = ulpError(got, want)
        if order == .second {
          // Near u = 0 S'' is the k²-scaled Sigmoid.swift contract: absolute there.
          let absolute = (got - want).magnitude / (row.k * row.k * peakSecondDerivative).ulp
          error = min(error, absolute)
        }
        worst = max(worst, error / bound)
        #expect(error <= bound,
                "order \(order.rawValue) k \(row.k) x0 \(row.x0) x \(row.x): got \(got), want \(want), \(error) ulps > \(bound)")
      }
    }
    #expect(worst > 0.01, "the bound is not vacuous: worst \(worst) of it")
  }

  /// ln S_k,x0' = ln k + ln S'(u): exp of it is the value where that is a normal double,
  /// and past underflow it goes on as −|u| + ln k.
  @Test func logFormsMatchTheValues() {
    for row in parameterRows {
      for order in DerivativeOrder.allCases {
        let c = Self.curve(order, k: row.k, x0: row.x0)
        let want = row.values[order.rawValue]
        let ln = c.function.naturalLog(order, at: row.x, c.parameters)
        if want > 1e-300 {
          #expect((exp(ln) - want).magnitude <= want * 1e-12,
                  "ln of order \(order.rawValue) at k \(row.k) x0 \(row.x0) x \(row.x): \(ln)")
        } else if want < 0 {
          #expect(ln.isNaN)
        }
      }
      let u = row.k * (row.x - row.x0)
      if u.magnitude > 800 {
        let ln1 = Self.family.naturalLog(.first, at: row.x, ParameterValues([row.k, row.x0]))
        #expect((ln1 - (-u.magnitude + log(row.k))).magnitude <= 1e-9 * u.magnitude)
      }
    }
  }

  @Test func parametersAreStatedOnce() {
    let specs = Self.family.parameters
    #expect(specs.map(\.name) == ["k", "x0"])
    #expect(specs[0].defaultValue == 1 && specs[0].range == 0.05...20 && specs[0].step == 0.05)
    #expect(specs[1].defaultValue == 0 && specs[1].range == -10...10 && specs[1].step == 0.1)
    #expect(PlottedCurve.sigmoid.parameters == ParameterValues([1, 0]))
    let steep = PlottedCurve.sigmoid.setting("k", to: 2.5)
    #expect(steep?.parameter("k") == 2.5 && steep?.parameter("x0") == 0)
    #expect(PlottedCurve.sigmoid.setting("k", to: 25) == nil)
    #expect(PlottedCurve.sigmoid.setting("k", to: .nan) == nil)
    #expect(PlottedCurve.sigmoid.setting("beta", to: 1) == nil)
    #expect(Self.family.names.commandLine == "sigmoid")
    #expect(PlottedCurve.sigmoidCurves.map(\.legendName)
            == ["Sigmoid", "Sigmoid Derivative", "Sigmoid Second Derivative"])
    #expect(PlottedCurve.sigmoidCurves.map(\.symbol) == ["S", "S'", "S''"])
  }

  /// Curves are equal exactly when family, parameters and order are.
  @Test func curveIdentityIsFunctionParametersAndOrder() throws {
    let steep = try #require(PlottedCurve.sigmoid.setting("k", to: 2))
    #expect(steep != .sigmoid && steep.withOrder(.first) != .sigmoidDerivative)
    #expect(steep.setting("k", to: 1) == .sigmoid)
    #expect(PlottedCurve.sigmoid != .sigmoidDerivative)
    #expect(PlottedCurve(SigmoidFunction()) == .sigmoid)
    #expect(Set(PlottedCurve.sigmoidCurves + [steep, .sigmoid]).count == 4)
  }

  /// At k, x0 the points move to x0 + u*/k and stay on their curves: S' peaks at k/4,
  /// S''' vanishes at the extrema, S' is 1% of its peak at the vanishing points.
  @Test(arguments: [(2.5, 1.0), (0.05, -3.0), (20.0, 10.0), (1.0, 0.1)])
  func storyPointsFollowTheParameters(k: Double, x0: Double) {
    let p = ParameterValues([k, x0])
    let points = Self.family.storyPoints(p)
    #expect(points.count == 6)
    for point in points {
      #expect(point.curve.parameters == p && point.y == point.curve.evaluate(point.x))
      switch (point.kind, point.curve.order) {
      case (.inflection, _): #expect(point.x == x0 && point.y == 0.5)
      case (.maximum, .first): #expect(point.x == x0 && ulpError(point.y, k / 4) <= 1)
      case (.maximum, _), (.minimum, _):
        let h = 1e-4 / k
        let third = (point.curve.evaluate(point.x + h) - point.curve.evaluate(point.x - h)) / (2 * h)
        #expect(third.magnitude < 1e-7 * k * k * k, "S'''(\(point.x)) ≈ \(third)")
        #expect((point.kind == .maximum) == (point.x < x0))
      case (.vanishingGradient, _):
        #expect((point.y / (k / 4) - 0.01).magnitude < 1e-12, "\(point.y)")
      case (.zero, _), (.kink, _), (.deadZone, _):
        Issue.record("the sigmoid has no \(point.kind) point: \(point.label)")
      }
    }
    let regions = Self.family.shadedRegions(p)
    #expect(regions.count == 2)
    #expect(regions[0].upperBound == points[4].x && regions[1].lowerBound == points[5].x)
  }

  /// Where S_k,x0' underflows, the readout gives the true value's leading digits: every
  /// digit shown is right to within one unit of the last (the stated accuracy), and at
  /// |u| ≈ 800 at least 11 are shown.
  @Test func tailDigitsAwayFromTheDefaults() throws {
    var checked = 0
    for row in parameterRows where !(row.k == 1 && row.x0 == 0) {
      let c = Self.curve(.first, k: row.k, x0: row.x0)
      guard c.evaluate(row.x).magnitude < Double.leastNormalMagnitude, row.x.isFinite else {
        continue
      }
      let text = ProbeReadout.valueText(c, at: row.x)
      let (mantissa, exponent) = try #require(Self.split(text), "\(text)")
      let (trueMantissa, trueExponent) = try #require(Self.split(row.derivativeDigits))
      let shown = mantissa.filter(\.isNumber).count
      let got = try #require(Double(mantissa)) * pow(10, Double(exponent - trueExponent))
      let unit = pow(10, Double(1 - shown))
      #expect((got - (try #require(Double(trueMantissa)))).magnitude <= unit,
              "k \(row.k) x0 \(row.x0) x \(row.x): \(text) vs \(row.derivativeDigits)")
      let u = row.k * (row.x - row.x0)
      if u.magnitude <= 800 {
        // 11 digits stand there; trailing zeros are not written, and one digit goes when
        // the error bound cannot decide the 11th's rounding.
        let eleven = try #require(Double(trueMantissa))
        var digits = String(Int((eleven * 1e10).rounded()))
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        #expect(shown >= digits.count - 1, "\(text) vs \(row.derivativeDigits)")
      }
      checked += 1
    }
    #expect(checked > 50)
  }

  /// "d.ddd" and the exponent of "d.ddde-EEE".
  static func split(_ text: String) -> (String, Int)? {
    let parts = text.split(separator: "e")
    guard parts.count == 2, let e = Int(parts[1]) else { return nil }
    return (String(parts[0]), e)
  }
}

/// Tests of Sources/PlotCore/SigmoidFunction+Estimate.swift: the sampler's estimates stay
/// within their stated bound of the exact values.
@Suite struct SigmoidEstimateTests {
  /// Seeded x over every magnitude (subnormal results included) and random parameters:
  /// |estimate − exact| ≤ estimateError·|exact| + 2^-1000, for S, S', S''.
  @Test func estimatesAreWithinTheirBound() {
    let f = SigmoidFunction()
    var rng = SplitMix64(seed: 0xE571)
    var worst = 0.0
    for i in 0..<30_000 {
      let magnitude = i % 2 == 0 ? rng.uniform(0...40) : rng.logUniform(0x1p-1074...760)
      let x = rng.next() & 1 == 0 ? magnitude : -magnitude
      let p = i % 3 == 0 ? ParameterValues([1, 0])
        : ParameterValues([rng.uniform(0.05...20), rng.uniform(-10...10)])
      for order in DerivativeOrder.allCases {
        let exact = f.value(order, at: x, p), estimate = f.estimate(order, at: x, p)
        let error = (estimate - exact).magnitude
        #expect(error <= f.estimateError * exact.magnitude + 0x1p-1000,
                "\(order) at \(x), p \(p): exact \(exact), estimate \(estimate)")
        if exact.magnitude > 0x1p-1000 { worst = max(worst, error / exact.magnitude) }
      }
    }
    // The stated bound rounds the derived one, 2^-42.4 (the rounded k(x - x0) amplified
    // by up to |u| + 2), up to 2^-42: the measured error keeps inside the derived one too.
    #expect(worst < 0x1.8p-43, "worst relative error \(worst)")
  }
}
