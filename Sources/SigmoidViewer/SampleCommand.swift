// `sigmoid-viewer sample --from A --to B --count N` (or `--at FILE`): S, S' and S'' at N
// evenly spaced x, or at the x values of a file, as CSV on standard output (`--hex`: every
// number as hexadecimal floating point; `--function SPEC`: a catalogue function instead). Parse -> validate -> run; it draws nothing and
// opens no window.

import Glibc
import PlotCore

/// Samples the sigmoid and its derivatives on a closed interval.
struct SampleCommand: Sendable {
  /// The first x; finite.
  var from: Double
  /// The last x; finite and greater than `from`.
  var to: Double
  /// How many rows, first and last included: 2 ... `maximumCount`.
  var count: Int
  /// The x values of `--at`, in file order, or nil for the evenly spaced `from ... to`.
  var listed: [Double]?
  /// Whether numbers are written as hexadecimal floating point (`--hex`).
  var hex = false
  /// The curves of the columns after x: the sigmoid's (``curves``) or, with `--function`,
  /// that function's f, f', f''.
  var columns: [PlottedCurve] = Self.curves
  /// The header line: ``header`` or, with `--function`, ``functionHeader``.
  var headerLine: String = Self.header
  /// With `--format`: the function, format and formula of the precision CSV.
  var precision: PrecisionFormula?

  /// The most rows one run writes (about 750 MB of CSV), so a typo cannot fill a disk.
  static let maximumCount = 10_000_000

  /// The curves of the columns after x: S, S' and S'' at k = 1, x0 = 0.
  static let curves = PlottedCurve.sigmoidCurves

  /// The CSV header, in the column order of every row.
  static let header = "x,sigmoid,derivative,second_derivative"
  /// The CSV header with `--function`.
  static let functionHeader = "x,value,derivative,second_derivative"

  static let parser = OptionParser(command: "sample", options: [
    .value("--from", "A", accepts: "a finite number, the first x",
           help: "where the rows start", default: "required unless --at"),
    .value("--to", "B", accepts: "a finite number greater than --from, the last x",
           help: "where the rows end", default: "required unless --at"),
    .value("--count", "N", accepts: "a whole number from 2 to \(maximumCount), the number of rows",
           help: "how many rows, both ends included", default: "required unless --at"),
    .value("--at", "FILE", accepts: "a file of x values, one per line (- for standard input)",
           help: "the x values instead: one a line, decimal or hexadecimal (0x1.8p+3); "
             + "blank lines and lines starting with # are skipped", default: "none"),
    .flag("--hex", help: "write every number as hexadecimal floating point"),
    .value("--function", "SPEC",
           accepts: "NAME[:PARAM=VALUE,...] with NAME one of "
             + FunctionCatalogue.names.joined(separator: ", "),
           help: "sample this catalogue function and its first two derivatives instead "
             + "(header x,value,derivative,second_derivative; PyTorch's values at kinks)",
           default: "the sigmoid, header x,sigmoid,derivative,second_derivative"),
    .value("--format", "F", accepts: "one of " + NumberFormat.all.map(\.name).joined(separator: ", "),
           help: "evaluate in this number format (the precision lab): header "
             + "x,x_in_format,value,...,ulps_second_derivative", default: "none (doubles)"),
    .value("--formula", "NAME", accepts: "one of " + FormulaKind.allCases.map(\.rawValue).joined(separator: ", "),
           help: "with --format: how the format computes f, f', f''", default: "textbook"),
  ])

  init(from: Double, to: Double, count: Int) {
    self.from = from
    self.to = to
    self.count = count
  }

  /// Parses and validates `arguments` (those after `sample`).
  init(arguments: [String]) throws(UsageError) {
    try self.init(arguments: arguments.map { Argument($0) })
  }

