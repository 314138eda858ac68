// Finds and loads the font the viewer draws its text with: --font, then the environment,
// then fontconfig, then well-known paths. It does not search directories itself.

import Glibc

/// Where a located font came from.
public enum FontSource: String, Sendable, Equatable {
  case explicitPath = "--font"
  case environment = "SIGMOID_VIEWER_FONT"
  case fontconfig = "fc-match"
  case fallbackPath = "standard path"
}

/// A font file that loaded, and where it was found.
public struct LocatedFont: Sendable {
  public var path: RawPath
  public var source: FontSource
  public var font: TrueTypeFont
}

/// Why a candidate font file could not be used.
public enum FontFileProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be read; `reason` is the system's explanation.
  case cannotRead(reason: String)
  /// The file was read but is not a usable TrueType font.
  case badFont(FontError)
  /// The process ran out of something (file descriptors, memory) on the way: no other
  /// candidate would fare better, so the search stops and says what ran out.
  case exhausted(String)

  public var description: String {
    switch self {
    case .cannotRead(let reason): "cannot read file: \(reason)"
    case .badFont(let error): error.description
    case .exhausted(let what): what
    }
  }
}

/// One automatic candidate that did not load.
public struct FontCandidateFailure: Sendable, Equatable {
  public var path: RawPath
  public var problem: FontFileProblem
}

