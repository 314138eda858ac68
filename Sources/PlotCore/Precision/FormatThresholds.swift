// Where a format gives up on a function (issue 14's markers and `thresholds` table):
// each threshold as the real x where it happens and as the first input of the format at
// which it does, found by search, never typed in. The tail searched is the one where the
// true f' vanishes (x > 0 for the sigmoid).

import Glibc

/// What a threshold marks.
public enum ThresholdKind: CaseIterable, Sendable {
  /// The formula's f first returns its limit exactly (the textbook S returns 1).
  case formulaReachesLimit
  /// The correctly rounded f becomes its limit.
  case exactReachesLimit
  /// The formula's f' first returns 0 (the textbook s(1 − s)).
  case formulaDerivativeVanishes
  /// The true f' falls below the least normal of the format.
  case derivativeLeavesNormalRange
  /// The true f' rounds to 0.
  case derivativeRoundsToZero
  /// exp(x) overflows (infinity, or E4M3's saturation).
  case expOverflows
}

/// One threshold of one format.
public struct FormatThreshold: Sendable {
  public let kind: ThresholdKind
  /// What it is, for the table and the marker ("textbook S = 1").
  public let label: String
  /// The real x where it happens: the least |x| in the tail from which the predicate
  /// holds, to a double's resolution (bisection); nil if not within the searched range.
  public let realX: Double?
  /// The first input of the format (least |x| in the tail) at which it holds; nil if none.
  public let firstInput: Double?
}

/// The thresholds of one function, format and formula.
public enum FormatThresholds {
  /// Inputs are searched up to this magnitude (or the format's greatest finite): beyond
  /// every threshold of the catalogue (float64's S' rounds to 0 near 745).
  public static let searchLimit = 1e5

  /// Every ``ThresholdKind`` for `lab`'s function, format and formula, in that order.
  ///
  /// Each threshold is where its predicate holds from on, out to the far end of the
  /// tail (so GELU's value, 0 both at 0 and at −∞, reaches its limit far out, not at 0).
  /// The real x is the formula evaluated at an unrounded x with exact transcendentals
  /// (``FormatArithmetic/exactElementary``, to double precision) and its results rounded
  /// to the format, so only its arithmetic and its result round: the textbook S is 1
  /// from x = p·ln 2 (float16: 11 ln 2 = 7.6246), where 1 + e^−x rounds to 1. The first
  /// input is the formula itself at the format's inputs: each format value is checked
  /// for formats of at most 16 bits, bisection on the ordered encodings for float32 and
  /// float64.
  public static func compute(_ lab: PrecisionFormula) -> [FormatThreshold] {
    let format = lab.format
    let f = lab.spec.function, p = lab.spec.parameters
    let direction = tailDirection(lab.spec)
    let limitMagnitude = Swift.min(format.greatestFinite, searchLimit)
    let limit = format.rounded(f.value(at: direction * limitMagnitude, p))
    let model = FormatArithmetic(format, exactElementary: true)
    let steps = FormulaSet.named(f.names.commandLine)?.formula(lab.kind)
    let modelValues = { (x: Double) -> FormatValues in
      if let steps {
        let v = steps(x, p, model)
        return FormatValues(format.rounded(v.value), format.rounded(v.derivative), 0)
      }
      return FormatValues(lab.exactRounding(f.value(at: x, p)),
                          lab.exactRounding(f.derivative(at: x, p)), 0)
    }
    let trueDerivative = { (x: Double) in f.derivative(at: x, p) }
    let symbol = f.names.symbol
    let limitText = format.shortestText(limit)
    let formula = lab.kind == .exact ? "correctly rounded" : lab.kind.rawValue
    let exact = { (x: Double) in lab.exact(atFormatValue: x) }

    func threshold(_ kind: ThresholdKind, _ label: String, sign: Double = direction,
                   real: (Double) -> Bool, input: (Double) -> Bool) -> FormatThreshold {
      FormatThreshold(kind: kind, label: label,
                      realX: realSearch(sign, limitMagnitude, real),
                      firstInput: inputSearch(format, sign, limitMagnitude, input))
    }
    return [
      threshold(.formulaReachesLimit, "\(formula) \(symbol) = \(limitText)",
                real: { modelValues($0).value == limit },
                input: { lab.computed(at: $0).value == limit }),
      threshold(.exactReachesLimit, "correctly rounded \(symbol) = \(limitText)",
                real: { lab.exactRounding(f.value(at: $0, p)) == limit },
                input: { exact($0).value == limit }),
      threshold(.formulaDerivativeVanishes, "\(formula) \(symbol)' = 0",
                real: { modelValues($0).derivative == 0 },
                input: { lab.computed(at: $0).derivative == 0 }),
      threshold(.derivativeLeavesNormalRange, "true \(symbol)' < least normal \(format.shortestText(format.leastNormal))",
                real: { trueDerivative($0).magnitude < format.leastNormal },
                input: { exact($0).derivative.magnitude < format.leastNormal }),
      threshold(.derivativeRoundsToZero, "true \(symbol)' rounds to 0",
                real: { lab.exactRounding(trueDerivative($0)) == 0 },
                input: { exact($0).derivative == 0 }),
      threshold(.expOverflows, "exp(x) overflows", sign: 1,
                real: { format.overflows(expl(Float80($0))) },
                input: { format.overflows(expl(Float80($0))) }),
    ]
  }

