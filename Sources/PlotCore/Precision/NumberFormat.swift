// The binary floating-point formats of the precision lab (issue 14): their parameters
// only. Rounding, the grid and the arithmetic are in NumberFormat+Rounding.swift,
// NumberFormat+Grid.swift and FormatArithmetic.swift. Every value of every format is
// held as a Double, which represents all of them exactly.

/// A binary floating-point format: sign, `exponentBits`, `significandBits` − 1 stored
/// fraction bits, gradual underflow, round to nearest even.
public struct NumberFormat: Hashable, Sendable, CustomStringConvertible {
  /// The command-line name ("float16").
  public let name: String
  /// Precision p: significant bits including the implicit leading one.
  public let significandBits: Int
  /// Stored exponent bits.
  public let exponentBits: Int
  /// The exponent of the smallest normal binade: 2^minExponent is the least normal.
  public let minExponent: Int
  /// The largest finite value.
  public let greatestFinite: Double
  /// Whether the format has infinities (all here but float8_e4m3).
  public let hasInfinity: Bool
  /// What an overflowing result becomes when the format has no infinity: OCP E4M3FN in
  /// the saturating mode the issue asks for clamps finite overflow AND infinities (an
  /// exp that overflows, a log of 0) to ±448; NaN stays NaN. (The OCP spec's other mode
  /// would give NaN; ml_dtypes' casts do that.)
  public var saturates: Bool { !hasInfinity }

  /// Total bits of an encoding.
  public var bitWidth: Int { 1 + exponentBits + significandBits - 1 }
  /// The least positive subnormal, 2^(minExponent − p + 1).
  public var leastPositive: Double { Double(sign: .plus, exponent: minExponent - significandBits + 1, significand: 1) }
  /// The least positive normal, 2^minExponent.
  public var leastNormal: Double { Double(sign: .plus, exponent: minExponent, significand: 1) }
  /// The exponent of the greatest binade.
  public var maxExponent: Int { greatestFinite.exponent }
  /// Exponent bias of the encoding.
  var bias: Int { 1 - minExponent }

  public var description: String { name }

  public static let float64 = NumberFormat(
    name: "float64", significandBits: 53, exponentBits: 11, minExponent: -1022,
    greatestFinite: .greatestFiniteMagnitude, hasInfinity: true)
  public static let float32 = NumberFormat(
    name: "float32", significandBits: 24, exponentBits: 8, minExponent: -126,
    greatestFinite: Double(Float.greatestFiniteMagnitude), hasInfinity: true)
  /// Google's brain float: float32's exponent range with 8 significant bits.
  public static let bfloat16 = NumberFormat(
    name: "bfloat16", significandBits: 8, exponentBits: 8, minExponent: -126,
    greatestFinite: 0x1.fep127, hasInfinity: true)
  /// IEEE 754 binary16.
  public static let float16 = NumberFormat(
    name: "float16", significandBits: 11, exponentBits: 5, minExponent: -14,
    greatestFinite: 65504, hasInfinity: true)
  /// OCP 8-bit E4M3FN: no infinities, one NaN per sign (S.1111.111), so the top binade
  /// holds 256 ... 448; saturating.
  public static let float8E4M3 = NumberFormat(
    name: "float8_e4m3", significandBits: 4, exponentBits: 4, minExponent: -6,
    greatestFinite: 448, hasInfinity: false)
  /// OCP 8-bit E5M2: IEEE-like, with infinities and NaNs; overflow gives infinity.
  public static let float8E5M2 = NumberFormat(
    name: "float8_e5m2", significandBits: 3, exponentBits: 5, minExponent: -14,
    greatestFinite: 57344, hasInfinity: true)

  /// Every format, widest first (the order of tables and of the Y key).
  public static let all: [NumberFormat] = [.float64, .float32, .bfloat16, .float16,
                                           .float8E4M3, .float8E5M2]

  /// The format called `name` (ASCII case ignored), nil if none is.
  public static func named(_ name: String) -> NumberFormat? {
    let key = name.lowercased()
    return all.first { $0.name == key }
  }
}
