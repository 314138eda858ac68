// What the viewer needs to know about a plotted function family, in one place: values and
// derivatives, their forms under the log and logit scales, the readout's text past the
// double range, the points worth marking, and the names and parameters the legend, the
// readout and the command line show. A plotted curve picks one family, parameter values
// and a derivative order (PlottedCurve.swift). The numerics themselves live with each
// family (SigmoidFunction.swift calls Sigmoid.swift).

import Glibc

/// Which derivative of its function a curve plots.
public enum DerivativeOrder: Int, CaseIterable, Hashable, Sendable, Comparable {
  /// f itself, f' and f''.
  case value = 0, first, second

  /// The next derivative, nil past f'' (the families provide two).
  public var next: DerivativeOrder? { DerivativeOrder(rawValue: rawValue + 1) }

  public static func < (a: DerivativeOrder, b: DerivativeOrder) -> Bool {
    a.rawValue < b.rawValue
  }
}

/// A family of plotted functions f_p(x) with parameters p, and its first two derivatives.
///
/// Conformers are small value types (the sigmoid's is empty), so a `PlottedCurve` holds
/// one in an existential without allocating, and the sampler calls it per sample through
/// one witness-table call: ``scaledValue(_:at:_:in:)`` and ``estimate(_:at:_:)`` are the only calls in the hot loop.
/// Every function is total: finite x gives a finite value (NaN gives NaN); a parameter
/// value outside its ``FunctionParameter/range`` is never passed (``PlottedCurve``
/// refuses it).
///
/// To add a function: one file with a conforming type (names, parameters, the three
/// values with their accuracy, the natural log of each; the rest has defaults), its tests
/// and an mpmath reference fixture; then list it where curves are chosen.
public protocol PlotFunction: Sendable {
  /// The legend, readout and command-line names. ``FunctionNames/commandLine`` is the
  /// family's identity: two curves with the same one are the same function.
  var names: FunctionNames { get }
  /// The parameters in the order ``ParameterValues`` holds them (empty: none).
  var parameters: [FunctionParameter] { get }

  /// f_p(x), data y units. Each conformer's doc states its accuracy in ulps.
  func value(at x: Double, _ p: ParameterValues) -> Double
  /// f_p'(x).
  func derivative(at x: Double, _ p: ParameterValues) -> Double
  /// f_p''(x).
  func secondDerivative(at x: Double, _ p: ParameterValues) -> Double

