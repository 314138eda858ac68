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

  /// Evaluates `lab` at the format value `x` as a frame draws it: the values of
  /// ``PrecisionFormula/computedForDrawing(at:)`` (in float64 the fast ones, which no
  /// curve can tell from the proven ones), errors against the catalogue's doubles.
  public init(_ lab: PrecisionFormula, at x: Double) {
    self.init(lab, at: x, computed: lab.computedForDrawing(at: x), readout: false)
  }

  /// Evaluates `lab` at the format value `x` as the probe reads it out: the proven
  /// values of ``PrecisionFormula/computed(at:)``, and in float64 each error against the
  /// double-double truth (``PrecisionFormula/reference(_:atFormatValue:)``), since a
  /// catalogue double can be 2 ulps off and the probe prints three digits. A fraction
  /// of a millisecond per order: once per probed point, not per pixel.
  public init(readingOut lab: PrecisionFormula, at x: Double) {
    self.init(lab, at: x, computed: lab.computed(at: x), readout: true)
  }

  private init(_ lab: PrecisionFormula, at x: Double, computed c: FormatValues, readout: Bool) {
    self.x = x
    let t = lab.trueValues(atFormatValue: x)
    computed = c
    func error(_ order: DerivativeOrder) -> Double {
      guard readout, lab.format.significandBits == 53, x.isFinite else {
        return lab.ulps(c[order], truth: t[order])
      }
      return lab.ulps(c[order], reference: lab.reference(order, atFormatValue: x))
    }
    ulps = FormatValues(error(.value), error(.first), error(.second))
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
