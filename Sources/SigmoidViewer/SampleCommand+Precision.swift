// `sample --format F --formula NAME`: the precision lab's CSV. Each row: x as read, x
// rounded to the format, the formula's f, f', f'', the correctly rounded true ones (all
// as the shortest decimal that reads back as that value in the format), and each
// computed value's error in ulps of the format against the true value (3 significant
// digits). Without --format nothing here runs.

import Glibc
import PlotCore

extension SampleCommand {
  /// The header with `--format`.
  static let precisionHeader = "x,x_in_format,value,derivative,second_derivative,"
    + "exact_value,exact_derivative,exact_second_derivative,"
    + "ulps_value,ulps_derivative,ulps_second_derivative"

  /// The help paragraph on --format and --formula.
  static let precisionHelp: String = {
    let formats = NumberFormat.all.map(\.name).joined(separator: ", ")
    return "With --format F (\(formats)) and --formula NAME (textbook, stable, exact) the rows show "
      + "what that number format computes, columns "
      + precisionHeader.split(separator: ",").joined(separator: ", ") + ". x is rounded to the format "
      + "first; every operation is correctly rounded (ties to even, the format's subnormals and "
      + "overflow; float8_e4m3 has no infinities and saturates at 448); values are the shortest "
      + "decimals that read back in the format; errors are in ulps of the format at the true value, "
      + "to 3 digits."
  }()

  /// The `--format`/`--formula` pair as a formula of `spec` (the sigmoid without
  /// --function), nil without --format; --formula alone, a bad name or a formula the
  /// function lacks is a usage error.
  static func precisionFormula(format: String?, formula: String?, spec: FunctionSpec?)
    throws(UsageError) -> PrecisionFormula?
  {
    guard let format else {
      if let formula {
        throw UsageError("--formula \"\(formula)\" needs --format: the formula is evaluated in a number format")
      }
      return nil
    }
    do {
      let (f, k) = try PrecisionFormula.parse(format: format, formula: formula ?? "textbook")
      return try PrecisionFormula(spec ?? FunctionSpec.labDefault, format: f, kind: k)
    } catch {
      throw UsageError("--format \(format) --formula \(formula ?? "textbook"): \(error)")
    }
  }

  /// One precision row for the x of a row.
  func writePrecisionRow(_ x: Double, _ lab: PrecisionFormula, to output: inout ChunkedOutput) throws {
    let format = lab.format
    let xf = format.input(x)
    let computed = lab.computed(at: x)
    // The exact formula's computed values are the correctly rounded ones: not twice.
    let exact = lab.kind == .exact ? computed
      : (xf.isNaN ? FormatValues(.nan, .nan, .nan) : lab.exact(atFormatValue: xf))
    try write(x, to: &output)
    for v in [xf, computed.value, computed.derivative, computed.secondDerivative,
              exact.value, exact.derivative, exact.secondDerivative] {
      output.write(byte: UInt8(ascii: ","))
      try output.write(hex && v.isFinite ? HexFloat.text(v) : format.shortestText(v))
    }
    for order in DerivativeOrder.allCases {
      // Against the balls' double-double truth (PrecisionFormula+Reference.swift), not the
      // catalogue's double: float64 errors in ulps are right to their three digits.
      output.write(byte: UInt8(ascii: ","))
      let truth = xf.isNaN ? PrecisionFormula.Reference(hi: .nan, lo: 0) : lab.reference(order, atFormatValue: xf)
      try output.write(Self.ulpsText(lab.ulps(computed[order], reference: truth)))
    }
    output.write(byte: UInt8(ascii: "\n"))
  }

  /// An error in ulps to three significant digits ("0", "0.5", "1.23e+03", "inf", "nan").
  static func ulpsText(_ u: Double) -> String {
    if u.isNaN { return "nan" }
    if u.isInfinite { return "inf" }
    return CFormat.string("%.3g", u)
  }
}