  /// ln of the derivative of `order` at x, computed without forming the value where it
  /// would underflow (S'(800) is 0 as a double, ln S'(800) ≈ −800): what the log scale
  /// plots. NaN where the value is negative, −infinity where it is exactly 0.
  func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double
  /// log10(y / (1 − y)) of the derivative of `order` at x: what the logit scale plots.
  /// NaN outside (0, 1). Default: from ``naturalLog(_:at:_:)`` and the value, which
  /// cancels only where y is near 1; a family whose value nears 1 gives a direct form.
  func logit(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double
  /// ln|f| and the sign of the derivative of `order` at x, computed without forming the
  /// value where it would underflow or overflow (GELU(−40) ≈ −1.46e−348 is 0 as a double,
  /// ln|GELU(−40)| ≈ −800.97): what the log-magnitude scale plots and the readout writes
  /// past the double range. −infinity exactly at zeros, never NaN or infinite otherwise
  /// for finite x (see ``LogMagnitude``). Default: from the value (exact where it is a
  /// normal double); families give direct forms in their tails.
  func naturalLogMagnitude(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> LogMagnitude
  /// u = T(f(x)) for the scale's transform T (see ``YScale``). Default: the value, the
  /// natural log times log10(e), the logit, or log10 of the magnitude.
  func scaledValue(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues,
                   in scale: YScale) -> Double

  /// A cheap estimate of the derivative of `order` at x, within ``estimateError`` of
  /// ``value(_:at:_:)`` (relative, plus 2^-1000 absolute for tiny values): what the sampler
  /// uses for the probes that only decide where to refine, never for a point it draws. It
  /// re-evaluates a probe exactly wherever that error could change a decision, so the
  /// polyline is the same as with exact values throughout. Default: the value itself.
  func estimate(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double
  /// The relative error bound of ``estimate(_:at:_:)``; 0 where it is the value.
  var estimateError: Double { get }
  /// Whether the sampler may draw the estimate itself where its error is below
  /// ``CurveSampler/drawnEstimateSlack`` device pixels, instead of evaluating the exact
  /// value for every drawn point: for families whose exact value costs many times the
  /// estimate (GELU's Φ is a double-double series). The drawn curve then stays within
  /// 1/1024 px of the exact one, far inside the sampler's quarter pixel; printed numbers
  /// (probe, `sample`) stay exact. Default false: the polyline is the exact values' own.
  var estimateDraws: Bool { get }
  /// An upper bound on |f_p^(n)| over [lo, hi] (lo ≤ hi, both finite) for n = order + 2:
  /// how far the curve of `order` bends there. It lets the sampler accept a pixel column's
  /// chord without its three probes wherever the bend alone keeps the curve within the
  /// tolerance (CurveSampler+Flatness.swift), so the polyline is the one the probes give.
  /// Must hold on the whole interval (so +infinity over a kink); +infinity where unknown,
  /// the default: the sampler then probes as usual.
  func bendBound(_ order: DerivativeOrder, over lo: Double, _ hi: Double, _ p: ParameterValues)
    -> Double

  /// The readout's text for the derivative of `order` at finite x where the double's own
  /// shortest digits would say less than the true value (a value near 1, subnormal or
  /// underflowed to 0); nil where they are right, which is almost everywhere.
  /// Default: the digits of a subnormal or underflowed value from
  /// ``naturalLogMagnitude(_:at:_:)`` (``underflowReadoutText(_:at:_:)``), else nil.
  func readoutText(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> String?
  /// The labelled points the markers show, most telling first (labels are placed in this
  /// order when room is short). Each lies on one of the family's curves at `p`.
  /// Default: solved from f, f', f'' by ``StorySolver`` (zeros, extrema, inflections,
  /// kinks, dead zones, the vanishing gradient), which costs a few thousand evaluations:
  /// callers cache it per (family, parameters) (``StoryCache``).
  func storyPoints(_ p: ParameterValues) -> [StoryPoint]
  /// x ranges the markers shade (where the gradient vanishes, dead zones); the ends may
  /// be infinite. Default: where ``StorySolver`` finds |f'| below 1% of its largest value.
  func shadedRegions(_ p: ParameterValues) -> [ClosedRange<Double>]
  /// Where the family is not smooth at `p` (a corner, or a jump of f' or f''), in
  /// increasing x: the sampler breaks a curve at the kinks where its order jumps, the
  /// scene draws the one-sided limits as open and filled dots and impulses as arrows.
  /// Default: none (a smooth family).
  func kinks(_ p: ParameterValues) -> [Kink]
  /// The x scale of the family's features at `p` (1 for most; 1/beta for SiLU): the story
  /// solver searches ±32 of it, in steps of 1/64 of it. Default: 1.
  func storyScale(_ p: ParameterValues) -> Double
  /// x ranges where f' is exactly 0 (the dying-ReLU region), shaded apart from
  /// ``shadedRegions(_:)``; the ends may be infinite. Default: none.
  func deadZones(_ p: ParameterValues) -> [ClosedRange<Double>]
  /// The story points, shaded regions and dead zones at once, what ``StoryCache`` keeps:
  /// one solve instead of three. Default: ``StorySolver/solve(_:_:)``; a family with
  /// story points of its own gives its own.
  func story(_ p: ParameterValues) -> SolvedStory

  /// The sampler's pass over the curve of `order` (CurveSampler.swift gives it; do not
  /// implement it: it is a requirement so each family gets its own specialized copy).
  func sampleCurve(_ order: DerivativeOrder, _ p: ParameterValues, in viewport: Viewport,
                   into result: inout SampledCurve)
}

extension PlotFunction {
  /// The derivative of `order` at x.
  @inlinable
  public func value(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    switch order {
    case .value: return value(at: x, p)
    case .first: return derivative(at: x, p)
    case .second: return secondDerivative(at: x, p)
    }
  }

  @inlinable
  public func scaledValue(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues,
                          in scale: YScale) -> Double {
    switch scale {
    case .linear: return value(order, at: x, p)
    case .log: return naturalLog(order, at: x, p) * YScale.log10e
    case .logit: return logit(order, at: x, p)
    case .logMagnitude: return naturalLogMagnitude(order, at: x, p).log10
    }
  }

  @inlinable
  public func logit(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    logitFromLog(order, at: x, p)
  }

  /// logit y = ln y − log1p(−y), times log10(e): both terms keep their relative accuracy
  /// (ln y from ``naturalLog(_:at:_:)`` goes on past the double range), and their
  /// difference cancels only where y is close to 1.
  @inlinable
  public func logitFromLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> Double
  {
    if x.isNaN { return x }
    let lnF = naturalLog(order, at: x, p)
    if lnF.isNaN || lnF == -.infinity { return lnF }
    return (lnF - log1p(-value(order, at: x, p))) * YScale.log10e
  }

  @inlinable
  public func estimate(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    value(order, at: x, p)
  }

  public var estimateError: Double { 0 }

  public var estimateDraws: Bool { false }

  public func bendBound(_ order: DerivativeOrder, over lo: Double, _ hi: Double,
                        _ p: ParameterValues) -> Double { .infinity }

  public func readoutText(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> String?
  {
    underflowReadoutText(order, at: x, p)
  }

  public func storyPoints(_ p: ParameterValues) -> [StoryPoint] { story(p).points }

  public func shadedRegions(_ p: ParameterValues) -> [ClosedRange<Double>] { story(p).vanishing }

  public func story(_ p: ParameterValues) -> SolvedStory { StorySolver.solve(self, p) }

  public func kinks(_ p: ParameterValues) -> [Kink] { [] }

  public func storyScale(_ p: ParameterValues) -> Double { 1 }

  public func deadZones(_ p: ParameterValues) -> [ClosedRange<Double>] {
    kinks(p).isEmpty ? [] : story(p).deadZones
  }

  /// The parameters at their defaults.
  public var defaultParameters: ParameterValues {
    ParameterValues(parameters.map(\.defaultValue))
  }
}

/// How a family is named where the user reads it.
public struct FunctionNames: Sendable, Hashable {
  /// The name typed on the command line ("sigmoid"): lower case, no spaces, unique.
  public var commandLine: String
  /// The legend's name of f ("Sigmoid"); the derivatives add " Derivative" and
  /// " Second Derivative", as the matplotlib original did.
  public var legend: String
  /// The readout's symbol for f ("S"); the derivatives add primes ("S'", "S''").
  public var symbol: String

  public init(commandLine: String, legend: String, symbol: String) {
    self.commandLine = commandLine
    self.legend = legend
    self.symbol = symbol
  }

  /// "Sigmoid", "Sigmoid Derivative", "Sigmoid Second Derivative".
  public func legend(_ order: DerivativeOrder) -> String {
    switch order {
    case .value: return legend
    case .first: return legend + " Derivative"
    case .second: return legend + " Second Derivative"
    }
  }

  /// "S", "S'", "S''".
  public func symbol(_ order: DerivativeOrder) -> String {
    symbol + String(repeating: "'", count: order.rawValue)
  }
}
