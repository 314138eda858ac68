// Turns a command's arguments (after its name) into option values, flags and at most one
// positional argument. Knows nothing of any command's meaning: each command declares its
// options, then converts and validates the values itself. Values keep their bytes, so a
// path reaches open(2) exactly as typed; messages quote what was typed escaped.

import PlotRender

/// One option a command accepts, with what `--help` and the man page say about it: the
/// parser and the help share this one value, so an option cannot be added without help.
struct OptionSpec: Sendable {
  /// The spelling on the command line, with its dashes: `--from`.
  var name: String
  /// The value the option takes (`--from 1` or `--from=1`); nil for a bare flag, which
  /// so has no placeholder and no description of a value to get wrong.
  var value: Value?
  /// What the option does, one sentence fragment for the help: "the window's size in points".
  var help: String
  /// What holds when the option is absent, for the help: "960x640", "required".
  var defaultValue: String
  /// Whether it may be given more than once (`--function`); each value is kept, in order.
  var repeatable = false

  /// An option's value as usage lines, the help and messages describe it.
  struct Value: Sendable {
    /// The placeholder in usage lines and the help: "WxH".
    var argument: String
    /// What the value may be, for messages: "a finite number".
    var accepts: String
  }

  /// An option that takes a value described by `accepts`.
  static func value(
    _ name: String, _ argument: String, accepts: String, help: String, default defaultValue: String
  ) -> OptionSpec {
    OptionSpec(name: name, value: Value(argument: argument, accepts: accepts), help: help,
               defaultValue: defaultValue)
  }

  /// An option that takes a value and may be given several times, each value kept in
  /// order (``ParsedOptions/all(_:)``).
  static func repeatable(
    _ name: String, _ argument: String, accepts: String, help: String, default defaultValue: String
  ) -> OptionSpec {
    var spec = value(name, argument, accepts: accepts, help: help, default: defaultValue)
    spec.repeatable = true
    return spec
  }

  /// A flag: present or absent, no value; off by default.
  static func flag(_ name: String, help: String) -> OptionSpec {
    OptionSpec(name: name, value: nil, help: help, defaultValue: "off")
  }

  /// Whether the option takes a value rather than being a bare flag.
  var takesValue: Bool { value != nil }
  /// What the value may be, for messages; empty for a flag.
  var accepts: String { value?.accepts ?? "" }

  /// `--size WxH` or `--stats`: the option as usage lines show it.
  var usage: String { value.map { "\(name) \($0.argument)" } ?? name }
}

/// A command's option grammar. Rules:
/// - `--name value` and `--name=value`; a value may start with a single dash (`--from -5`),
///   but a following `--word` means the value is missing.
/// - Each option at most once; unknown `-x`/`--xyz` words are errors.
/// - At most one positional argument, and only if `positional` names it; `--` ends options.
struct OptionParser: Sendable {
  /// The command's name for messages: "sample".
  var command: String
  var options: [OptionSpec]
  /// What the positional argument is ("OUT.bmp"), or nil if the command takes none.
  var positional: String?

  init(command: String, options: [OptionSpec], positional: String? = nil) {
    self.command = command
    self.options = options
    self.positional = positional
  }

  /// Splits `arguments` into values, flags and the positional, checking only the grammar.
  func parse(_ arguments: [String]) throws(UsageError) -> ParsedOptions {
    try parse(arguments.map { Argument($0) })
  }

  /// Splits `arguments` (raw argv words) into values, flags and the positional.
  func parse(_ arguments: [Argument]) throws(UsageError) -> ParsedOptions {
    var parsed = ParsedOptions(parser: self)
    var index = arguments.startIndex
    var optionsEnded = false
    while index < arguments.endIndex {
      let word = arguments[index]
      index += 1
      if optionsEnded || !Self.looksLikeOption(word.text) {
        try parsed.setPositional(word)
        continue
      }
      if word.text == "--" {
        optionsEnded = true
        continue
      }
      let (nameWord, inlineValue) = word.splitAtEquals() ?? (word, nil)
      let name = nameWord.text
      guard let spec = options.first(where: { $0.name == name }) else {
        throw UsageError("unknown option \(nameWord.escaped); \(acceptedList)")
      }
      if parsed.seen.contains(name) && !spec.repeatable {
        throw UsageError("\(name) given twice; give it once")
      }
      parsed.seen.insert(name)
      guard spec.takesValue else {
        if inlineValue != nil { throw UsageError("\(name) is a flag and takes no value") }
        parsed.flags.insert(name)
        continue
      }
      if let inlineValue {
        parsed.set(name, inlineValue)
      } else if index < arguments.endIndex, !arguments[index].text.hasPrefix("--") {
        parsed.set(name, arguments[index])
        index += 1
      } else {
        throw UsageError("\(name) needs a value: \(spec.accepts)")
      }
    }
    return parsed
  }

