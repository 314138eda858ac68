// The program's commands and how arguments select one. Each command parses and validates
// its options first, then runs; usage errors exit 2, failures at run time exit 1.

import Foundation

enum CommandLineTool {
  static let usage = """
    usage: sigmoid-viewer [--size WxH] [--x-range A:B] [--y-range A:B] [--screenshot-dir DIR] [--font PATH] [--stats]
           sigmoid-viewer render OUT.bmp [--size WxH] [--x-range A:B] [--y-range A:B] [--scale S] [--font PATH]
           sigmoid-viewer sample --from A --to B --count N
           sigmoid-viewer --help
    """

  /// Runs the command named by `arguments` (without the program name); returns the exit status.
  static func run(_ arguments: [String]) -> Int32 {
    // Past a file-size limit (ulimit -f) the kernel would kill us with SIGXFSZ in the
    // middle of writing a BMP, leaving its temporary file behind. Ignored, write(2) fails
    // with EFBIG instead, and the writer removes the temporary file and reports it.
    signal(SIGXFSZ, SIG_IGN)
    switch arguments.first {
    case "--help", "-h", "help":
      Console.out(usage + "\n")
      return 0
    case "sample":
      return execute("sample") {
        let command = try SampleCommand(arguments: Array(arguments.dropFirst()))
        var output = ChunkedOutput.standardOutput()
        try command.run(writingTo: &output)
      }
    case "render":
      return execute("render") {
        try RenderCommand(arguments: Array(arguments.dropFirst())).run()
      }
    case nil:
      return WindowCommand.run([])
    case let first? where first.hasPrefix("--"):
      return WindowCommand.run(arguments)
    case let first?:
      Console.error("sigmoid-viewer: unknown command \"\(first)\"; "
        + "commands: render, sample, or options for the window (see --help)")
      return UsageError.exitStatus
    }
  }

  /// Runs `body`, mapping a ``UsageError`` to one stderr line and status 2, and any
  /// other error (a failed write, say) to one line and status 1.
  static func execute(_ command: String, _ body: () throws -> Void) -> Int32 {
    do {
      try body()
      return 0
    } catch let error as UsageError {
      Console.error("sigmoid-viewer \(command): \(error.message)")
      return UsageError.exitStatus
    } catch {
      Console.error("sigmoid-viewer \(command): \(error)")
      return 1
    }
  }
}
