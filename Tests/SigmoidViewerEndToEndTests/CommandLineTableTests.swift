// Every kind of malformed invocation of the built binary, one row each, for the window
// options, `render` and `sample`: one line on stderr naming the option, status 2 for usage
// errors and 1 for failures at run time, no signal, and no file created or touched.

import Foundation
import TestSupport
import Testing

/// One invocation and what it must do.
struct CommandLineRow: Sendable, CustomTestStringConvertible {
  var arguments: [String]
  /// The exit status wanted: 2 for a usage error, 1 for a failure at run time, 0 for
  /// extreme but valid input.
  var status: Int32
  /// Substrings the single stderr line must contain (the option and what it accepts).
  var mentions: [String]
  /// Extra environment variables for this run.
  var environment: [String: String] = [:]
  /// A file standard output goes to instead of a capture file (e.g. /dev/full).
  var stdoutPath: String?
  /// A shell prefix run before exec, e.g. `ulimit -f 20; trap '' XFSZ` (the ignored
  /// signal is inherited across exec, so a write past the limit fails with EFBIG).
  var shellPrefix: String?
  /// For a status-0 row: the file it must create, relative to the working directory.
  var creates: String?

  var testDescription: String {
    (shellPrefix.map { "(\($0)) " } ?? "") + "sigmoid-viewer " + arguments.joined(separator: " ")
      + (stdoutPath.map { " > \($0)" } ?? "")
  }
}

/// The working directory each row runs in: fixtures the rows point at, nothing else.
/// Every row must leave it exactly as it found it (names and contents).
enum RowFixture {
  static let text = "notes.txt"  // a text file, not a font
  static let folder = "folder"  // an empty directory
  static let fifo = "pipe"  // a FIFO: not a file a BMP may replace
  static let cutFont = "cut.ttf"  // the first 2000 bytes of DejaVu Sans
  static let existing = "existing.bmp"  // a file a failed render must not touch

  static func make() throws -> String {
    let dir = try makeTemporaryDirectory()
    try Data("just some text\n".utf8).write(to: URL(fileURLWithPath: dir + "/" + text))
    try FileManager.default.createDirectory(atPath: dir + "/" + folder, withIntermediateDirectories: false)
    guard mkfifo(dir + "/" + fifo, 0o644) == 0 else { throw ExecutableRunnerError(description: "mkfifo failed") }
    try Data(TestFont.bytes.prefix(2000)).write(to: URL(fileURLWithPath: dir + "/" + cutFont))
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: dir + "/" + existing))
    return dir
  }

  /// Every entry below `dir` with its contents (FIFOs and directories by kind only).
  static func snapshot(_ dir: String) -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: dir)
    while let name = enumerator?.nextObject() as? String {
      let path = dir + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      result[name] = info.st_mode & S_IFMT == S_IFREG
        ? (FileManager.default.contents(atPath: path) ?? Data()) : Data("kind \(info.st_mode & S_IFMT)".utf8)
    }
    return result
  }
}

/// Runs the built binary in `directory` with DISPLAY and WAYLAND_DISPLAY unset, so a row
/// that wrongly reached the window would fail with "no display" (status 1), not hang.
func runRow(_ row: CommandLineRow, in directory: String) throws -> ExecutableResult {
  let binary = try ExecutableRunner.sigmoidViewerURL().path
  var environment = ProcessInfo.processInfo.environment
  for name in ["DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER", "SIGMOID_VIEWER_FONT"] {
    environment[name] = nil
  }
  environment.merge(row.environment) { $1 }
  let stdout: ChildOutput = row.stdoutPath.map { .file($0) } ?? .capture
  if let prefix = row.shellPrefix {
    return try ChildProcess.shell(prefix + "; exec \"$0\" \"$@\"", zero: binary, row.arguments,
                                  environment: environment, directory: directory, stdout: stdout)
  }
  return try ChildProcess.run(binary, row.arguments, environment: environment,
                              directory: directory, stdout: stdout)
}

