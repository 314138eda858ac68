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
    switch arguments.first {
    case "--help", "-h", "help":
      Console.out(usage + "\n")
      return 0
    case nil:
      return WindowCommand.run([])
    case let first? where first.hasPrefix("--"):
      return WindowCommand.run(arguments)
    default:
      Console.error("sigmoid-viewer: not yet implemented: \(arguments.first ?? "window")")
      return 1
    }
  }
}
