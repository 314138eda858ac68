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
    run(arguments.map { Argument($0) })
  }

  /// Runs the command named by the raw `arguments`; returns the exit status.
  static func run(_ arguments: [Argument]) -> Int32 {
    let rest = Array(arguments.dropFirst())
    switch arguments.first?.text {
    case "--help", "-h", "help":
      return execute("sigmoid-viewer") {
        do throws(OutputWriteError) { try Console.out(usage + "\n") } catch { throw error.writing("the help") }
      }
    case "sample":
      return execute("sigmoid-viewer sample") {
        let command = try SampleCommand(arguments: rest)
        var output = ChunkedOutput.standardOutput()
        try command.run(writingTo: &output)
      }
    case "render":
      return execute("sigmoid-viewer render") {
        try RenderCommand(arguments: rest).run()
      }
    case nil:
      return WindowCommand.run([Argument]())
    case let first? where first.hasPrefix("--"):
      return WindowCommand.run(arguments)
    case _?:
      Console.error("sigmoid-viewer: unknown command \"\(arguments[0].escaped)\"; "
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
      Console.error("\(command): \(error.message)")
      return UsageError.exitStatus
    } catch {
      Console.error("\(command): \(error)")
      return 1
    }
  }
}