  /// +1 where the true f' vanishes to the right (or on both sides, as for S), −1 where
  /// only to the left (GELU, SiLU, softplus).
  static func tailDirection(_ spec: FunctionSpec) -> Double {
    let right = spec.function.derivative(at: 30, spec.parameters).magnitude
    let left = spec.function.derivative(at: -30, spec.parameters).magnitude
    return left < right ? -1 : 1
  }

  /// The real x (a double, x = sign·m) from which on, out to the limit, `holds` does.
  static func realSearch(_ sign: Double, _ limit: Double, _ holds: (Double) -> Bool) -> Double? {
    tailSearch(top: limit.bitPattern, x: { sign * Double(bitPattern: $0) },
               index: { $0.bitPattern }, holds)
  }

  /// The format input from which on, out to the limit, `holds` does: every input is
  /// checked, from the limit inward, for formats of at most 16 bits.
  static func inputSearch(_ format: NumberFormat, _ sign: Double, _ limit: Double,
                          _ holds: (Double) -> Bool) -> Double? {
    let top = format.bits(of: format.rounded(limit))
    let x = { (b: UInt64) in sign * format.value(bits: b) }
    guard format.bitWidth <= 16 else {
      return tailSearch(top: top, x: x, index: { format.bits(of: format.rounded($0)) }, holds)
    }
    guard holds(x(top)) else { return nil }
    var b = top
    while b > 0 && holds(x(b - 1)) { b -= 1 }
    return x(b)
  }

  /// The least index (magnitude order) from which `holds` does up to `top`, found by
  /// halving the magnitude until it fails, then bisecting: this assumes the predicate
  /// changes once between that failing magnitude and twice it (true of every threshold
  /// here, whose predicates are monotone in the tail).
  static func tailSearch(top: UInt64, x: (UInt64) -> Double, index: (Double) -> UInt64,
                         _ holds: (Double) -> Bool) -> Double? {
    guard holds(x(top)) else { return nil }
    var hi = top
    var lo: UInt64 = 0
    var m = x(top).magnitude
    var failed = false
    while m > 0x1p-60 {
      m /= 2
      let i = index(m)
      if i >= hi { continue }
      if !holds(x(i)) { lo = i; failed = true; break }
      hi = i
    }
    if !failed && holds(x(0)) { return x(0) }
    while hi - lo > 1 {
      let mid = lo + (hi - lo) / 2
      if holds(x(mid)) { hi = mid } else { lo = mid }
    }
    return x(hi)
  }
}
