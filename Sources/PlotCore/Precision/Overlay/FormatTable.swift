// Every input of an 8- or 16-bit format evaluated once: a table over the ordinals,
// filled lazily in blocks as views reach them, so panning and zooming over the same
// inputs costs lookups only. Each block also keeps the range of its results per run of
// 16 inputs and per block (the columns' min and max, errors and events), so a column
// over thousands of inputs (the default view's columns near 0 hold most of float16) is
// a few dozen merges, not thousands of look-ups: exact, and cheap every frame of a zoom.
// Wider formats (float32, float64) evaluate on demand.

/// The evaluations of one formula at the inputs of its format.
public struct FormatTable: Sendable {
  public let lab: PrecisionFormula
  /// Inputs per lazily filled block.
  static let blockSize = 256
  /// Inputs per run summarised within a block.
  static let runSize = 16
  /// The samples by ordinal + ``greatestOrdinal`` (formats of at most 16 bits; allocated
  /// at the first fill, so a table no frame fills costs nothing), or empty.
  private var samples: [FormatSample] = []
  /// Per run of ``runSize`` inputs and per block, the three orders' ranges (index
  /// 3 · run + order), valid where the block is filled.
  private var runs: [FormatColumn] = []
  private var blocks: [FormatColumn] = []
  private var filled: [Bool] = []
  /// How many inputs have been evaluated (each once, or once per direct evaluation):
  /// tests check the laziness.
  public private(set) var evaluations = 0
  let top: Int64
  /// Inputs in the table (2 · top + 1), 0 for the wide formats.
  let inputCount: Int

  public init(_ lab: PrecisionFormula) {
    self.lab = lab
    top = lab.format.greatestOrdinal
    inputCount = lab.format.bitWidth <= 16 ? Int(2 * top + 1) : 0
    if inputCount > 0 {
      filled = Array(repeating: false, count: (inputCount + Self.blockSize - 1) / Self.blockSize)
    }
  }

  /// Whether the table holds every input (the format has at most 16 bits).
  public var isTabulated: Bool { !filled.isEmpty }

  /// The evaluation at ordinal `o`: looked up (filling its block first) when tabulated,
  /// else computed.
  public mutating func sample(ordinal o: Int64) -> FormatSample {
    guard isTabulated else { return evaluate(ordinal: o) }
    let i = Int(o + top)
    let block = i / Self.blockSize
    if !filled[block] { fill(block) }
    return samples[i]
  }

  /// The evaluation at ordinal `o`, looked up if its block is filled, else computed and
  /// not stored (a provisional frame's few inputs: no block is filled for them).
  public mutating func evaluate(ordinal o: Int64) -> FormatSample {
    if isTabulated {
      let i = Int(o + top)
      if filled[i / Self.blockSize] { return samples[i] }
    }
    evaluations += 1
    return FormatSample(lab, at: lab.format.value(ordinal: o))
  }

  /// How many inputs filling the blocks of ordinals `a...b` would evaluate (0: all are
  /// filled; the wide formats: the span itself, capped at Int.max).
  public func unfilledInputs(from a: Int64, through b: Int64) -> Int {
    guard isTabulated else { return Int(clamping: UInt64(bitPattern: b &- a) &+ 1) }
    var n = 0
    for block in Int(a + top) / Self.blockSize...Int(b + top) / Self.blockSize where !filled[block] {
      n += Swift.min(Self.blockSize, inputCount - block * Self.blockSize)
    }
    return n
  }

  /// Merges the results at ordinals `a...b` (tabulated formats; blocks filled as needed)
  /// into `value`, `first`, `second`: whole blocks and runs by their summaries, the ends
  /// input by input. The same min, max and events as adding every input.
  public mutating func merge(from a: Int64, through b: Int64, into value: inout FormatColumn,
                             _ first: inout FormatColumn, _ second: inout FormatColumn) {
    let (i0, i1) = (Int(a + top), Int(b + top))
    for block in i0 / Self.blockSize...i1 / Self.blockSize where !filled[block] { fill(block) }
    var i = i0
    while i <= i1 {
      if i % Self.blockSize == 0 && i + Self.blockSize - 1 <= i1 {
        let k = 3 * (i / Self.blockSize)
        value.merge(blocks[k]); first.merge(blocks[k + 1]); second.merge(blocks[k + 2])
        i += Self.blockSize
      } else if i % Self.runSize == 0 && i + Self.runSize - 1 <= i1 {
        let k = 3 * (i / Self.runSize)
        value.merge(runs[k]); first.merge(runs[k + 1]); second.merge(runs[k + 2])
        i += Self.runSize
      } else {
        let s = samples[i]
        value.add(s, .value); first.add(s, .first); second.add(s, .second)
        i += 1
      }
    }
  }

  /// Evaluates every input of `block` and summarises its runs and itself.
  private mutating func fill(_ block: Int) {
    if samples.isEmpty {
      let blank = FormatSample(lab, at: 0)
      samples = Array(repeating: blank, count: inputCount)
      let runCount = (inputCount + Self.runSize - 1) / Self.runSize
      runs = Array(repeating: FormatColumn(), count: 3 * runCount)
      blocks = Array(repeating: FormatColumn(), count: 3 * filled.count)
    }
    filled[block] = true
    let start = block * Self.blockSize
    let end = Swift.min(inputCount, start + Self.blockSize)
    var whole = (FormatColumn(), FormatColumn(), FormatColumn())
    var run = start
    while run < end {
      var c = (FormatColumn(), FormatColumn(), FormatColumn())
      for i in run..<Swift.min(end, run + Self.runSize) {
        let s = FormatSample(lab, at: lab.format.value(ordinal: Int64(i) - top))
        samples[i] = s
        c.0.add(s, .value); c.1.add(s, .first); c.2.add(s, .second)
      }
      let k = 3 * (run / Self.runSize)
      (runs[k], runs[k + 1], runs[k + 2]) = c
      whole.0.merge(c.0); whole.1.merge(c.1); whole.2.merge(c.2)
      run += Self.runSize
    }
    (blocks[3 * block], blocks[3 * block + 1], blocks[3 * block + 2]) = whole
    evaluations += end - start
  }
}
