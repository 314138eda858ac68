// What one format input gives: the formula's f, f', f'' there, the error of each in
// ulps of the format against the true value, and which results are the special values
// a plot must not hide (0 where the truth is not, infinities, NaN).

/// The special results of one evaluation, one bit each per order.
public struct FormatEvents: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The result is 0 while the true value is not (the textbook s(1 − s) past its
  /// threshold): a gradient lost, which a linear plot cannot tell from a tiny one.
  public static let zero = FormatEvents(rawValue: 1)
  /// The result is +infinity (the true value is finite or −infinity).
  public static let positiveInfinity = FormatEvents(rawValue: 2)
  /// The result is −infinity (the true value is finite or +infinity).
  public static let negativeInfinity = FormatEvents(rawValue: 4)
  /// The result is NaN.
  public static let nan = FormatEvents(rawValue: 8)
}

/// One format input's evaluation.
public struct FormatSample: Sendable, Equatable {
  /// The format input (a value of the format).
  public var x: Double
  /// What the formula computes: f, f', f''.
  public var computed: FormatValues
  /// Each computed value's error in ulps of the format at the true value
  /// (``PrecisionFormula/ulps(_:truth:)``): 0 exact, NaN for a NaN result, infinity
  /// where one of them is infinite.
  public var ulps: FormatValues
  /// The special results, per order (index ``DerivativeOrder/rawValue``).
  public var events: (FormatEvents, FormatEvents, FormatEvents)

  /// Evaluates `lab` at the format value `x`.
  public init(_ lab: PrecisionFormula, at x: Double) {
    self.x = x
    let c = lab.computed(at: x)
    let t = lab.trueValues(atFormatValue: x)
    computed = c
    ulps = FormatValues(lab.ulps(c.value, truth: t.value), lab.ulps(c.derivative, truth: t.derivative),
                        lab.ulps(c.secondDerivative, truth: t.secondDerivative))
    events = (Self.events(c.value, t.value), Self.events(c.derivative, t.derivative),
              Self.events(c.secondDerivative, t.secondDerivative))
  }

  /// The events of `order`.
  public func events(_ order: DerivativeOrder) -> FormatEvents {
    switch order {
    case .value: return events.0
    case .first: return events.1
    case .second: return events.2
    }
  }

  /// Which special value `computed` is, against the truth: a matching infinity (the
  /// truth's own) is no event.
  static func events(_ computed: Double, _ truth: Double) -> FormatEvents {
    if computed.isNaN { return truth.isNaN ? [] : .nan }
    if computed == truth { return [] }
    if computed == 0 { return .zero }
    if computed == .infinity { return .positiveInfinity }
    if computed == -.infinity { return .negativeInfinity }
    return []
  }

  public static func == (a: FormatSample, b: FormatSample) -> Bool {
    a.x == b.x && a.computed == b.computed && a.ulps == b.ulps && a.events == b.events
  }
}