@Suite struct CommandLineTableTests {
  static let window: [CommandLineRow] = [
    .init(arguments: ["--bogus"], status: 2, mentions: ["--bogus", "accepted: --size"]),
    .init(arguments: ["bogus"], status: 2, mentions: ["\"bogus\"", "render, sample"]),
    .init(arguments: ["Render", "x.bmp"], status: 2, mentions: ["\"Render\"", "render, sample"]),
    .init(arguments: ["-x"], status: 2, mentions: ["\"-x\"", "render, sample"]),
    .init(arguments: ["--size"], status: 2, mentions: ["--size needs a value", "1 to 16384"]),
    .init(arguments: ["--size", "--stats"], status: 2, mentions: ["--size needs a value"]),
    .init(arguments: ["--size", "big"], status: 2, mentions: ["--size", "1 to 16384", "\"big\""]),
    .init(arguments: ["--size", "800"], status: 2, mentions: ["--size", "WxH"]),
    .init(arguments: ["--size", "800x600x3"], status: 2, mentions: ["--size", "WxH"]),
    .init(arguments: ["--size", "0x600"], status: 2, mentions: ["--size", "1 to 16384"]),
    .init(arguments: ["--size", "800x0"], status: 2, mentions: ["--size", "1 to 16384"]),
    .init(arguments: ["--size", "-800x600"], status: 2, mentions: ["--size", "1 to 16384"]),
    .init(arguments: ["--size", "16385x600"], status: 2, mentions: ["--size", "1 to 16384"]),
    .init(arguments: ["--size", "800x16385"], status: 2, mentions: ["--size", "1 to 16384"]),
    .init(arguments: ["--size", "99999999999999999999x1"], status: 2, mentions: ["--size", "1 to 16384"]),
    .init(arguments: ["--size", "1.5x2"], status: 2, mentions: ["--size", "whole numbers"]),
    .init(arguments: ["--size=800x600", "--size=800x600"], status: 2, mentions: ["--size given twice"]),
    .init(arguments: ["--x-range", "a:b"], status: 2, mentions: ["--x-range", "finite numbers with A < B"]),
    .init(arguments: ["--x-range", "5"], status: 2, mentions: ["--x-range", "A:B"]),
    .init(arguments: ["--x-range", "nan:1"], status: 2, mentions: ["--x-range", "finite"]),
    .init(arguments: ["--x-range", "0:inf"], status: 2, mentions: ["--x-range", "finite"]),
    .init(arguments: ["--x-range", "-inf:0"], status: 2, mentions: ["--x-range", "finite"]),
    .init(arguments: ["--x-range", "1e400:1e401"], status: 2, mentions: ["--x-range", "finite"]),
    .init(arguments: ["--x-range", "5:1"], status: 2, mentions: ["--x-range", "A < B"]),
    .init(arguments: ["--x-range", "1:1"], status: 2, mentions: ["--x-range", "A < B"]),
    .init(arguments: ["--y-range", "1:-1"], status: 2, mentions: ["--y-range", "A < B"]),
    .init(arguments: ["--y-range", "0:nan"], status: 2, mentions: ["--y-range", "finite"]),
    .init(arguments: ["--y-range="], status: 2, mentions: ["--y-range", "A:B"]),
    .init(arguments: ["--scale", "2"], status: 2, mentions: ["--scale", "accepted: --size"]),
    .init(arguments: ["--stats=yes"], status: 2, mentions: ["--stats", "flag"]),
    .init(arguments: ["--size", "800x600", "extra"], status: 2, mentions: ["\"extra\"", "accepted: --size"]),
    .init(arguments: ["--font", RowFixture.folder], status: 2, mentions: ["--font", RowFixture.folder]),
    .init(arguments: ["--font", RowFixture.text], status: 2, mentions: ["--font", "not a TrueType font"]),
    .init(arguments: ["--font", "missing.ttf"], status: 2, mentions: ["--font", "missing.ttf", "no such file"]),
    .init(arguments: ["--font", RowFixture.cutFont], status: 2, mentions: ["--font", "damaged"]),
    .init(arguments: ["--font", RowFixture.fifo], status: 2, mentions: ["--font", "not a regular file"]),
    .init(arguments: ["--font="], status: 2, mentions: ["--font", "TrueType"]),
    .init(arguments: ["--screenshot-dir", "missing"], status: 2, mentions: ["--screenshot-dir", "does not exist"]),
    .init(arguments: ["--screenshot-dir", RowFixture.text], status: 2, mentions: ["--screenshot-dir", "not a directory"]),
    .init(arguments: ["--screenshot-dir="], status: 2, mentions: ["--screenshot-dir", "directory"]),
    // Valid options with no display: a failure at run time, reported in one line.
    .init(arguments: ["--size", "16384x16384"], status: 1, mentions: ["no display", "render OUT.bmp"]),
  ]

