// What the precision overlay keeps between frames: the tables of the last few
// (function and parameters, format, formula) triples, the columns of the last view and
// the thresholds of each triple, so a warm frame evaluates nothing and allocates nothing.

/// Identifies one formula of one function (at its parameters) in one format.
public struct PrecisionKey: Hashable, Sendable {
  /// The function at its parameters (order f).
  public let curve: PlottedCurve
  public let format: String
  public let kind: FormulaKind

  public init(_ lab: PrecisionFormula) {
    curve = lab.spec.curve(.value)
    format = lab.format.name
    kind = lab.kind
  }
}

/// The overlay's caches, owned by the scene (one per window or render).
public struct PrecisionCache: Sendable {
  /// Tables kept, most recent last: cycling formats with Y and back finds them warm.
  public static let tablesKept = 4
  /// Threshold sets kept (cleared when full).
  public static let thresholdsKept = 32
  private var tables: [(key: PrecisionKey, table: FormatTable)] = []
  private var thresholds: [PrecisionKey: [ThresholdGroup]] = [:]
  /// The columns of the last view, and what they were computed for.
  public private(set) var columns = FormatColumns()
  private var columnsKey: PrecisionKey?

  public init() {}

  /// The columns of `lab` over `viewport`, computed unless the last call had the same
  /// triple and view.
  public mutating func columns(_ lab: PrecisionFormula, _ viewport: Viewport) -> FormatColumns {
    update(lab, viewport)
    return columns
  }

  /// Brings ``columns`` to `lab` over `viewport` (nothing to do for the same triple and
  /// view, unless they were provisional and `limit` is nil), in place: no copy is made,
  /// so a warm update allocates nothing. `limit`: FormatColumns' sampling of unfilled
  /// columns, for a provisional frame.
  public mutating func update(_ lab: PrecisionFormula, _ viewport: Viewport,
                              sampling limit: Int64? = nil) {
    let key = PrecisionKey(lab)
    if columnsKey == key, columns.viewport == viewport, limit != nil || !columns.isProvisional {
      return
    }
    var cols = columns
    columns = FormatColumns()  // one owner, so computing reuses its storage
    withTable(lab, key) { cols.compute(viewport, table: &$0, sampling: limit) }
    columns = cols
    columnsKey = key
  }

  /// How many inputs exact columns of `lab` over `viewport` would evaluate now: those of
  /// the unfilled blocks between the view's edges (0 for the wide formats, which
  /// evaluate a bounded sample per column anyway).
  public func unfilledInputs(_ lab: PrecisionFormula, _ viewport: Viewport) -> Int {
    let f = lab.format
    guard f.bitWidth <= 16 else { return 0 }
    let plot = viewport.plot
    let a = f.ordinal(f.rounded(viewport.x(forPixelX: plot.left)))
    let b = f.ordinal(f.rounded(viewport.x(forPixelX: plot.left + plot.width.rounded(.up))))
    let key = PrecisionKey(lab)
    guard let entry = tables.first(where: { $0.key == key }) else { return Int(b - a) + 1 }
    return entry.table.unfilledInputs(from: a, through: b)
  }

  /// The thresholds of `lab` if they were computed already, else nil (a provisional
  /// frame does not compute them).
  public func cachedThresholdGroups(_ lab: PrecisionFormula) -> [ThresholdGroup]? {
    thresholds[PrecisionKey(lab)]
  }

  /// The probe's evaluation of `lab` at the format value nearest `x` (from the table when
  /// there is one). In float64, where a frame draws the fast values, the probe reads out
  /// the proven ones (``FormatSample/init(readingOut:at:)``): one point, not a column.
  public mutating func sample(_ lab: PrecisionFormula, at x: Double) -> FormatSample {
    if lab.format.significandBits == 53 { return FormatSample(readingOut: lab, at: x) }
    let key = PrecisionKey(lab)
    var s: FormatSample?
    withTable(lab, key) { s = $0.sample(ordinal: lab.format.ordinal(lab.format.rounded(x))) }
    return s!
  }

  /// The thresholds of `lab` (FormatThresholds) with a real x, grouped and worded once
  /// per triple.
  public mutating func thresholdGroups(_ lab: PrecisionFormula) -> [ThresholdGroup] {
    let key = PrecisionKey(lab)
    if let t = thresholds[key] { return t }
    let t = ThresholdGroup.groups(FormatThresholds.compute(lab), format: lab.format)
    // A parameter sweep makes a new triple per frame: keep the memory bounded.
    if thresholds.count >= Self.thresholdsKept { thresholds.removeAll(keepingCapacity: true) }
    thresholds[key] = t
    return t
  }

  /// Runs `body` on the table of `key`, made if missing (the oldest dropped past
  /// ``tablesKept``), moved out of the array while it runs so it is mutated in place.
  private mutating func withTable(_ lab: PrecisionFormula, _ key: PrecisionKey,
                                  _ body: (inout FormatTable) -> Void) {
    var table: FormatTable
    if let i = tables.firstIndex(where: { $0.key == key }) {
      table = tables.remove(at: i).table
    } else {
      table = FormatTable(lab)
      if tables.count >= Self.tablesKept { tables.removeFirst() }
    }
    body(&table)
    tables.append((key, table))
  }
}

/// The thresholds that happen at one real x (and first input): one marker, one line of
/// the list.
public struct ThresholdGroup: Sendable, Equatable {
  /// The real x where they happen.
  public let x: Double
  /// The first input of the format at which they do.
  public let firstInput: Double?
  /// "textbook S = 1.0, textbook S' = 0 from 7.6246 (first float16 input 7.625)".
  public let text: String

  /// `thresholds` with a real x, those at the same x and first input together, by x.
  public static func groups(_ thresholds: [FormatThreshold], format: NumberFormat)
    -> [ThresholdGroup]
  {
    var found: [(x: Double, first: Double?, labels: [String])] = []
    for t in thresholds {
      guard let x = t.realX else { continue }
      if let i = found.firstIndex(where: { $0.x == x && $0.first == t.firstInput }) {
        found[i].labels.append(t.label)
      } else {
        found.append((x, t.firstInput, [t.label]))
      }
    }
    return found.sorted { $0.x < $1.x }.map { g in
      let first = g.first.map { format.shortestText($0) } ?? "none"
      return ThresholdGroup(x: g.x, firstInput: g.first, text: g.labels.joined(separator: ", ")
        + " from " + CFormat.string("%.4f", g.x) + " (first \(format.name) input \(first))")
    }
  }
}
