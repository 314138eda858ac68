// Finds and loads the font the viewer draws its text with: --font, then the environment,
// then fontconfig, then well-known paths. It does not search directories itself.

import Foundation

/// Where a located font came from.
public enum FontSource: String, Sendable, Equatable {
  case explicitPath = "--font"
  case environment = "SIGMOID_VIEWER_FONT"
  case fontconfig = "fc-match"
  case fallbackPath = "standard path"
}

/// A font file that loaded, and where it was found.
public struct LocatedFont: Sendable {
  public var path: String
  public var source: FontSource
  public var font: TrueTypeFont
}

/// Why a candidate font file could not be used.
public enum FontFileProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be read; `reason` is the system's explanation.
  case cannotRead(reason: String)
  /// The file was read but is not a usable TrueType font.
  case badFont(FontError)

  public var description: String {
    switch self {
    case .cannotRead(let reason): "cannot read file: \(reason)"
    case .badFont(let error): error.description
    }
  }
}

/// One automatic candidate that did not load.
public struct FontCandidateFailure: Sendable, Equatable {
  public var path: String
  public var problem: FontFileProblem
}

/// Why no font could be located, with the fix in the message.
public enum FontLocatorError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path given with --font did not load; an explicit choice never falls back.
  case explicitPath(String, FontFileProblem)
  /// The path in SIGMOID_VIEWER_FONT did not load; also treated as an explicit choice.
  case environment(String, FontFileProblem)
  /// Nothing automatic loaded; each tried path with its problem, in order.
  case noUsableFont(tried: [FontCandidateFailure])

  public var description: String {
    switch self {
    case .explicitPath(let path, let problem):
      return "--font \(path): \(problem)"
    case .environment(let path, let problem):
      return "\(FontLocator.environmentVariable)=\(path): \(problem) "
        + "(point it at a .ttf file, or unset it to use the system font)"
    case .noUsableFont(let tried):
      let list = tried.map { "\($0.path) (\($0.problem))" }
      return "no usable font found: install fonts-dejavu-core "
        + "(apt-get install fonts-dejavu-core) or pass --font PATH"
        + (list.isEmpty ? "" : "; tried " + list.joined(separator: ", "))
    }
  }
}

/// Finds the text font. Every input it consults is a stored property, so tests can
/// replace the environment, fontconfig and the file system.
public struct FontLocator: Sendable {
  /// The environment variable that names a font file.
  public static let environmentVariable = "SIGMOID_VIEWER_FONT"
  /// The family asked of fontconfig: matplotlib's default font.
  public static let family = "DejaVu Sans"
  /// Where Debian, Fedora, Arch and friends put DejaVu Sans or a metric-compatible
  /// substitute, tried in order when fontconfig is missing or offers nothing usable.
  public static let standardPaths = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  // Debian, Ubuntu
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",  // Fedora
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",  // openSUSE, older Fedora
    "/usr/share/fonts/TTF/DejaVuSans.ttf",  // Arch
    "/usr/local/share/fonts/dejavu/DejaVuSans.ttf",  // FreeBSD
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
  ]

  /// Environment variables (only ``environmentVariable`` is read).
  public var environment: [String: String]
  /// Asks fontconfig for a family's file path; nil when fontconfig is absent or fails.
  public var fontconfig: @Sendable (_ family: String) -> String?
  /// Paths tried last, in order.
  public var fallbackPaths: [String]
  /// Reads a whole file; throws ``FontFileProblem/cannotRead(reason:)`` when it can't.
  public var readFile: @Sendable (_ path: String) throws(FontFileProblem) -> [UInt8]

  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    fontconfig: @escaping @Sendable (_ family: String) -> String?
      = { FontLocator.fcMatch(family: $0) },
    fallbackPaths: [String] = FontLocator.standardPaths,
    readFile: @escaping @Sendable (_ path: String) throws(FontFileProblem) -> [UInt8]
      = { path throws(FontFileProblem) in try FontLocator.readFontFile(path) }
  ) {
    self.environment = environment
    self.fontconfig = fontconfig
    self.fallbackPaths = fallbackPaths
    self.readFile = readFile
  }

  /// Loads the font to draw with. An explicit path (from --font, then the environment)
  /// must load or this throws; otherwise fontconfig's answer and then
  /// ``fallbackPaths`` are tried until one loads as a TrueType font.
  public func locate(explicitPath: String? = nil) throws(FontLocatorError) -> LocatedFont {
    if let path = explicitPath {
      do { return LocatedFont(path: path, source: .explicitPath, font: try load(path)) }
      catch { throw .explicitPath(path, error) }
    }
    if let path = environment[Self.environmentVariable], !path.isEmpty {
      do { return LocatedFont(path: path, source: .environment, font: try load(path)) }
      catch { throw .environment(path, error) }
    }
    var tried: [FontCandidateFailure] = []
    let fromFontconfig = fontconfig(Self.family).map { [($0, FontSource.fontconfig)] } ?? []
    for (path, source) in fromFontconfig + fallbackPaths.map({ ($0, .fallbackPath) })
    where !tried.contains(where: { $0.path == path }) {
      do { return LocatedFont(path: path, source: source, font: try load(path)) }
      catch { tried.append(FontCandidateFailure(path: path, problem: error)) }
    }
    throw .noUsableFont(tried: tried)
  }

  private func load(_ path: String) throws(FontFileProblem) -> TrueTypeFont {
    let bytes = try readFile(path)
    do { return try TrueTypeFont(bytes: bytes) } catch { throw .badFont(error) }
  }

  // MARK: - System access (the defaults)

  /// Largest file read as a font: the largest common fonts (CJK) are about 20 MB.
  static let maxFontFileSize = 256 << 20

  /// Reads a regular file of at most ``maxFontFileSize`` bytes. Refusing anything
  /// else keeps `--font /dev/zero` from reading forever.
  public static func readFontFile(_ path: String) throws(FontFileProblem) -> [UInt8] {
    let attributes: [FileAttributeKey: Any]
    do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
      throw .cannotRead(reason: FileManager.default.fileExists(atPath: path)
        ? "permission denied or unreadable" : "no such file")
    }
    guard attributes[.type] as? FileAttributeType == .typeRegular else {
      throw .cannotRead(reason: "not a regular file")
    }
    if let size = attributes[.size] as? Int, size > maxFontFileSize {
      throw .cannotRead(reason: "\(size) bytes is too large for a font file")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .cannotRead(reason: "permission denied")
    }
    defer { try? handle.close() }
    do {
      return [UInt8](try handle.readToEnd() ?? Data())
    } catch {
      throw .cannotRead(reason: error.localizedDescription)
    }
  }

  /// Runs `fc-match --format=%{file} FAMILY` and returns the path it prints, or nil
  /// when fc-match is not on PATH, fails, prints nothing, or takes longer than
  /// `timeout` seconds (it is then terminated, so a stuck fontconfig cache cannot
  /// hang start-up).
  public static func fcMatch(family: String, timeout: Double = 5) -> String? {
    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let executable = searchPath.split(separator: ":").map { "\($0)/fc-match" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let executable else { return nil }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["--format=%{file}", family]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do { try process.run() } catch { return nil }
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      return nil
    }
    // The answer is one short path, far below the pipe buffer, so fc-match never
    // blocked writing it and reading after exit is safe.
    let data = output.fileHandleForReading.readDataToEndOfFile()
    guard process.terminationStatus == 0 else { return nil }
    let path = String(decoding: data, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return path.isEmpty ? nil : path
  }
}
