// How the `exact` formula decides roundings the catalogue's double cannot: every input
// of the narrow formats is decided by a proven step for every function, the exact forms'
// series agree with the catalogue where their tails are large, their rational parts
// decide genuine ties to even, and near-ties to the side the tail says.

import Testing
@testable import PlotCore

@Suite struct PrecisionExactTests {
  static let narrow: [NumberFormat] = [.bfloat16, .float16, .float8E4M3, .float8E5M2]

  static func lab(_ text: String, _ format: NumberFormat) throws -> PrecisionFormula {
    try PrecisionFormula(try FunctionSpec.parse(text), format: format, kind: .exact)
  }

  /// No finite input of a 16- or 8-bit format, for any catalogue function (at its
  /// default parameters and at a few others), is left to the double's own rounding; and
  /// where the catalogue's double decides a bfloat16 rounding and an exact form exists
  /// too, they agree (the forms' leading parts and domains checked against an
  /// independent path on every input). One loop, one catalogue evaluation per input and
  /// order.
  @Test(arguments: FormulaSet.all.map(\.function) + [
    "sigmoid:k=3", "sigmoid:k=0.5,x0=0.25", "silu:beta=0.5", "softplus:beta=2",
    "elu:alpha=0.5", "celu:alpha=2", "leaky_relu:negative_slope=0.1",
  ])
  func everyNarrowInputIsDecided(_ function: String) throws {
    // Other parameters and the agreement check: bfloat16 only (its subnormals reach
    // 2^-133, where every series applies; float16 takes the same paths), to keep the
    // suite's time modest.
    let variant = function.contains(":")
    for format in variant ? [.bfloat16] : Self.narrow {
      let checkForms = format == .bfloat16
      let lab = try Self.lab(function, format)
      let f = lab.spec.function, p = lab.spec.parameters
      var undecided: [String] = [], disagreeing: [String] = []
      for x in format.allValues! where x.isFinite {
        for order in DerivativeOrder.allCases {
          let v = f[order, x, p]
          let first = format.rounded(estimate: Float80(v), relativeError: PrecisionFormula.catalogueError)
          if first.decided {
            if checkForms, let form = ExactForm.of(lab.spec, order, at: x), let r = form.rounded(in: format),
              r != first.value {
              disagreeing.append("\(order) at \(x): \(r) vs \(first.value)")
            }
          } else if lab.exactRounding(order, at: x).decision == .undecided {
            undecided.append("\(order) at \(x)")
          }
        }
      }
      #expect(undecided.isEmpty, "\(function) \(format): \(undecided.prefix(5))")
      #expect(disagreeing.isEmpty, "\(function) \(format): \(disagreeing.prefix(5))")
    }
  }

