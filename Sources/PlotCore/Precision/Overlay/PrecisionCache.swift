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
  private var tables: [(key: PrecisionKey, table: FormatTable)] = []
  private var thresholds: [PrecisionKey: [FormatThreshold]] = [:]
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
  /// view), in place: no copy is made, so a warm update allocates nothing.
  public mutating func update(_ lab: PrecisionFormula, _ viewport: Viewport) {
    let key = PrecisionKey(lab)
    if columnsKey == key, columns.viewport == viewport { return }
    var cols = columns
    columns = FormatColumns()  // one owner, so computing reuses its storage
    withTable(lab, key) { cols.compute(viewport, table: &$0) }
    columns = cols
    columnsKey = key
  }

  /// The evaluation of `lab` at the format value `x` (from the table when there is one).
  public mutating func sample(_ lab: PrecisionFormula, at x: Double) -> FormatSample {
    let key = PrecisionKey(lab)
    var s: FormatSample?
    withTable(lab, key) { s = $0.sample(ordinal: lab.format.ordinal(lab.format.rounded(x))) }
    return s!
  }

  /// The thresholds of `lab` (FormatThresholds), computed once per triple.
  public mutating func thresholds(_ lab: PrecisionFormula) -> [FormatThreshold] {
    let key = PrecisionKey(lab)
    if let t = thresholds[key] { return t }
    let t = FormatThresholds.compute(lab)
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
