// One function, one format, one formula: what the lab evaluates at every x. The input
// is first rounded to the format; the computed values come from the formula's format
// operations, the exact ones from the catalogue's values rounded once to the format.

import Glibc

/// A catalogue function evaluated in a number format by one formula.
public struct PrecisionFormula: Sendable {
  public let spec: FunctionSpec
  public let format: NumberFormat
  public let kind: FormulaKind
  /// The operations (nil for `exact`).
  let steps: Formula?

  /// The relative error assumed of the catalogue's double values when they are rounded
  /// to a narrower format: each family documents at most 2 ulps (2^-51); 2^-49 leaves a
  /// factor 4. Where the rounding is not decided by it (the value within 2^-49 of a
  /// midpoint of the format) `exact` decides it otherwise: see PrecisionFormula+Exact.swift.
  public static let catalogueError: Float80 = 0x1p-49

  /// The formula `kind` of `spec`'s function in `format`; a function without that
  /// formula is an error listing the ones it has.
  public init(_ spec: FunctionSpec, format: NumberFormat, kind: FormulaKind)
    throws(PrecisionFormulaError)
  {
    let name = spec.function.names.commandLine
    let set = FormulaSet.named(name)
    if kind != .exact {
      guard let steps = set?.formula(kind) else {
        throw .missingFormula(function: name, kind: kind, available: Self.kinds(of: name))
      }
      self.steps = steps
    } else {
      self.steps = nil
    }
    self.spec = spec
    self.format = format
    self.kind = kind
  }

  /// The formula kinds `name` has, in ``FormulaKind`` order.
  public static func kinds(of name: String) -> [FormulaKind] {
    let set = FormulaSet.named(name)
    return FormulaKind.allCases.filter { $0 == .exact || set?.formula($0) != nil }
  }

  /// Parses a format name and a formula name (the command line's and the window's).
  public static func parse(format: String, formula: String)
    throws(PrecisionFormulaError) -> (NumberFormat, FormulaKind)
  {
    guard let f = NumberFormat.named(format) else { throw .unknownFormat(format) }
    guard let k = FormulaKind(rawValue: formula.lowercased()) else { throw .unknownFormula(formula) }
    return (f, k)
  }

  /// f, f', f'' as the formula computes them at the real x (rounded to the format
  /// first). NaN in, NaN out for every formula.
  public func computed(at x: Double) -> FormatValues {
    let xf = format.input(x)
    if xf.isNaN { return FormatValues(.nan, .nan, .nan) }
    guard let steps else { return exact(atFormatValue: xf) }
    return steps(xf, spec.parameters, FormatArithmetic(format))
  }

  /// The true f, f', f'' at the format value xf, correctly rounded to the format
  /// (decided as ``exactRounding(_:at:)`` explains).
  public func exact(atFormatValue xf: Double) -> FormatValues {
    FormatValues(exactRounding(.value, at: xf).value, exactRounding(.first, at: xf).value,
                 exactRounding(.second, at: xf).value)
  }

  /// The true values at the format value xf, as the catalogue's doubles (within 2 ulps of
  /// a double): what the window's overlay measures errors in ulps against, at frame
  /// speed. `sample --format` measures against ``reference(_:atFormatValue:)`` (the
  /// balls' double-double), which float64's ulps need.
  public func trueValues(atFormatValue xf: Double) -> FormatValues {
    let f = spec.function, p = spec.parameters
    return FormatValues(f.value(at: xf, p), f.derivative(at: xf, p), f.secondDerivative(at: xf, p))
  }

  /// A catalogue double rounded to the format (float64: the double itself), the double's
  /// own rounding where 2^-49 does not decide it: for the thresholds' real-x searches,
  /// which only compare with 0 and the limit. Format values go through
  /// ``exactRounding(_:at:)``.
  func exactRounding(_ v: Double) -> Double {
    if format.significandBits == 53 { return v }
    return format.rounded(estimate: Float80(v), relativeError: Self.catalogueError).value
  }

  /// The error of `computed` in ulps of the format at the true value `truth`: 0 where
  /// both are the same infinity or both NaN, NaN for a NaN result, infinity where one
  /// is infinite.
  public func ulps(_ computed: Double, truth: Double) -> Double {
    if computed == truth || (computed.isNaN && truth.isNaN) { return 0 }
    if computed.isNaN { return .nan }
    guard computed.isFinite, truth.isFinite else { return .infinity }
    return (computed - truth).magnitude / format.ulp(at: truth)
  }
}

extension FunctionSpec {
  /// The sigmoid at its default parameters: the lab's function when none is named.
  public static var labDefault: FunctionSpec {
    FunctionSpec(function: SigmoidFunction(), parameters: ParameterValues(
      SigmoidFunction().parameters.map(\.defaultValue)))
  }
}
