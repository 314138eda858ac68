// Every input of an 8- or 16-bit format evaluated once: a table over the ordinals,
// filled lazily in blocks as views reach them, so panning and zooming over the same
// inputs costs lookups only. Wider formats (float32, float64) evaluate on demand.

/// The evaluations of one formula at the inputs of its format.
public struct FormatTable: Sendable {
  public let lab: PrecisionFormula
  /// Inputs per lazily filled block.
  static let blockSize: Int64 = 256
  /// The samples by ordinal + ``greatestOrdinal`` (formats of at most 16 bits), or
  /// empty for the wide ones.
  private var samples: [FormatSample] = []
  private var filled: [Bool] = []
  /// How many inputs have been evaluated (each once): tests check the laziness.
  public private(set) var evaluations = 0
  let top: Int64

  public init(_ lab: PrecisionFormula) {
    self.lab = lab
    top = lab.format.greatestOrdinal
    if lab.format.bitWidth <= 16 {
      let count = Int(2 * top + 1)
      let blank = FormatSample(lab, at: 0)
      samples = Array(repeating: blank, count: count)
      filled = Array(repeating: false, count: (count + Int(Self.blockSize) - 1) / Int(Self.blockSize))
    }
  }

  /// Whether the table holds every input (the format has at most 16 bits).
  public var isTabulated: Bool { !filled.isEmpty }

  /// The evaluation at ordinal `o`: looked up (filling its block first) when tabulated,
  /// else computed.
  public mutating func sample(ordinal o: Int64) -> FormatSample {
    guard isTabulated else {
      evaluations += 1
      return FormatSample(lab, at: lab.format.value(ordinal: o))
    }
    let i = Int(o + top)
    let block = i / Int(Self.blockSize)
    if !filled[block] { fill(block) }
    return samples[i]
  }

  /// Evaluates every input of `block`.
  private mutating func fill(_ block: Int) {
    filled[block] = true
    let start = block * Int(Self.blockSize)
    let end = Swift.min(samples.count, start + Int(Self.blockSize))
    for i in start..<end {
      samples[i] = FormatSample(lab, at: lab.format.value(ordinal: Int64(i) - top))
    }
    evaluations += end - start
  }
}