  static let render: [CommandLineRow] = [
    .init(arguments: ["render"], status: 2, mentions: ["missing OUT.bmp"]),
    .init(arguments: ["render", ""], status: 2, mentions: ["missing OUT.bmp"]),
    .init(arguments: ["render", "--size", "10x10"], status: 2, mentions: ["missing OUT.bmp"]),
    .init(arguments: ["render", "a.bmp", "b.bmp"], status: 2, mentions: ["\"b.bmp\"", "one OUT.bmp"]),
    .init(arguments: ["render", "a.bmp", "--bogus"], status: 2, mentions: ["--bogus", "accepted: --size"]),
    .init(arguments: ["render", "a.bmp", "--screenshot-dir", "."], status: 2, mentions: ["--screenshot-dir", "accepted"]),
    .init(arguments: ["render", "a.bmp", "--size"], status: 2, mentions: ["--size needs a value", "1 to 16384"]),
    .init(arguments: ["render", "a.bmp", "--size", "0x0"], status: 2, mentions: ["--size", "1 to 16384"]),
    .init(arguments: ["render", "a.bmp", "--size", "16385x16385"], status: 2, mentions: ["--size", "1 to 16384"]),
    .init(arguments: ["render", "a.bmp", "--size", "1x16385"], status: 2, mentions: ["--size", "1 to 16384"]),
    .init(arguments: ["render", "a.bmp", "--x-range", "nan:nan"], status: 2, mentions: ["--x-range", "finite"]),
    .init(arguments: ["render", "a.bmp", "--x-range", "3:-3"], status: 2, mentions: ["--x-range", "A < B"]),
    .init(arguments: ["render", "a.bmp", "--y-range", "-inf:inf"], status: 2, mentions: ["--y-range", "finite"]),
    .init(arguments: ["render", "a.bmp", "--y-range", "0.5:0.5"], status: 2, mentions: ["--y-range", "A < B"]),
    .init(arguments: ["render", "a.bmp", "--scale"], status: 2, mentions: ["--scale needs a value", "0.25 to 16"]),
    .init(arguments: ["render", "a.bmp", "--scale", "0"], status: 2, mentions: ["--scale", "0.25 to 16"]),
    .init(arguments: ["render", "a.bmp", "--scale", "-1"], status: 2, mentions: ["--scale", "0.25 to 16"]),
    .init(arguments: ["render", "a.bmp", "--scale", "nan"], status: 2, mentions: ["--scale", "0.25 to 16"]),
    .init(arguments: ["render", "a.bmp", "--scale", "inf"], status: 2, mentions: ["--scale", "0.25 to 16"]),
    .init(arguments: ["render", "a.bmp", "--scale", "17"], status: 2, mentions: ["--scale", "0.25 to 16"]),
    .init(arguments: ["render", "a.bmp", "--scale", "two"], status: 2, mentions: ["--scale", "0.25 to 16"]),
    .init(arguments: ["render", "a.bmp", "--font", RowFixture.folder], status: 2, mentions: ["--font", "not a regular file"]),
    .init(arguments: ["render", "a.bmp", "--font", RowFixture.text], status: 2, mentions: ["--font", "not a TrueType font"]),
    .init(arguments: ["render", "a.bmp", "--font", "no/such.ttf"], status: 2, mentions: ["--font", "no such file"]),
    .init(arguments: ["render", "a.bmp", "--font", RowFixture.cutFont], status: 2, mentions: ["--font", "damaged"]),
    .init(arguments: ["render", RowFixture.existing, "--scale", "0"], status: 2, mentions: ["--scale"]),
    .init(arguments: ["render", RowFixture.existing, "--font", RowFixture.text], status: 2, mentions: ["--font"]),
    .init(arguments: ["render", RowFixture.folder], status: 2, mentions: ["OUT.bmp", "is a directory"]),
    .init(arguments: ["render", RowFixture.folder + "/"], status: 2, mentions: ["OUT.bmp", "is a directory"]),
    .init(arguments: ["render", "."], status: 2, mentions: ["OUT.bmp", "is a directory"]),
    // A FIFO is streamed to, but with no reader that would block forever: refused instead.
    .init(arguments: ["render", RowFixture.fifo], status: 1, mentions: ["cannot save", "no process is reading"]),
    // The format follows the extension (case ignored); one render cannot write is refused
    // before anything is drawn, and a file must have one (a stream gets BMP).
    .init(arguments: ["render", "out.pdf"], status: 2, mentions: ["\"out.pdf\"", "cannot write \".pdf\"", ".bmp, .svg"]),
    .init(arguments: ["render", "out.PNG", "--size", "8x8"], status: 2, mentions: ["cannot write \".PNG\"", ".bmp"]),
    .init(arguments: ["render", RowFixture.text], status: 2, mentions: [RowFixture.text, "cannot write \".txt\""]),
    .init(arguments: ["render", "out"], status: 2, mentions: ["\"out\"", "no extension", ".bmp"]),
    .init(arguments: ["render", "out."], status: 2, mentions: ["\"out.\"", "no extension", ".bmp"]),
    .init(arguments: ["render", "a.bmp.d/"], status: 2, mentions: ["OUT.bmp", "names a directory"]),
    .init(arguments: ["render", "missing/a.bmp"], status: 2, mentions: ["OUT.bmp", "\"missing\" does not exist"]),
    .init(arguments: ["render", RowFixture.text + "/a.bmp"], status: 2, mentions: ["OUT.bmp", "not a directory"]),
    // Failures at run time: status 1, the existing file untouched, no temporary file left.
    // 256 bytes: one more than the file system takes (its temporary name is no excuse below that).
    .init(arguments: ["render", String(repeating: "n", count: 252) + ".bmp"], status: 1,
          mentions: ["cannot save", "too long", "at most 255"]),
    .init(arguments: ["render", RowFixture.existing], status: 1, mentions: ["cannot save", RowFixture.existing],
          shellPrefix: "ulimit -f 20; trap '' XFSZ"),
    .init(arguments: ["render", "new.bmp"], status: 1, mentions: ["cannot save", "new.bmp"],
          shellPrefix: "ulimit -f 20; trap '' XFSZ"),
    // The same limit with SIGXFSZ at its default: the program must not die of the signal
    // halfway through the file (which would leave the temporary file behind).
    .init(arguments: ["render", RowFixture.existing], status: 1, mentions: ["cannot save", "too large"],
          shellPrefix: "ulimit -f 20"),
    .init(arguments: ["render", "a.bmp"], status: 1, mentions: ["SIGMOID_VIEWER_FONT", "no/such.ttf"],
          environment: ["SIGMOID_VIEWER_FONT": "no/such.ttf"]),
  ]