  /// The series' coefficients: where the tail is large (|x| from 2^-10 to 3·2^-6, so |u|
  /// up to 0.15 for k = 3) the leading part plus the tail matches the catalogue's double
  /// to within the dropped terms (below u², at most 2^-5, of the tail) and the double's
  /// error, for every function that has one. A wrong coefficient, sign or power of a
  /// tail's first term would miss by about the tail itself.
  @Test(arguments: ["sigmoid", "sigmoid:k=3,x0=0.5", "tanh", "softplus:beta=2",
                    "logsigmoid", "elu:alpha=0.5", "selu", "celu:alpha=2", "gelu",
                    "gelu_tanh", "silu:beta=0.5"])
  func seriesMatchTheCatalogue(_ function: String) throws {
    let spec = try FunctionSpec.parse(function)
    let x0 = function.contains("x0") ? 0.5 : 0.0
    var checked = 0
    for m in [1.0, -1.0, 3, -3, 0.75, -0.75] {
      for e in [-6, -8, -10] {
        let x = x0 + m * Double(sign: .plus, exponent: e, significand: 1)
        for order in DerivativeOrder.allCases {
          guard let form = ExactForm.of(spec, order, at: x, seriesLimit: 1) else { continue }
          let lead = form.numerator.approximation / form.denominator.approximation
          let truth = spec.function[order, x, spec.parameters]
          let allowed = form.tail.magnitude * 0x1p-4 + truth.magnitude * 0x1p-48
          #expect((lead + form.tail - truth).magnitude <= allowed,
                  "\(function) \(order) at \(x): \(lead) + \(form.tail) vs \(truth)")
          checked += 1
        }
      }
    }
    #expect(checked > 0)
  }

  /// A second opinion on the exact forms: wherever the catalogue's double leaves a
  /// logistic rounding undecided (S, S', S'' and the S inside softplus' and logsigmoid's
  /// derivatives), the exact form's rounding is the multi-precision kernel's
  /// (SigmoidAccurate: its own arithmetic, precision doubled until decided); for every
  /// bfloat16 and float16 input and the float32 inputs around the subnormals.
  @Test(arguments: ["sigmoid", "softplus", "logsigmoid"])
  func exactFormsAgreeWithTheAccurateKernel(_ function: String) throws {
    let counts: [Int] = Array(1...4096) + (0..<4096).map { (1 << 23) + $0 }
      + (0..<4096).map { (1 << 26) - $0 }
    let tiny: [Double] = counts.map { Double($0) * 0x1p-149 }
    var compared = 0
    for (format, inputs) in [(NumberFormat.bfloat16, NumberFormat.bfloat16.allValues!),
                             (.float16, NumberFormat.float16.allValues!),
                             (.float32, tiny + tiny.map { -$0 })] {
      let lab = try Self.lab(function, format)
      for x in inputs where x.isFinite {
        for order in DerivativeOrder.allCases {
          let v = lab.spec.function[order, x, lab.spec.parameters]
          guard !format.rounded(estimate: Float80(v), relativeError: PrecisionFormula.catalogueError).decided,
            let accurate = lab.accurateLogistic(order, at: x) else { continue }
          let form = ExactForm.of(lab.spec, order, at: x)?.rounded(in: format)
          #expect(form == accurate, "\(function) \(format) \(order) at \(x)")
          compared += 1
        }
      }
    }
    #expect(function != "sigmoid" || compared >= 256, "\(compared)")
  }

  /// Genuine ties go to even: hardsigmoid(x) = (x + 3)/6 is exactly the bfloat16
  /// midpoint 1/2 + 2^-9 at x = 3·2^-8 (even neighbour 1/2, below) and 1/2 + 3·2^-9 at
  /// x = 9·2^-8 (even neighbour 1/2 + 2^-7, above).
  @Test func genuineTiesRoundToEven() throws {
    let lab = try Self.lab("hardsigmoid", .bfloat16)
    for (x, midpoint, even) in [(3 * 0x1p-8, 0.5 + 0x1p-9, 0.5), (9 * 0x1p-8, 0.5 + 3 * 0x1p-9, 0.5 + 0x1p-7)] {
      #expect(NumberFormat.bfloat16.rounded(x) == x)
      #expect((x + 3) / 6 == midpoint)  // exact in double: the value is the midpoint
      let r = lab.exactRounding(.value, at: x)
      #expect(r.value == even && r.decision != .undecided, "\(x)")
    }
  }

  /// Near-ties go to their side, not to even: with ℓ = 2^-133, bfloat16's least
  /// subnormal, S''(12ℓ) = −1.5ℓ·(1 − 2^-260…) rounds to −ℓ (even would be −2ℓ);
  /// GELU(x) = x/2 + x²/√(2π) … is 2.5ℓ plus a little at 5ℓ (3ℓ, even 2ℓ) and −1.5ℓ plus
  /// a little at −3ℓ (−ℓ, even −2ℓ). The catalogue's doubles are the midpoints exactly.
  @Test func nearTiesRoundToTheirSide() throws {
    let least = NumberFormat.bfloat16.leastPositive
    let sigmoid = try Self.lab("sigmoid", .bfloat16)
    #expect(sigmoid.trueValues(atFormatValue: 12 * least).secondDerivative == -1.5 * least)
    #expect(sigmoid.exact(atFormatValue: 12 * least).secondDerivative == -least)
    #expect(sigmoid.exact(atFormatValue: -12 * least).secondDerivative == least)
    let gelu = try Self.lab("gelu", .bfloat16)
    #expect(gelu.trueValues(atFormatValue: 3 * least).value == 1.5 * least)
    #expect(gelu.exact(atFormatValue: 3 * least).value == 2 * least)
    #expect(gelu.exact(atFormatValue: -3 * least).value == -least)
    #expect(gelu.exact(atFormatValue: 5 * least).value == 3 * least)
    #expect(gelu.exact(atFormatValue: -5 * least).value == -2 * least)
  }
}