  /// Parses and validates raw `arguments` (those after `sample`).
  init(arguments: [Argument]) throws(UsageError) {
    let options = try Self.parser.parse(arguments)
    let function = try Self.functionSpec(options.values["--function"])
    let precision = try Self.precisionFormula(
      format: options.values["--format"], formula: options.values["--formula"], spec: function)
    if let path = options.path("--at") {
      for name in ["--from", "--to", "--count"] where options.values[name] != nil {
        throw UsageError("--at gives the x values, so \(name) cannot be given with it")
      }
      let values = try SampleInput.values(at: path)
      self.init(from: 0, to: 1, count: values.count)
      listed = values
      hex = options.has("--hex")
      sample(function)
      self.precision = precision
      return
    }
    // Double(String) reads decimal and hex ("0x1p-3") but also inf, nan and overflowing
    // 1e400 (as inf): rejecting non-finite here lets the message quote what was typed.
    let finite = { (text: String) -> Double? in Double(text).flatMap { $0.isFinite ? $0 : nil } }
    self.init(
      from: try options.required("--from", finite),
      to: try options.required("--to", finite),
      count: try options.required("--count") { Int($0) })
    hex = options.has("--hex")
    sample(function)
    self.precision = precision
    try validate()
  }

  /// Makes the columns `function`'s f, f', f'' (nil: the sigmoid's, as without the option).
  mutating func sample(_ function: FunctionSpec?) {
    guard let function else { return }
    columns = DerivativeOrder.allCases.map { function.curve($0) }
    headerLine = Self.functionHeader
  }

  /// The `--function` spec, nil without the option; a bad spec is a usage error whose
  /// one line lists what is valid.
  static func functionSpec(_ text: String?) throws(UsageError) -> FunctionSpec? {
    guard let text else { return nil }
    do { return try FunctionSpec.parse(text) } catch {
      throw UsageError("--function \"\(text)\": \(error)")
    }
  }

  /// Checks the values against each other and their ranges; messages name the option.
  func validate() throws(UsageError) {
    for (name, value) in [("--from", from), ("--to", to)] where !value.isFinite {
      throw UsageError(
        "\(name) must be \(Self.parser.spec(name).accepts); got \(value), which is not finite")
    }
    guard (2...Self.maximumCount).contains(count) else {
      throw UsageError("--count must be \(Self.parser.spec("--count").accepts); got \(count)")
    }
    guard from < to else {
      throw UsageError("--to must be greater than --from; got --from \(from) --to \(to)")
    }
  }

  /// The x of row `index` (0 ..< count): exactly `from` first, exactly `to` last.
  ///
  /// Interpolates as (1 − w)·A + w·B with both weights formed as exact-integer quotients,
  /// so the ends are exact, the rows are symmetric about the middle, and nothing overflows
  /// even when B − A does (A = −B = −1.7e308): each product is at most |A| or |B|. The
  /// clamp keeps a rounded sum inside [A, B].
  func x(at index: Int) -> Double {
    if let listed { return listed[index] }
    if index <= 0 { return from }
    if index >= count - 1 { return to }
    let intervals = Double(count - 1)  // exact: count ≤ 10^7
    let w = Double(index) / intervals
    let oneMinusW = Double(count - 1 - index) / intervals
    let x = (oneMinusW * from).addingProduct(w, to)  // one rounding for the sum
    return min(max(x, from), to)
  }

  /// Writes the header and `count` rows to `output`, then flushes it. A failing sink
  /// (standard output on a full disk, say) ends the run with an ``OutputWriteError``.
  func run(writingTo output: inout ChunkedOutput) throws(OutputWriteError) {
    do { try writeRows(to: &output) } catch let error as OutputWriteError {
      throw error.writing("the CSV")
    } catch {
      throw OutputWriteError(errno: EIO, what: "the CSV")
    }
  }

  private func writeRows(to output: inout ChunkedOutput) throws {
    if let precision {
      try output.write(Self.precisionHeader + "\n")
      for index in 0..<count { try writePrecisionRow(x(at: index), precision, to: &output) }
      return try output.flush()
    }
    try output.write(headerLine)
    output.write(byte: UInt8(ascii: "\n"))
    for index in 0..<count {
      let x = x(at: index)
      try write(x, to: &output)
      for curve in columns {
        output.write(byte: UInt8(ascii: ","))
        try write(curve.evaluate(x), to: &output)
      }
      output.write(byte: UInt8(ascii: "\n"))
    }
    try output.flush()
  }

  /// One number, shortest round-trip decimal or (``hex``) hexadecimal floating point.
  func write(_ value: Double, to output: inout ChunkedOutput) throws {
    if hex { try output.write(hexadecimal: value) } else { try output.write(value) }
  }
}
