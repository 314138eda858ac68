// What a format computes, one pixel column at a time: because x is first rounded to the
// format, the computed f is a step function of x, flat across each input's rounding
// interval. A column shows every input whose interval meets it, so its range (least to
// greatest result) is exact: no aliasing, no lost spike, treads and risers when zoomed in.

/// One column's results for one order.
public struct FormatColumn: Sendable, Equatable {
  /// The least and greatest finite result over the column's inputs (lo > hi: none finite).
  public var lo = Double.infinity
  public var hi = -Double.infinity
  /// The least and greatest finite error in ulps (errorLo > errorHi: none finite).
  public var errorLo = Double.infinity
  public var errorHi = -Double.infinity
  /// The special results among the column's inputs.
  public var events: FormatEvents = []
  /// Whether every input was evaluated (false: a float32/float64 column with more inputs
  /// than ``FormatColumns/exhaustiveLimit``, evaluated at spread samples of them).
  public var isExhaustive = true

  public init() {}

  /// Whether any result was finite.
  public var hasValue: Bool { lo <= hi }
  /// Whether any error was finite.
  public var hasError: Bool { errorLo <= errorHi }

  mutating func add(_ s: FormatSample, _ order: DerivativeOrder) {
    let v = s.computed[order]
    if v.isFinite {
      lo = Swift.min(lo, v)
      hi = Swift.max(hi, v)
    }
    let e = s.ulps[order]
    if e.isFinite {
      errorLo = Swift.min(errorLo, e)
      errorHi = Swift.max(errorHi, e)
    }
    events.formUnion(s.events(order))
  }

  /// Widens this range to hold `other`'s too (the union of the two sets of inputs).
  mutating func merge(_ other: FormatColumn) {
    lo = Swift.min(lo, other.lo)
    hi = Swift.max(hi, other.hi)
    errorLo = Swift.min(errorLo, other.errorLo)
    errorHi = Swift.max(errorHi, other.errorHi)
    events.formUnion(other.events)
    isExhaustive = isExhaustive && other.isExhaustive
  }
}

/// The columns of one view: for pixel column i (device x from plot.left + i to
/// plot.left + i + 1) and each order, the range of what the formula computes there.
public struct FormatColumns: Sendable {
  /// Columns with more inputs than this, in formats too wide to tabulate, are evaluated
  /// at this many inputs spread over them (both ends included) instead of every one.
  public static let exhaustiveLimit: Int64 = 16
  /// The view the columns were computed for.
  public private(set) var viewport: Viewport?
  /// How many columns.
  public private(set) var count = 0
  /// The format inputs at each column's edges: column i spans ordinals
  /// `edgeOrdinals[i] ... edgeOrdinals[i + 1]`.
  public private(set) var edgeOrdinals: [Int64] = []
  @usableFromInline var storage: [FormatColumn] = []

  public init() {}

  /// Column `i` of `order` (inlinable: the scene reads every column of every frame).
  @inlinable public subscript(order: DerivativeOrder, i: Int) -> FormatColumn {
    storage[order.rawValue * count + i]
  }

  /// Whether some column of a tabulated format was evaluated at spread inputs only
  /// (``compute(_:table:sampling:)`` with a limit): a provisional picture, to be
  /// computed again without the limit.
  public private(set) var isProvisional = false

  /// Computes the columns of `viewport` from `table` (reusing storage). Column i meets
  /// the rounding intervals of the inputs from RN(x(left + i)) to RN(x(left + i + 1)),
  /// so neighbouring columns share their edge input (a riser shows in both).
  ///
  /// With `limit` (a parameter being dragged: a new table every frame), a tabulated
  /// column whose blocks are not all filled is evaluated directly, every input if it
  /// has fewer than `limit`, else at `limit` spread ones (flagged not exhaustive, and
  /// ``isProvisional`` set); nothing is stored, so the frame stays cheap.
  public mutating func compute(_ viewport: Viewport, table: inout FormatTable,
                               sampling limit: Int64? = nil) {
    self.viewport = viewport
    isProvisional = false
    let format = table.lab.format
    let plot = viewport.plot
    count = Swift.max(0, Int(plot.width.rounded(.up)))
    edgeOrdinals.removeAll(keepingCapacity: true)
    for i in 0...count {
      let x = viewport.x(forPixelX: plot.left + Double(i))
      edgeOrdinals.append(format.ordinal(format.rounded(x)))
    }
    storage.removeAll(keepingCapacity: true)
    storage.append(contentsOf: repeatElement(FormatColumn(), count: 3 * count))
    // The last input evaluated directly: a column's left edge is its neighbour's right.
    var last: (ordinal: Int64, sample: FormatSample)?
    for i in 0..<count {
      let (a, b) = (edgeOrdinals[i], edgeOrdinals[i + 1])
      // Zoomed in, neighbouring columns often hold the same inputs: the same results.
      if i > 0, a == edgeOrdinals[i - 1], b == edgeOrdinals[i] {
        for order in 0..<3 { storage[order * count + i] = storage[order * count + i - 1] }
        continue
      }
      if table.isTabulated && (limit == nil || table.unfilledInputs(from: a, through: b) == 0) {
        var c = (FormatColumn(), FormatColumn(), FormatColumn())
        table.merge(from: a, through: b, into: &c.0, &c.1, &c.2)
        (storage[i], storage[count + i], storage[2 * count + i]) = c
        continue
      }
      // The span as unsigned: float64's ordinals from −max to +max span more than Int64.
      let span = UInt64(bitPattern: b &- a)
      let cap = table.isTabulated ? limit! : Self.exhaustiveLimit
      let exhaustive = span < UInt64(cap)
      let n = exhaustive ? span : UInt64(cap - 1)
      for k in 0...n {
        // Spread samples: both ends and evenly spaced ordinals between (exact integers).
        let step = exhaustive ? k : span / n * k + (span % n) * k / n
        let o = a &+ Int64(bitPattern: step)
        let s: FormatSample
        if let l = last, l.ordinal == o { s = l.sample } else { s = table.evaluate(ordinal: o) }
        last = (o, s)
        for order in DerivativeOrder.allCases {
          storage[order.rawValue * count + i].add(s, order)
        }
      }
      if !exhaustive {
        for order in DerivativeOrder.allCases { storage[order.rawValue * count + i].isExhaustive = false }
        if table.isTabulated { isProvisional = true }
      }
    }
  }
}