  /// Extreme but valid renders: status 0, the file written, nothing on stderr.
  static let renderExtremes: [CommandLineRow] = [
    .init(arguments: ["render", "o.bmp", "--size", "1x1"], status: 0, mentions: [], creates: "o.bmp"),
    .init(arguments: ["render", "o.bmp", "--size", "1x1", "--scale", "16"], status: 0, mentions: [], creates: "o.bmp"),
    .init(arguments: ["render", "o.bmp", "--size", "16384x2", "--scale", "0.25"], status: 0, mentions: [], creates: "o.bmp"),
    .init(arguments: ["render", "o.bmp", "--size", "3x16384"], status: 0, mentions: [], creates: "o.bmp"),
    .init(arguments: ["render", "o.bmp", "--size", "300x200", "--x-range", "-1.7e308:1.7e308",
                      "--y-range", "-1e-320:1e-320"], status: 0, mentions: [], creates: "o.bmp"),
    .init(arguments: ["render", "o.bmp", "--size", "300x200", "--x-range", "700:700.0000000000001",
                      "--y-range", "1e-305:1e-303"], status: 0, mentions: [], creates: "o.bmp"),
    .init(arguments: ["render", "o.bmp", "--size", "300x200", "--x-range", "1e300:1.0000001e300"],
          status: 0, mentions: [], creates: "o.bmp"),
    .init(arguments: ["render", "--size", "40x30", "--", "-o.bmp"], status: 0, mentions: [], creates: "-o.bmp"),
    .init(arguments: ["render", "O.BMP", "--size", "8x8"], status: 0, mentions: [], creates: "O.BMP"),
    // Names up to the file system's 255 bytes work, although the temporary name is longer.
    .init(arguments: ["render", String(repeating: "n", count: 251) + ".bmp", "--size", "8x8"], status: 0,
          mentions: [], creates: String(repeating: "n", count: 251) + ".bmp"),
    .init(arguments: ["render", String(repeating: "a", count: 232) + ".bmp", "--size", "8x8"], status: 0,
          mentions: [], creates: String(repeating: "a", count: 232) + ".bmp"),
  ]

