// Tests of Sources/SigmoidViewer/HelpText.swift and the help requests in OptionParser:
// each help lists every option its command's parser accepts, with its argument and
// default, the environment, the exit statuses, and (the window's) every binding.

import TestSupport
import Testing
@testable import SigmoidViewer
import ViewerModel

@Suite struct HelpTextTests {
  /// Each command's parser and the help text `--help` prints for it.
  static let helps: [(parser: OptionParser, text: String)] = [
    (WindowOptions.parser, HelpText.programText),
    (RenderCommand.parser, HelpText.commandText(HelpText.render)),
    (SampleCommand.parser, HelpText.commandText(HelpText.sample)),
  ]

  /// `text` with every run of spaces and newlines as one space: wrapping moves line breaks.
  static func flattened(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  @Test(arguments: 0..<3) func listsEveryOptionWithArgumentAndDefault(_ index: Int) {
    let (parser, text) = Self.helps[index]
    let lines = text.split(separator: "\n").map(String.init)
    let flat = Self.flattened(text)
    #expect(!parser.options.isEmpty)
    for option in parser.options {
      #expect(lines.contains("  " + option.usage), "\(parser.command) help lacks \(option.usage)")
      #expect(flat.contains(Self.flattened(HelpText.optionDescription(option))),
              "\(parser.command) help lacks what \(option.name) does")
      #expect(flat.contains(Self.flattened(option.defaultValue)), "\(option.name)'s default")
      #expect(flat.contains(Self.flattened(option.help)), "\(option.name)'s help")
      // The usage names it too.
      let usage = text.components(separatedBy: "Usage:\n")[1].components(separatedBy: "\n\n")[0]
      #expect(Self.flattened(usage).contains(option.usage), "\(option.name) is not in the usage")
    }
    #expect(lines.contains("  -h, --help"))
    #expect(lines.contains("  --version"))
  }

  @Test func defaultsAreTheCommandsOwn() {
    #expect(Self.flattened(HelpText.programText).contains("(default: 960x640)"))
    #expect(Self.flattened(HelpText.commandText(HelpText.render)).contains("(default: 1280x720)"))
    #expect(Self.flattened(HelpText.commandText(HelpText.sample)).contains("--count N"))
  }

  @Test(arguments: 0..<3) func listsEnvironmentAndExitStatuses(_ index: Int) {
    let text = Self.helps[index].text
    #expect(text.contains("SIGMOID_VIEWER_FONT"))
    #expect(text.contains("Exit status:"))
    for status in [0, 1, 2] {
      #expect(text.contains("\n  \(status)   "), "exit status \(status)")
    }
  }

  @Test func windowHelpListsEveryBinding() {
    let lines = HelpText.programText.split(separator: "\n").map(String.init)
    #expect(BindingTable.rows.count > 20)
    for row in BindingTable.rows {
      #expect(lines.contains { line in
        line.hasPrefix("  " + row.keys + " ") && line.hasSuffix("  " + row.help)
      }, "help lacks the binding \(row.keys): \(row.help)")
    }
  }

  @Test func noLineIsWiderThanTheTerminal() {
    for (_, text) in Self.helps {
      for line in text.split(separator: "\n") {
        #expect(line.count <= HelpText.width, "too wide: \(line)")
      }
    }
  }

  @Test func requestsAreFoundAmongOptionsOnly() {
    let render = RenderCommand.parser
    #expect(render.informationRequest([Argument("out.bmp"), Argument("--help")]) == .help)
    #expect(render.informationRequest([Argument("-h")]) == .help)
    #expect(render.informationRequest([Argument("--size"), Argument("1x1"), Argument("--version")]) == .version)
    // A value, not a request.
    #expect(render.informationRequest([Argument("--font"), Argument("-h"), Argument("o.bmp")]) == nil)
    #expect(render.informationRequest([Argument("--font=--help")]) == nil)
    // After --, names.
    #expect(render.informationRequest([Argument("--"), Argument("--help")]) == nil)
    #expect(render.informationRequest([Argument("o.bmp")]) == nil)
  }

  @Test func helpOfTheBinarySucceeds() throws {
    for (arguments, expected) in [
      (["--help"], HelpText.programText), (["-h"], HelpText.programText), (["help"], HelpText.programText),
      (["--size", "1x1", "--help"], HelpText.programText),
      (["render", "--help"], HelpText.commandText(HelpText.render)),
      (["sample", "--help"], HelpText.commandText(HelpText.sample)),
      (["sample", "--from", "1", "-h"], HelpText.commandText(HelpText.sample)),
    ] {
      let result = try ExecutableRunner.run(arguments)
      #expect(result.status == 0, "\(arguments)")
      #expect(result.stdout == expected, "\(arguments)")
      #expect(result.stderr.isEmpty, "\(arguments)")
    }
  }
}