  /// Whether `arguments` ask for the help (`--help`, `-h`) or the version (`--version`)
  /// instead of a run: such a word anywhere among the options, not as the value of an
  /// option before it (`--font -h` names a font) nor after `--`. Checked before parsing,
  /// so `sample --help` helps rather than asking for the missing `--from`.
  func informationRequest(_ arguments: [Argument]) -> InformationRequest? {
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let word = arguments[index].text
      index += 1
      switch word {
      case "--": return nil
      case "--help", "-h": return .help
      case "--version": return .version
      default:
        if let spec = options.first(where: { $0.name == word }), spec.takesValue,
          index < arguments.endIndex, !arguments[index].text.hasPrefix("--") {
          index += 1
        }
      }
    }
    return nil
  }

  /// "accepted: --from, --to, --count" — the list an unknown option's message offers.
  var acceptedList: String {
    "accepted: " + options.map(\.name).joined(separator: ", ")
  }

  /// The spec named `name`; a programming error if the command never declared it.
  func spec(_ name: String) -> OptionSpec {
    guard let spec = options.first(where: { $0.name == name }) else {
      preconditionFailure("\(command) asks for undeclared option \(name)")
    }
    return spec
  }

  /// `-x` or `--word`, but not `-` alone or a negative number like `-5` or `-.5e3`.
  static func looksLikeOption(_ word: String) -> Bool {
    guard word.hasPrefix("-"), word.count > 1 else { return false }
    if word.hasPrefix("--") { return true }
    return Double(word) == nil
  }

  /// `--name=value` into its parts; `--name` into the name and nil.
  static func split(_ word: String) -> (name: String, value: String?) {
    guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
    return (String(word[..<equals]), String(word[word.index(after: equals)...]))
  }
}

/// What a command line asks for instead of a run.
enum InformationRequest: Equatable, Sendable {
  case help, version
}

/// What ``OptionParser/parse(_:)`` found, with conversions that report in the same voice.
struct ParsedOptions: Sendable {
  let parser: OptionParser
  /// Value options given, by name (with dashes), decoded as text.
  var values: [String: String] = [:]
  /// The same values as given, bytes intact.
  var arguments: [String: Argument] = [:]
  /// Flags given, by name.
  var flags: Set<String> = []
  /// The positional argument, if any, decoded as text.
  var positional: String? { positionalArgument?.text }
  /// The positional argument as given.
  var positionalArgument: Argument?
  /// Every value given per option, in order (for repeatable options).
  var repeated: [String: [String]] = [:]
  /// Every option seen so far, to reject repeats.
  fileprivate var seen: Set<String> = []

  init(parser: OptionParser) {
    self.parser = parser
  }

  fileprivate mutating func setPositional(_ word: Argument) throws(UsageError) {
    guard let name = parser.positional else {
      throw UsageError(
        "unexpected argument \"\(word.escaped)\"; \(parser.command) takes only options, \(parser.acceptedList)")
    }
    guard positionalArgument == nil else {
      throw UsageError("unexpected extra argument \"\(word.escaped)\"; \(parser.command) takes one \(name)")
    }
    positionalArgument = word
  }

  fileprivate mutating func set(_ name: String, _ value: Argument) {
    values[name] = value.text
    arguments[name] = value
    repeated[name, default: []].append(value.text)
  }

  /// Every value of `name`, in the order given (a repeatable option's); empty if absent.
  func all(_ name: String) -> [String] {
    repeated[name] ?? []
  }

  /// The value of `name` as a path, bytes intact; nil when absent or empty.
  func path(_ name: String) -> RawPath? {
    guard let value = arguments[name], !value.bytes.isEmpty else { return nil }
    return value.path
  }

  /// Whether the flag `name` was given.
  func has(_ name: String) -> Bool {
    flags.contains(name)
  }

  /// The value of `name` converted by `convert`, which returns nil for a value it rejects.
  /// Absent options and rejected values throw a message naming `name` and what it accepts.
  func required<Value>(
    _ name: String, _ convert: (String) -> Value?
  ) throws(UsageError) -> Value {
    let spec = parser.spec(name)
    guard let text = values[name] else {
      throw UsageError("missing \(name): give \(spec.accepts)")
    }
    guard let value = convert(text) else {
      throw UsageError("\(name) must be \(spec.accepts); got \"\(arguments[name]?.escaped ?? text)\"")
    }
    return value
  }

  /// Like ``required(_:_:)`` but nil when the option is absent.
  func optional<Value>(
    _ name: String, _ convert: (String) -> Value?
  ) throws(UsageError) -> Value? {
    values[name] == nil ? nil : try required(name, convert)
  }
}
