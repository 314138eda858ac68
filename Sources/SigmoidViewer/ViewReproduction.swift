// The `sigmoid-viewer render ...` command line that draws a view again, exactly: size,
// scale, both ranges (shortest round-trip digits, so they read back to the same doubles),
// y scale, the curves shown and every toggle; and the same facts as an SVG's metadata.
// The window prints it (and copies it); render writes it into its SVGs.

import PlotCore
import PlotRender
import ViewerModel

/// What reproduces one view of the viewer on the command line.
struct ViewReproduction: Sendable {
  let state: ViewerState
  /// The font given with --font, if any (another font lays text out differently).
  let fontPath: RawPath?
  let style: PlotStyleName

  init(state: ViewerState, fontPath: RawPath?, style: PlotStyleName) {
    self.state = state
    self.fontPath = fontPath
    self.style = style
  }

  /// The options after `render OUT`, each one word (`--x-range=-10:10`), in the order
  /// --help lists them; choices at their defaults are left out.
  var options: [String] {
    let vp = state.viewport
    let display = state.display
    var args = [
      "--size=\(state.drawableWidth)x\(state.drawableHeight)",
      "--x-range=\(Self.number(vp.x.min)):\(Self.number(vp.x.max))",
      "--y-range=\(Self.number(vp.y.min)):\(Self.number(vp.y.max))",
    ]
    if let fontPath { args.append("--font=" + String(decoding: fontPath.bytes, as: UTF8.self)) }
    args.append("--scale=\(Self.number(state.scale))")
    args += functionOptions
    if display.curves != DisplayOptions().curves { args.append("--curves=\(curves)") }
    if display.yScale != .linear {
      args.append("--y-scale=\(DisplayChoiceOptions.name(display.yScale))")
    }
    let seed = style == .seed
    if !display.showsMarkers && !seed { args.append("--no-markers") }
    if !display.showsGrid { args.append("--no-grid") }
    if !display.showsShading && !seed { args.append("--no-shading") }
    if seed { args.append("--style=seed") }
    args += PrecisionChoiceOptions.arguments(display.precision)
    return args
  }

  /// The whole command, shell-quoted: `sigmoid-viewer render OUT --size=...`.
  func command(output: RawPath) -> String {
    (["sigmoid-viewer", "render", String(decoding: output.bytes, as: UTF8.self)] + options)
      .map(Self.shellQuoted).joined(separator: " ")
  }

  /// `--function` per listed function in legend order (every parameter written out) and
  /// `--primary` when it is not the first; nothing for today's sigmoid alone.
  var functionOptions: [String] {
    let display = state.display
    let listed = display.functions
    guard listed != [.sigmoid] else { return [] }
    var args = listed.map { "--function=" + FunctionSpec(curve: $0).description }
    if let p = display.primary, p != listed.first {
      args.append("--primary=" + p.function.names.commandLine)
    }
    return args
  }

  /// The curves shown, in legend order, by symbol: "S,S'"; "none" when none is.
  var curves: String {
    let shown = state.display.visibleCurves
    return shown.isEmpty ? "none" : shown.map(\.symbol).joined(separator: ",")
  }

  /// The view as metadata fields: ranges, scale, curves with their functions and
  /// parameters, toggles, size and scale.
  func metadata(title: String, output: RawPath) -> SVGMetadata {
    let vp = state.viewport
    let display = state.display
    var families: [PlottedCurve] = []  // one f per family and parameter values
    for c in display.visibleCurves where !families.contains(c.withOrder(.value)) {
      families.append(c.withOrder(.value))
    }
    let functions = families.map { curve -> String in
      let specs = curve.function.parameters
      let values = curve.parameters.values
      let assigned = zip(specs, values).map { "\($0.name)=\(Self.number($1))" }
      return curve.function.names.commandLine
        + (assigned.isEmpty ? "" : ":" + assigned.joined(separator: ","))
    }
    func onOff(_ b: Bool) -> String { b ? "on" : "off" }
    return SVGMetadata(title: title, command: command(output: output), view: [
      .init("x-range", "\(Self.number(vp.x.min)):\(Self.number(vp.x.max))"),
      .init("y-range", "\(Self.number(vp.y.min)):\(Self.number(vp.y.max))"),
      .init("y-scale", DisplayChoiceOptions.name(display.yScale)),
      .init("curves", curves),
      .init("functions", functions.joined(separator: " ")),
      .init("markers", onOff(display.showsMarkers)),
      .init("grid", onOff(display.showsGrid)),
      .init("shading", onOff(display.showsShading && display.showsMarkers)),
      .init("style", style.rawValue),
      .init("precision", PrecisionChoiceOptions.arguments(display.precision)
        .joined(separator: " ").nilIfEmpty ?? "off"),
      .init("size", "\(state.drawableWidth)x\(state.drawableHeight)"),
      .init("scale", Self.number(state.scale)),
    ])
  }

  /// Shortest digits that read back to `v` ("-10", "0.5", "1e-05"): Swift's own
  /// round-trip description, without a trailing ".0".
  static func number(_ v: Double) -> String {
    let s = "\(v)"
    return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
  }

  /// `word` as a POSIX shell reads it back: bare when it holds only safe characters,
  /// else in double quotes when nothing in it is special there, else in single quotes.
  static func shellQuoted(_ word: String) -> String {
    let safe = word.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || "_@%+=:,./-".unicodeScalars.contains($0)
    }
    if safe && !word.isEmpty { return word }
    if !word.unicodeScalars.contains(where: { "\"\\$`!".unicodeScalars.contains($0) }) {
      return "\"\(word)\""
    }
    return "'" + word.split(separator: "'", omittingEmptySubsequences: false)
      .joined(separator: "'\\''") + "'"
  }
}
