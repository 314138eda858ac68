// sigmoid-viewer.1: the man page, written as roff from HelpText's data by
// `sigmoid-viewer man`, which the CMake build runs to make the installed page, so the
// page and --help cannot drift apart. Every text goes through ``ManPage/escaped(_:)``.

enum ManPage {
  /// The whole page, man(7) macros, ASCII only.
  static var roff: String {
    var lines = [
      ".TH SIGMOID\\-VIEWER 1 \"\" \"\(escaped(ProgramVersion.line))\" \"User Commands\"",
      // No hyphenation: options and file names must read as typed.
      ".nh",
      ".SH NAME",
      "sigmoid\\-viewer \\- \(escaped(HelpText.summary))",
      ".SH SYNOPSIS",
    ]
    let synopses = ([HelpText.window] + HelpText.commands).map { ($0.name, $0.synopsis) }
      + [(HelpText.manCommand.name, HelpText.manCommand.name),
         ("sigmoid-viewer", "sigmoid-viewer --help | --version")]
    for (index, (name, synopsis)) in synopses.enumerated() {
      if index > 0 { lines.append(".br") }
      lines.append("\\fB\(escaped(name))\\fR\(escaped(String(synopsis.dropFirst(name.count))))")
    }
    lines.append(".SH DESCRIPTION")
    lines += paragraphs(HelpText.window.details)
    lines.append(".SH OPTIONS")
    lines += optionItems(HelpText.window.options)
    lines.append(".SH COMMANDS")
    for command in HelpText.commands {
      lines += [".SS \(escaped(command.name))", ".B \(escaped(command.synopsis))", ".PP",
                escaped(command.summary) + "."]
      lines += paragraphs(command.details)
      if let positional = command.positional {
        lines += [".TP", "\\fI\(escaped(positional.name))\\fR", escaped(positional.meaning)]
      }
      lines += optionItems(command.options)
    }
    lines += [".SS \(escaped(HelpText.manCommand.name))", escaped(HelpText.manCommand.summary) + "."]
    lines.append(".SH \"KEYS AND MOUSE\"")
    lines.append("In the window:")
    for binding in HelpText.bindings {
      lines += [".TP", "\\fB\(escaped(binding.keys))\\fR", escaped(binding.action)]
    }
    lines.append(".SH ENVIRONMENT")
    for variable in HelpText.environment {
      lines += [".TP", "\\fB\(escaped(variable.name))\\fR", escaped(variable.meaning)]
    }
    lines.append(".SH \"EXIT STATUS\"")
    for entry in HelpText.exitStatuses {
      lines += [".TP", "\\fB\(entry.status)\\fR", escaped(entry.meaning)]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Each paragraph after a .PP.
  private static func paragraphs(_ texts: [String]) -> [String] {
    texts.flatMap { [".PP", escaped($0)] }
  }

  /// One .TP item per option (and --help, --version): bold name, italic argument.
  private static func optionItems(_ options: [OptionSpec]) -> [String] {
    (options + HelpText.informationOptions).flatMap { option -> [String] in
      var tag = "\\fB\(escaped(option.name))\\fR"
      if option.name == "--help" { tag = "\\fB\\-h\\fR, " + tag }
      if let value = option.value { tag += " \\fI\(escaped(value.argument))\\fR" }
      return [".TP", tag, escaped(HelpText.optionDescription(option))]
    }
  }

  /// `text` as one line of roff text: backslashes as \e, hyphens as \- (so they print
  /// as the ASCII minus a shell needs, not a typographic hyphen), anything not ASCII as
  /// \[uXXXX], newlines as spaces, and \& before a leading dot or apostrophe so the line
  /// is never read as a request.
  static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\e"
      case "-": out += "\\-"
      case "\n", "\r", "\t": out += " "
      case _ where scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F:
        out.unicodeScalars.append(scalar)
      default:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      }
    }
    if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
    return out
  }
}