/// Why no font could be located, with the fix in the message.
public enum FontLocatorError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path given with --font did not load; an explicit choice never falls back.
  case explicitPath(RawPath, FontFileProblem)
  /// The path in SIGMOID_VIEWER_FONT did not load; also treated as an explicit choice.
  case environment(RawPath, FontFileProblem)
  /// Nothing automatic loaded; each tried path with its problem, in order.
  case noUsableFont(tried: [FontCandidateFailure])
  /// Reading `path` ran out of a resource (``FontFileProblem/exhausted(_:)``): a failure
  /// of the moment, not of the path, whichever way the path was chosen.
  case exhausted(RawPath, String)

  public var description: String {
    switch self {
    case .explicitPath(let path, let problem):
      return "--font \(path.escaped): \(problem)"
    case .environment(let path, let problem):
      return "\(FontLocator.environmentVariable)=\(path.escaped): \(problem) "
        + "(point it at a .ttf file, or unset it to use the system font)"
    case .noUsableFont(let tried):
      let list = tried.map { "\($0.path.escaped) (\($0.problem))" }
      return "no usable font found: install fonts-dejavu-core "
        + "(apt-get install fonts-dejavu-core) or pass --font PATH"
        + (list.isEmpty ? "" : "; tried " + list.joined(separator: ", "))
    case .exhausted(let path, let what):
      return "cannot load the font \(path.escaped): \(what)"
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
  public static let standardPaths: [RawPath] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  // Debian, Ubuntu
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",  // Fedora
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",  // openSUSE, older Fedora
    "/usr/share/fonts/TTF/DejaVuSans.ttf",  // Arch
    "/usr/local/share/fonts/dejavu/DejaVuSans.ttf",  // FreeBSD
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
  ]

  /// The value of ``environmentVariable`` (bytes, as the environment holds them), or nil.
  public var environmentFont: RawPath?
  /// Asks fontconfig for a family's file path; nil when fontconfig is absent or fails.
  public var fontconfig: @Sendable (_ family: String) -> RawPath?
  /// Paths tried last, in order.
  public var fallbackPaths: [RawPath]
  /// Reads a whole file; throws ``FontFileProblem/cannotRead(reason:)`` when it can't.
  public var readFile: @Sendable (_ path: RawPath) throws(FontFileProblem) -> [UInt8]

  /// `environment` replaces the process environment (for tests); by default
  /// ``environmentVariable`` is read with getenv, bytes intact.
  public init(
    environment: [String: String]? = nil,
    fontconfig: @escaping @Sendable (_ family: String) -> RawPath?
      = { FontLocator.fcMatch(family: $0) },
    fallbackPaths: [RawPath] = FontLocator.standardPaths,
    readFile: @escaping @Sendable (_ path: RawPath) throws(FontFileProblem) -> [UInt8]
      = { path throws(FontFileProblem) in try FontLocator.readFontFile(path) }
  ) {
    if let environment {
      environmentFont = environment[Self.environmentVariable].map { RawPath($0) }
    } else {
      environmentFont = RawPath.environment(Self.environmentVariable)
    }
    self.fontconfig = fontconfig
    self.fallbackPaths = fallbackPaths
    self.readFile = readFile
  }

  /// Loads the font to draw with. An explicit path (from --font, then the environment)
  /// must load or this throws; otherwise fontconfig's answer and then
  /// ``fallbackPaths`` are tried until one loads as a TrueType font. Running out of
  /// descriptors or memory stops the search at once (``FontLocatorError/exhausted(_:_:)``).
  public func locate(explicitPath: RawPath? = nil) throws(FontLocatorError) -> LocatedFont {
    if let path = explicitPath {
      do { return LocatedFont(path: path, source: .explicitPath, font: try load(path)) }
      catch { throw Self.stop(error, path) ?? .explicitPath(path, error) }
    }
    if let path = environmentFont, !path.isEmpty {
      do { return LocatedFont(path: path, source: .environment, font: try load(path)) }
      catch { throw Self.stop(error, path) ?? .environment(path, error) }
    }
    var tried: [FontCandidateFailure] = []
    let fromFontconfig = fontconfig(Self.family).map { [($0, FontSource.fontconfig)] } ?? []
    for (path, source) in fromFontconfig + fallbackPaths.map({ ($0, .fallbackPath) })
    where !tried.contains(where: { $0.path == path }) {
      do { return LocatedFont(path: path, source: source, font: try load(path)) }
      catch {
        if let stop = Self.stop(error, path) { throw stop }
        tried.append(FontCandidateFailure(path: path, problem: error))
      }
    }
    throw .noUsableFont(tried: tried)
  }

  /// The error that ends the search when `problem` is a resource running out.
  private static func stop(_ problem: FontFileProblem, _ path: RawPath) -> FontLocatorError? {
    if case .exhausted(let what) = problem { return .exhausted(path, what) }
    return nil
  }

  private func load(_ path: RawPath) throws(FontFileProblem) -> TrueTypeFont {
    let bytes = try readFile(path)
    do { return try TrueTypeFont(bytes: bytes) } catch { throw .badFont(error) }
  }

  // MARK: - System access (the defaults)

  /// Largest file read as a font: the largest common fonts (CJK) are about 20 MB.
  static let maxFontFileSize = 256 << 20

  /// Reads a regular file of at most ``maxFontFileSize`` bytes, following symbolic
  /// links (a font installed as a link is still a font). Refusing anything else keeps
  /// `--font /dev/zero` from reading forever; the open is non-blocking so a FIFO cannot
  /// hang start-up before fstat refuses it. Reasons are the system's own (EIO from
  /// /proc/self/mem reads "Input/output error").
  public static func readFontFile(_ path: RawPath) throws(FontFileProblem) -> [UInt8] {
    var info = stat()
    if path.withCString({ stat($0, &info) }) != 0 { throw problem(errno: errno, call: "stat") }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .cannotRead(reason: "not a regular file") }
    let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
    if fd < 0 { throw problem(errno: errno, call: "open") }
    defer { close(fd) }
    if fstat(fd, &info) != 0 { throw problem(errno: errno, call: "fstat") }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .cannotRead(reason: "not a regular file") }
    let size = Int(info.st_size)
    if size > maxFontFileSize { throw .cannotRead(reason: "\(size) bytes is too large for a font file") }
    // /proc files report size 0 and still have contents: read to the end, capped.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size > 0 ? size : 1 << 16)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        throw problem(errno: errno, call: "read")
      }
      if n == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > maxFontFileSize {
        throw .cannotRead(reason: "more than \(maxFontFileSize) bytes is too large for a font file")
      }
    }
  }

  /// The problem errno `code` from `call` stands for, in words a user can act on.
  static func problem(errno code: Int32, call: String) -> FontFileProblem {
    switch code {
    case EMFILE, ENFILE:
      return .exhausted("out of file descriptors (\(call): \(String(cString: strerror(code))); "
        + "raise the limit, ulimit -n, or close some)")
    case ENOMEM:
      return .exhausted("out of memory (\(call): \(String(cString: strerror(code))))")
    case ENOENT: return .cannotRead(reason: "no such file")
    case EACCES:
      return .cannotRead(reason: "permission denied (on the file, or no search permission on a directory above it)")
    case ENOTDIR: return .cannotRead(reason: "a component of the path is not a directory")
    case ELOOP: return .cannotRead(reason: "too many levels of symbolic links (a link loop?)")
    default: return .cannotRead(reason: String(cString: strerror(code)))
    }
  }

  /// Runs `fc-match --format=%{file} FAMILY` and returns the path it prints, or nil
  /// when fc-match is not on `searchPath`, fails, prints nothing, or takes longer than
  /// `timeout` seconds. A late fc-match (a stuck fontconfig cache) gets SIGTERM, then
  /// SIGKILL a moment later if it ignores that, and is always reaped: start-up can
  /// neither hang nor leave a process behind.
  public static func fcMatch(family: String, timeout: Double = 5,
                             searchPath: String? = nil) -> RawPath? {
    let directories = searchPath ?? ProcessEnvironment.strings()["PATH"] ?? "/usr/bin:/bin"
    let candidates: [String] = directories.split(separator: ":").map { "\($0)/fc-match" }
    let executable = candidates.first { (path: String) -> Bool in access(path, X_OK) == 0 }
    guard let executable else { return nil }
    guard let child = ChildRun(executable, ["fc-match", "--format=%{file}", family]) else { return nil }
    let deadline = ChildRun.now() + timeout
    let output = child.readOutput(until: deadline, limit: 1 << 16)
    guard let status = child.waitOrKill(until: deadline), status == 0 else { return nil }
    let space: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
    let trimmed = output.drop { space.contains($0) }.reversed().drop { space.contains($0) }.reversed()
    return trimmed.isEmpty ? nil : RawPath(bytes: Array(trimmed))
  }
}
