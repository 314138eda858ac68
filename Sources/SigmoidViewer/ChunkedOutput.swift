// A byte buffer for text output that hands itself to a sink in large chunks, so writing
// millions of numbers costs a few hundred write calls, not one per number.
// Not a general stream: ASCII text and doubles only, no encoding choices.

import Glibc

/// Accumulates text and passes it on every `chunkSize` bytes and at `flush()`.
///
/// The buffer is reserved once and reused, so the per-number cost is formatting alone.
struct ChunkedOutput {
  /// Bytes not yet handed to `sink`.
  private var buffer: [UInt8] = []
  /// Flush once the buffer holds at least this many bytes.
  let chunkSize: Int
  /// Receives each full chunk; may throw (a closed pipe), which stops the writer.
  private let sink: ([UInt8]) throws -> Void

  init(chunkSize: Int = 1 << 16, sink: @escaping ([UInt8]) throws -> Void) {
    self.chunkSize = chunkSize
    self.sink = sink
    buffer.reserveCapacity(chunkSize + 256)
  }

  /// Writes to standard output, chunk by chunk, through ``Console`` (never traps).
  static func standardOutput() -> ChunkedOutput {
    ChunkedOutput { try Console.write($0, to: 1) }
  }

  /// Appends `text` as UTF-8.
  mutating func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    try flushIfFull()
  }

  /// Appends `value` in Swift's shortest round-trip form ("0.1", "5e-324", "-0.0",
  /// "1e-05"), which `Double(String)`, strtod and Python's float() all read back to the
  /// same double. Callers must pass finite values: "inf" and "nan" are not CSV numbers.
  mutating func write(_ value: Double) throws {
    assert(value.isFinite, "non-finite \(value) in numeric output")
    buffer.append(contentsOf: value.description.utf8)
    try flushIfFull()
  }

  /// Appends `value` as hexadecimal floating point (``HexFloat``), finite values only.
  mutating func write(hexadecimal value: Double) throws {
    HexFloat.append(value, to: &buffer)
    try flushIfFull()
  }

  /// Appends one ASCII byte, e.g. a comma or a newline.
  mutating func write(byte: UInt8) {
    buffer.append(byte)
  }

  /// Hands over whatever is buffered.
  mutating func flush() throws {
    guard !buffer.isEmpty else { return }
    try sink(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  private mutating func flushIfFull() throws {
    if buffer.count >= chunkSize { try flush() }
  }
}
