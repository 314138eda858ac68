// The program's commands and how arguments select one. Each command parses and validates
// its options first, then runs; usage errors exit 2, failures at run time exit 1.

import Glibc

enum CommandLineTool {
  /// Runs the command named by `arguments` (without the program name); returns the exit status.
  static func run(_ arguments: [String]) -> Int32 {
    run(arguments.map { Argument($0) })
  }

  /// Runs the command named by the raw `arguments`; returns the exit status.
  static func run(_ arguments: [Argument]) -> Int32 {
    let rest = Array(arguments.dropFirst())
    switch arguments.first?.text {
    case "help", "-h":
      return print(HelpText.programText, "the help")
    case "man":
      return print(ManPage.roff, "the man page")
    case "sample":
      if let request = SampleCommand.parser.informationRequest(rest) {
        return answer(request, help: HelpText.commandText(HelpText.sample))
      }
      return execute("sigmoid-viewer sample") {
        let command = try SampleCommand(arguments: rest)
        var output = ChunkedOutput.standardOutput()
        try command.run(writingTo: &output)
      }
    case "thresholds":
      if let request = ThresholdsCommand.parser.informationRequest(rest) {
        return answer(request, help: HelpText.commandText(HelpText.thresholds))
      }
      return execute("sigmoid-viewer thresholds") {
        try ThresholdsCommand(arguments: rest).run()
      }
    case "render":
      if let request = RenderCommand.parser.informationRequest(rest) {
        return answer(request, help: HelpText.commandText(HelpText.render))
      }
      return execute("sigmoid-viewer render") {
        try RenderCommand(arguments: rest).run()
      }
    case nil:
      return WindowCommand.run([Argument]())
    case let first? where first.hasPrefix("--"):
      if let request = WindowOptions.parser.informationRequest(arguments) {
        return answer(request, help: HelpText.programText)
      }
      return WindowCommand.run(arguments)
    case _?:
      Console.error("sigmoid-viewer: unknown command \"\(arguments[0].escaped)\"; "
        + "commands: render, sample, thresholds, man, or options for the window (see --help)")
      return UsageError.exitStatus
    }
  }

  /// Prints the help or the version line; status 0, or 1 when stdout cannot take it.
  private static func answer(_ request: InformationRequest, help: String) -> Int32 {
    switch request {
    case .help: return print(help, "the help")
    case .version: return print(ProgramVersion.line + "\n", "the version")
    }
  }

  /// Writes `text` to standard output through Console; a failed write is one line on
  /// stderr naming `what` and status 1.
  private static func print(_ text: String, _ what: String) -> Int32 {
    execute("sigmoid-viewer") {
      do throws(OutputWriteError) { try Console.out(text) } catch { throw error.writing(what) }
    }
  }

  /// Runs `body`, mapping a ``UsageError`` to one stderr line and status 2, and any
  /// other error (a failed write, say) to one line and status 1. `usageHint` ends the
  /// usage line, in parentheses ("see sigmoid-viewer --help"), where one is wanted.
  static func execute(_ command: String, usageHint: String? = nil,
                      _ body: () throws -> Void) -> Int32 {
    do {
      try body()
      return 0
    } catch let error as UsageError {
      Console.error("\(command): \(error.message)" + (usageHint.map { " (\($0))" } ?? ""))
      return UsageError.exitStatus
    } catch {
      Console.error("\(command): \(error)")
      return 1
    }
  }
}
