// Correctly rounded elementary operations on the values of one NumberFormat: what an
// ideal float16 (bfloat16, FP8, …) unit would compute. Each result is the exact
// operation on the (format) operands, rounded once to the format, ties to even, with
// the format's overflow, underflow and subnormals. Formulas (PrecisionFormula.swift) are
// written with these and nothing else.

import Glibc

/// The operations of the lab, for `format`. Operands must be values of the format.
///
/// How each result is made exact before its one rounding:
/// - +, − (formats narrower than float64): TwoSum gives the exact sum as hi + lo, and
///   ``NumberFormat/rounded(hi:lo:)`` rounds that pair exactly.
/// - ×: two values of at most 24 bits multiply exactly in a double (48 bits, exponent
///   ≥ −298).
/// - /: q = a/b rounded, and the exact remainder a − q·b (one fma) gives lo = rem/b with
///   the true sign: enough, by the same argument as for +.
/// - float64: IEEE 754 double +, −, ×, / are already correctly rounded.
/// - exp, expm1, log, log1p, tanh, erf, erfc: first glibc's x87 long double function
///   (64-bit significand), rounded with an error bound of 2^-56 relative
///   (``NumberFormat/rounded(estimate:relativeError:)``). That bound is glibc's documented
///   accuracy (a few long double ulps, 2^-61) with a factor 32 to spare, and it is only
///   used to skip work: wherever the estimate leaves the rounding undecided (within
///   2^-56 of a midpoint: about one float64 operation in four, for narrow formats almost
///   never) the operation is decided by Ziv's loop on balls
///   (ElementaryOperation+Ball.swift): a rigorous enclosure of the exact value at 128,
///   256, … bits until both ends round alike. The residual hazard is the 2^-56 bound
///   itself: a glibc result wrong by more than 2^-56 that still looks decided. The
///   tests compare 2100 random float64 operands (a sixth of them within 2^-56 of a
///   midpoint) with mpmath's correctly rounded values, through this path and through
///   the balls alone (ExactReferenceTests).
public struct FormatArithmetic: Sendable {
  /// The format of every operand and result.
  public let format: NumberFormat

  /// The relative error taken for glibc's long double functions where they decide.
  public static let extendedError: Float80 = 0x1p-56

  /// The thresholds' model of a real input (FormatThresholds.swift): true means the
  /// transcendental operations return the double nearest their exact value, unrounded
  /// to the format, so that a formula evaluated at a real x rounds only in its
  /// arithmetic (the textbook S is 1 exactly where 1 + e^−x rounds to 1).
  public var exactElementary = false

  /// false: where the long double estimate does not decide, take its rounding instead of
  /// the balls' (wrong by one ulp only where glibc's own error crosses the midpoint,
  /// about 2^-10 of those cases): for drawing float64 at the speed of a frame
  /// (``PrecisionFormula/computedForDrawing(at:)``). Everything else decides.
  public var decidesByBalls = true

  public init(_ format: NumberFormat, exactElementary: Bool = false, decidesByBalls: Bool = true) {
    self.format = format
    self.exactElementary = exactElementary
    self.decidesByBalls = decidesByBalls
  }

  /// k·(x − x0) for the parameters of a scaled family: exactly x at k = 1, x0 = 0 (as the
  /// operations would give for a format x), so a real x passes unrounded.
  public func scaled(_ x: Double, by k: Double, about x0: Double = 0) -> Double {
    k == 1 && x0 == 0 ? x : multiply(constant(k), subtract(x, constant(x0)))
  }

  /// A real constant (a literal of a formula, such as 0.5 or √(2/π)) as the format holds it.
  public func constant(_ c: Double) -> Double { format.rounded(c) }

  public func add(_ a: Double, _ b: Double) -> Double {
    if format.significandBits == 53 { return a + b }
    let s = DoubleDouble(sum: a, b)
    return s.hi.isFinite ? format.rounded(hi: s.hi, lo: s.lo) : format.rounded(a + b)
  }

  public func subtract(_ a: Double, _ b: Double) -> Double { add(a, -b) }

  public func multiply(_ a: Double, _ b: Double) -> Double {
    format.significandBits == 53 ? a * b : format.rounded(a * b)
  }

  public func divide(_ a: Double, _ b: Double) -> Double {
    let q = a / b
    if format.significandBits == 53 || !q.isFinite || q == 0 { return format.rounded(q) }
    let remainder = a.addingProduct(-q, b)  // a − q·b in one fma: exactly representable
    return format.rounded(hi: q, lo: remainder / b)
  }

  public func negate(_ a: Double) -> Double { -a }
  public func magnitude(_ a: Double) -> Double { a.magnitude }
  public func maximum(_ a: Double, _ b: Double) -> Double { a.isNaN || b.isNaN ? .nan : Swift.max(a, b) }
  public func minimum(_ a: Double, _ b: Double) -> Double { a.isNaN || b.isNaN ? .nan : Swift.min(a, b) }

  public func exp(_ a: Double) -> Double { elementary(.exp, a).value }
  public func expm1(_ a: Double) -> Double { elementary(.expm1, a).value }
  public func log(_ a: Double) -> Double { elementary(.log, a).value }
  public func log1p(_ a: Double) -> Double { elementary(.log1p, a).value }
  public func tanh(_ a: Double) -> Double { elementary(.tanh, a).value }
  public func erf(_ a: Double) -> Double { elementary(.erf, a).value }
  public func erfc(_ a: Double) -> Double { elementary(.erfc, a).value }

  /// The transcendental operation `op` at `a`, correctly rounded, and whether it is
  /// decided (false only past Ziv's cap, never seen): the long double estimate where its
  /// bound decides, else the balls (see the type's doc).
  public func elementary(_ op: ElementaryOperation, _ a: Double) -> (value: Double, decided: Bool) {
    let y = op.extended(Float80(a))
    if exactElementary { return (Double(y), true) }
    let first = format.rounded(estimate: y, relativeError: Self.extendedError)
    if first.decided || !a.isFinite || !decidesByBalls { return first }
    return op.correctlyRounded(at: a, in: format)
  }
}

/// The transcendental operations of the lab.
public enum ElementaryOperation: String, CaseIterable, Sendable {
  case exp, expm1, log, log1p, tanh, erf, erfc

  /// glibc's long double value at `a`.
  func extended(_ a: Float80) -> Float80 {
    switch self {
    case .exp: return expl(a)
    case .expm1: return expm1l(a)
    case .log: return logl(a)
    case .log1p: return log1pl(a)
    case .tanh: return tanhl(a)
    case .erf: return erfl(a)
    case .erfc: return erfcl(a)
    }
  }
}