  static let sample: [CommandLineRow] = [
    .init(arguments: ["sample"], status: 2, mentions: ["missing --from", "finite number"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1"], status: 2, mentions: ["missing --count", "2 to 10000000"]),
    .init(arguments: ["sample", "--to", "1", "--count", "3"], status: 2, mentions: ["missing --from"]),
    .init(arguments: ["sample", "--from", "0", "--count", "3"], status: 2, mentions: ["missing --to"]),
    .init(arguments: ["sample", "--from", "--to", "1", "--count", "3"], status: 2, mentions: ["--from needs a value"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count"], status: 2, mentions: ["--count needs a value"]),
    .init(arguments: ["sample", "--from", "zero", "--to", "1", "--count", "3"], status: 2, mentions: ["--from", "finite number", "\"zero\""]),
    .init(arguments: ["sample", "--from", "nan", "--to", "1", "--count", "3"], status: 2, mentions: ["--from", "finite number"]),
    .init(arguments: ["sample", "--from", "-inf", "--to", "1", "--count", "3"], status: 2, mentions: ["--from", "finite number"]),
    .init(arguments: ["sample", "--from", "0", "--to", "inf", "--count", "3"], status: 2, mentions: ["--to", "finite number"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1e999", "--count", "3"], status: 2, mentions: ["--to", "finite number"]),
    .init(arguments: ["sample", "--from", "1", "--to", "1", "--count", "3"], status: 2, mentions: ["--to must be greater than --from"]),
    .init(arguments: ["sample", "--from", "2", "--to", "-2", "--count", "3"], status: 2, mentions: ["--to must be greater than --from"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "1"], status: 2, mentions: ["--count", "2 to 10000000"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "0"], status: 2, mentions: ["--count", "2 to 10000000"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "-5"], status: 2, mentions: ["--count", "2 to 10000000"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "2.5"], status: 2, mentions: ["--count", "whole number"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "1e3"], status: 2, mentions: ["--count", "whole number"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "10000001"], status: 2, mentions: ["--count", "2 to 10000000"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "99999999999999999999"], status: 2, mentions: ["--count", "2 to 10000000"]),
    .init(arguments: ["sample", "--from", "0", "--from", "1", "--to", "2", "--count", "3"], status: 2, mentions: ["--from given twice"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "3", "extra"], status: 2, mentions: ["\"extra\"", "accepted: --from"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "3", "--size", "1x1"], status: 2, mentions: ["--size", "accepted: --from"]),
    .init(arguments: ["sample", "--count=3", "--from=", "--to=1"], status: 2, mentions: ["--from", "finite number"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "3", "--step", "2"], status: 2, mentions: ["--step", "accepted: --from"]),
    .init(arguments: ["sample", "--from", "0", "--to", "1,5", "--count", "3"], status: 2, mentions: ["--to", "finite number", "\"1,5\""]),
    // A failure at run time: standard output refuses the CSV.
    .init(arguments: ["sample", "--from", "0", "--to", "1", "--count", "100000"], status: 1,
          mentions: ["standard output", "No space left on device"], stdoutPath: "/dev/full"),
  ]

  /// The help, the version and the man page when standard output refuses them.
  static let information: [CommandLineRow] = [
    .init(arguments: ["--help"], status: 1, mentions: ["the help", "No space left on device"], stdoutPath: "/dev/full"),
    .init(arguments: ["render", "--help"], status: 1, mentions: ["the help", "No space left on device"], stdoutPath: "/dev/full"),
    .init(arguments: ["sample", "-h"], status: 1, mentions: ["the help", "No space left on device"], stdoutPath: "/dev/full"),
    .init(arguments: ["--version"], status: 1, mentions: ["the version", "No space left on device"], stdoutPath: "/dev/full"),
    .init(arguments: ["man"], status: 1, mentions: ["the man page", "No space left on device"], stdoutPath: "/dev/full"),
    // Not a request: -h is --font's value, then the font does not load.
    .init(arguments: ["render", "out.bmp", "--font", "-h"], status: 2, mentions: ["--font -h", "no such file"]),
    // After -- it is the output's name: a file without an extension.
    .init(arguments: ["render", "--", "--help"], status: 2, mentions: ["--help"]),
  ]

  @Test(arguments: window + render + renderExtremes + sample + information)
  func row(_ row: CommandLineRow) throws {
    let dir = try RowFixture.make()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let before = RowFixture.snapshot(dir)
    let outcome = try runRow(row, in: dir)

    #expect(!outcome.killedBySignal, "killed by signal \(outcome.status); stderr: \(outcome.stderr)")
    #expect(outcome.status == row.status, "stderr: \(outcome.stderr)")
    for crash in ["Fatal error", "fatalError", "Illegal instruction", "Segmentation", "Swift runtime"] {
      #expect(!outcome.stderr.contains(crash), "\(outcome.stderr)")
    }
    var after = RowFixture.snapshot(dir)
    if row.status == 0 {
      #expect(outcome.stderr.isEmpty, "\(outcome.stderr)")
      let created = try #require(row.creates)
      let image = try TestBMPImage.read(path: dir + "/" + created)
      #expect(image.width > 0 && image.height > 0)
      after[created] = nil
    } else {
      let lines = outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == 2 && lines.last == "", "want exactly one line, got: \(outcome.stderr)")
      for mention in row.mentions {
        #expect(lines.first?.contains(mention) == true, "\"\(mention)\" not in: \(outcome.stderr)")
      }
      #expect(outcome.stdout.isEmpty, "stdout: \(outcome.stdout.prefix(200))")
    }
    // Nothing created (no partial or temporary file), nothing changed or removed.
    #expect(after == before, "files changed: \(Set(after.keys).symmetricDifference(before.keys).sorted())")
  }
}
