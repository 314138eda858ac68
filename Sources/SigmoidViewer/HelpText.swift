// What `--help` says, for the program and each command, as data: the commands' own
// option specs (the ones their parsers use, so an option cannot be added without its
// help), the environment, the exit statuses and the window's bindings table. The plain
// text here and the man page (ManPage.swift) are both written from it, so they agree.

import PlotRender
import ViewerModel

/// One command as the help describes it.
struct CommandHelp: Sendable {
  /// How it is invoked, without options: "sigmoid-viewer render".
  var name: String
  /// The positional argument and what it is, if the command takes one.
  var positional: (name: String, meaning: String)?
  /// One line: what the command does, for the command list.
  var summary: String
  /// Paragraphs of detail, each one sentence or a few.
  var details: [String]
  /// The options its parser accepts, in the parser's order.
  var options: [OptionSpec]

  /// The usage line: required options bare, the others in brackets.
  var synopsis: String {
    let words = options.map { $0.defaultValue == HelpText.required ? $0.usage : "[\($0.usage)]" + ($0.repeatable ? "..." : "") }
    return ([name] + (positional.map { [$0.name] } ?? []) + words).joined(separator: " ")
  }
}

/// One environment variable the program reads.
struct EnvironmentHelp: Sendable {
  var name: String
  var meaning: String
}

enum HelpText {
  /// The default text of an option that must be given.
  static let required = "required"

  /// The program's one-line description (the man page's NAME).
  static let summary = "exact viewer for the logistic sigmoid S(x) = 1/(1+e^-x) and its derivatives"

  /// The options every command takes instead of running; parsed by
  /// ``OptionParser/informationRequest(_:)``, listed with the others.
  static let informationOptions: [OptionSpec] = [
    .flag("--help", help: "print this help on standard output and exit 0"),
    .flag("--version", help: "print \"\(ProgramVersion.line)\" on standard output and exit 0"),
  ]

  /// `sigmoid-viewer [options]`: the window.
  static let window = CommandHelp(
    name: "sigmoid-viewer", positional: nil,
    summary: "open the window at the default view",
    details: [
      "Opens a window plotting S, S' and S'' (S'' starts hidden). The wheel zooms about the "
        + "pointer down to the last bits of a double, a left drag pans, the probe under the "
        + "pointer reads exact values, and S or F12 saves a screenshot.",
      "With no display it says so and points to render.",
    ],
    options: WindowOptions.parser.options)

  /// `sigmoid-viewer render OUT.bmp [options]`.
  static let render = CommandHelp(
    name: "sigmoid-viewer render",
    positional: ("OUT.bmp", "the image to write; its extension names the format (.bmp, case ignored); "
      + "a file is replaced atomically, a stream such as /dev/stdout gets BMP"),
    summary: "draw one frame to a BMP image without a display",
    details: ["Draws the frame the window would show at the same options, without a display."],
    options: RenderCommand.parser.options)

  /// `sigmoid-viewer sample --from A --to B --count N`.
  static let sample = CommandHelp(
    name: "sigmoid-viewer sample", positional: nil,
    summary: "print S, S' and S'' as CSV at evenly spaced x",
    details: [
      "Prints the header \(SampleCommand.header), then one row for each x, the first exactly A and "
        + "the last exactly B; every number round-trips to the same double, each value correctly rounded.",
      "With --function NAME[:PARAM=VALUE,...] (gelu, silu:beta=1.7, hardtanh:min_val=0,max_val=6) the "
        + "columns are that catalogue function's: header \(SampleCommand.functionHeader), each value "
        + "within 2 ulps, PyTorch's values at kinks (relu'(0) = 0).",
      SampleCommand.precisionHelp,
    ],
    options: SampleCommand.parser.options)

  /// `sigmoid-viewer thresholds [--function SPEC] [--formula NAME]`.
  static let thresholds = CommandHelp(
    name: "sigmoid-viewer thresholds", positional: nil,
    summary: "print, for every number format, where it gives up on the function",
    details: [
      "For each format: where the formula's value first equals its limit (the textbook S returns 1), "
        + "where the correctly rounded value does, where the formula's derivative first returns 0 "
        + "(s(1-s)), where the true derivative leaves the normal range and where it rounds to 0, and where "
        + "exp overflows; each as the real x where it happens (4 decimals) and the first input of the "
        + "format at which it does. The tail searched is where the true derivative vanishes.",
    ],
    options: ThresholdsCommand.parser.options)

  /// The subcommands, for the program's help and the man page.
  static let commands = [render, sample, thresholds]

  /// `sigmoid-viewer man`: not a help of its own, one line in the command list.
  static let manCommand = (name: "sigmoid-viewer man",
                           summary: "print the manual page as roff (man -l on it shows it)")

  /// Every variable the program reads, and which command uses it.
  static let environment: [EnvironmentHelp] = [
    EnvironmentHelp(name: FontLocator.environmentVariable,
                    meaning: "the font file of the window and render when --font is absent; "
                      + "a path, used as bytes"),
    EnvironmentHelp(name: "XDG_PICTURES_DIR",
                    meaning: "where the window saves screenshots without --screenshot-dir"),
    EnvironmentHelp(name: "XDG_CONFIG_HOME",
                    meaning: "where user-dirs.dirs is read from (default ~/.config), for XDG_PICTURES_DIR"),
    EnvironmentHelp(name: "HOME", meaning: "for ~/.config and ~/Pictures"),
    EnvironmentHelp(name: "DISPLAY, WAYLAND_DISPLAY",
                    meaning: "the display the window opens on; without either the window reports "
                      + "that there is no display"),
    EnvironmentHelp(name: "SDL_VIDEODRIVER", meaning: "SDL's video driver for the window (dummy runs it with no display)"),
    EnvironmentHelp(name: "TZ", meaning: "the local time in screenshot names"),
  ]

