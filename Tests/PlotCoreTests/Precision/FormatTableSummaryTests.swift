// Tests of FormatTable's summaries and FormatColumns' provisional sampling
// (Sources/PlotCore/Precision/Overlay/): a range merged from run and block summaries is
// the range of adding every input one by one, whatever the range's alignment; a
// provisional computation evaluates no more than its limit per column, fills nothing,
// includes every column's edges and says it is provisional; the exact one after it is
// the brute-force one. PrecisionCache recomputes provisional columns when asked exactly.

import Testing
@testable import PlotCore

@Suite struct FormatTableSummaryTests {
  /// The range of ordinals a...b added input by input.
  static func added(_ table: inout FormatTable, _ a: Int64, _ b: Int64) -> [FormatColumn] {
    var c = [FormatColumn(), FormatColumn(), FormatColumn()]
    for o in a...b {
      let s = table.sample(ordinal: o)
      for order in DerivativeOrder.allCases { c[order.rawValue].add(s, order) }
    }
    return c
  }

  @Test(arguments: [NumberFormat.float16, .bfloat16, .float8E4M3, .float8E5M2])
  func mergedRangesAreTheRangesOfEveryInput(_ format: NumberFormat) throws {
    let lab = try PrecisionFormula(.labDefault, format: format, kind: .textbook)
    var table = FormatTable(lab)
    let top = format.greatestOrdinal
    var rng = SystemRandomNumberGenerator()
    // Short ranges inside a run, across runs and blocks, long ones, and the ends.
    var ranges: [(Int64, Int64)] = [(-top, top), (-top, -top), (top, top), (0, 0), (-1, 1),
                                    (3, 18), (15, 16), (240, 800), (-700, -100), (-top, 5)]
    for _ in 0..<60 {
      let a = Int64.random(in: -top...top, using: &rng)
      let n = Int64.random(in: 0...Swift.min(3000, 2 * top), using: &rng)
      ranges.append((a, Swift.min(top, a + n)))
    }
    for (a, b) in ranges where -top <= a && a <= b && b <= top {
      var m = (FormatColumn(), FormatColumn(), FormatColumn())
      table.merge(from: a, through: b, into: &m.0, &m.1, &m.2)
      let want = Self.added(&table, a, b)
      #expect([m.0, m.1, m.2] == want, "\(format) \(a)...\(b)")
    }
  }

  static func viewport(_ x: ClosedRange<Double>, width: Double) -> Viewport {
    FormatColumnsTests.viewport(x, width: width)
  }

  @Test func provisionalColumnsSampleTheirEdgesAndFillNothing() throws {
    let lab = try PrecisionFormula(.labDefault, format: .float16, kind: .textbook)
    var table = FormatTable(lab)
    let vp = Self.viewport(-10...10, width: 97)
    var cols = FormatColumns()
    cols.compute(vp, table: &table, sampling: 4)
    #expect(cols.isProvisional)
    // At most 4 inputs per column, the shared edges once: nothing is stored.
    #expect(table.evaluations <= 3 * cols.count + 1)
    let a = cols.edgeOrdinals.first!, b = cols.edgeOrdinals.last!
    #expect(table.unfilledInputs(from: a, through: b)
      == FormatTable(lab).unfilledInputs(from: a, through: b))
    #expect(table.unfilledInputs(from: a, through: b) >= Int(b - a) + 1)
    for i in 0..<cols.count {
      let (l, r) = (cols.edgeOrdinals[i], cols.edgeOrdinals[i + 1])
      let col = cols[.value, i]
      for o in [l, r] {
        let v = FormatSample(lab, at: lab.format.value(ordinal: o)).computed.value
        #expect(col.lo <= v && v <= col.hi, "column \(i)")
      }
      // A column of at most 4 inputs is exhaustive; a wider one says it is not.
      #expect(col.isExhaustive == (r - l < 4), "column \(i)")
    }
    // Exactly, it is the brute-force range again (FormatColumnsTests' walk).
    cols.compute(vp, table: &table)
    #expect(!cols.isProvisional)
    #expect((0..<cols.count).allSatisfy { cols[.value, $0].isExhaustive })
    FormatColumnsTests.checkColumns(lab, vp)
  }

  @Test func filledColumnsAreExactEvenWhenSampling() throws {
    let lab = try PrecisionFormula(.labDefault, format: .float16, kind: .textbook)
    var table = FormatTable(lab)
    let vp = Self.viewport(7.5...7.75, width: 50)
    var exact = FormatColumns()
    exact.compute(vp, table: &table)
    let once = table.evaluations
    var sampled = FormatColumns()
    sampled.compute(vp, table: &table, sampling: 2)
    #expect(!sampled.isProvisional && table.evaluations == once)
    for i in 0..<exact.count { #expect(sampled[.first, i] == exact[.first, i]) }
  }

  @Test func theCacheRecomputesProvisionalColumnsWhenAskedExactly() throws {
    let spec = try FunctionSpec.parse("sigmoid:k=2.5")
    let lab = try PrecisionFormula(spec, format: .float16, kind: .textbook)
    var cache = PrecisionCache()
    let vp = Self.viewport(-10...10, width: 97)
    #expect(cache.unfilledInputs(lab, vp) > 30_000)
    #expect(cache.cachedThresholdGroups(lab) == nil)
    cache.update(lab, vp, sampling: 2)
    #expect(cache.columns.isProvisional)
    cache.update(lab, vp, sampling: 2)  // still moving: stays provisional, no work
    #expect(cache.columns.isProvisional)
    cache.update(lab, vp)
    #expect(!cache.columns.isProvisional && cache.unfilledInputs(lab, vp) == 0)
    let groups = cache.thresholdGroups(lab)
    #expect(cache.cachedThresholdGroups(lab) == groups)
  }
}