  /// The exit statuses, as every command uses them.
  static let exitStatuses: [(status: Int32, meaning: String)] = [
    (0, "success, also when the window is closed or quit (Q, Esc, SIGTERM, SIGQUIT)"),
    (1, "a failure at run time: no display, output that cannot be written, a font that does "
      + "not load, out of memory or file descriptors; one line on standard error"),
    (UsageError.exitStatus, "bad arguments: one line on standard error naming the option "
      + "and what it accepts; nothing is written"),
  ]

  /// The window's keys and mouse: the bindings table's rows, as the overlay shows them.
  static var bindings: [(keys: String, action: String)] {
    BindingTable.rows.map { ($0.keys, $0.help) }
  }

  // MARK: - Plain text

  /// The text width the help wraps at.
  static let width = 79

  /// `sigmoid-viewer --help`: every command's usage, the window's options and keys, the
  /// environment and the exit statuses.
  static var programText: String {
    var lines = wrap("\(ProgramVersion.line): \(summary)", indent: 0) + ["", "Usage:"]
    lines += ([window] + commands).flatMap(usageLines)
    lines += ["  \(manCommand.name)", "  sigmoid-viewer --help | --version", ""]
    lines += window.details.flatMap { wrap($0, indent: 0) + [""] }
    lines += optionLines(window.options)
    lines += ["Commands:"]
    for command in commands {
      lines += wrap("\(command.summary) (see \(command.name) --help)", indent: 10,
                    first: "  " + command.name.dropFirst("sigmoid-viewer ".count))
    }
    lines += wrap(manCommand.summary, indent: 10, first: "  man")
    lines += ["", "Keys and mouse in the window:"]
    let keysWidth = bindings.map(\.keys.count).max() ?? 0
    lines += bindings.map { "  " + $0.keys.padding(keysWidth) + "  " + $0.action }
    lines += [""] + commonTrailer
    return lines.joined(separator: "\n") + "\n"
  }

  /// `sigmoid-viewer render --help` or `sample --help`.
  static func commandText(_ command: CommandHelp) -> String {
    var lines = wrap("\(command.name): \(command.summary)", indent: 0) + ["", "Usage:"]
    lines += usageLines(command) + [""]
    if let positional = command.positional {
      lines += wrap(positional.meaning, indent: 6, first: "  " + positional.name) + [""]
    }
    lines += command.details.flatMap { wrap($0, indent: 0) + [""] }
    lines += optionLines(command.options)
    lines += commonTrailer
    return lines.joined(separator: "\n") + "\n"
  }

  /// The command's synopsis, wrapped under its first word after the name.
  private static func usageLines(_ command: CommandHelp) -> [String] {
    let rest = String(command.synopsis.dropFirst(command.name.count))
    return wrap(rest, indent: command.name.count + 3, first: "  " + command.name)
  }

  /// "Options:" and each option: its usage, then what it does, accepts and defaults to.
  private static func optionLines(_ options: [OptionSpec]) -> [String] {
    var lines = ["Options:"]
    for option in options + informationOptions {
      lines.append("  " + (option.name == "--help" ? "-h, --help" : option.usage))
      lines += wrap(optionDescription(option), indent: 6)
    }
    return lines + [""]
  }

  /// One option's sentence: what it does, what it accepts, its default.
  static func optionDescription(_ option: OptionSpec) -> String {
    var text = option.help
    if !option.accepts.isEmpty { text += "; \(option.accepts)" }
    if option.name != "--help", option.name != "--version" {
      text += option.defaultValue == required ? " (required)" : " (default: \(option.defaultValue))"
    }
    return text
  }

  /// The environment and exit status sections, the same in every help.
  private static var commonTrailer: [String] {
    var lines = ["Environment:"]
    for variable in environment {
      lines += ["  " + variable.name] + wrap(variable.meaning, indent: 6)
    }
    lines += ["", "Exit status:"]
    for entry in exitStatuses {
      lines += wrap(entry.meaning, indent: 6, first: "  \(entry.status)")
    }
    return lines
  }

  /// `text` wrapped at ``width`` with `indent` spaces; `first`, when given and short
  /// enough, starts the first line (a hanging label like "  0").
  static func wrap(_ text: String, indent: Int, first: String? = nil) -> [String] {
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = pad
    var lineHasWords = false
    if let first {
      if first.count < indent { line = first.padding(indent) } else { lines.append(first) }
    }
    for word in text.split(separator: " ") {
      if !lineHasWords {
        line += word
        lineHasWords = true
      } else if line.count + 1 + word.count > width {
        lines.append(line)
        line = pad + word
      } else {
        line += " " + word
      }
    }
    if lineHasWords { lines.append(line) }
    return lines
  }
}

extension String {
  /// The text padded with spaces to `width` characters (longer text is left as is).
  fileprivate func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
}
