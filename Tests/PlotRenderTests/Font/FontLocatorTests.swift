// Tests for FontLocator's search order and messages, with the environment, fontconfig
// and file system replaced by fakes; plus a few checks against the real system.

import Foundation
import Testing
@testable import PlotRender

@Suite struct FontLocatorTests {
  /// A fake file system: path → contents. Missing paths read as "no such file".
  private static func files(_ contents: [RawPath: [UInt8]])
    -> @Sendable (RawPath) throws(FontFileProblem) -> [UInt8] {
    { path throws(FontFileProblem) in
      guard let bytes = contents[path] else { throw .cannotRead(reason: "no such file") }
      return bytes
    }
  }

  private let good = TestFonts.dejaVuBytes
  private let garbage = [UInt8]("<html>not a font</html>".utf8)
  private let cff = [UInt8]("OTTO".utf8) + [UInt8](repeating: 0, count: 60)

  private func locator(env: [String: String] = [:], fcMatch: RawPath? = nil,
                       fallbacks: [RawPath] = ["/fb/a.ttf", "/fb/b.ttf"],
                       files: [RawPath: [UInt8]]) -> FontLocator {
    FontLocator(environment: env, fontconfig: { _ in fcMatch }, fallbackPaths: fallbacks,
                readFile: Self.files(files))
  }

  @Test func explicitPathWinsOverEverything() throws {
    let l = locator(env: [FontLocator.environmentVariable: "/env.ttf"], fcMatch: "/fc.ttf",
                    files: ["/x.ttf": good, "/env.ttf": good, "/fc.ttf": good, "/fb/a.ttf": good])
    let found = try l.locate(explicitPath: "/x.ttf")
    #expect(found.path == "/x.ttf" && found.source == .explicitPath)
  }

  @Test func explicitPathThatFailsNeverFallsBack() {
    let l = locator(files: ["/fb/a.ttf": good, "/junk.ttf": garbage])
    #expect(throws: FontLocatorError.explicitPath("/x", .cannotRead(reason: "no such file"))) {
      try l.locate(explicitPath: "/x")
    }
    do { _ = try l.locate(explicitPath: "/x"); Issue.record("should throw") } catch {
      #expect(error.description == "--font /x: cannot read file: no such file")
    }
    do { _ = try l.locate(explicitPath: "/junk.ttf"); Issue.record("should throw") } catch {
      #expect(error.description.hasPrefix("--font /junk.ttf: not a TrueType font ("))
    }
  }

  @Test func environmentComesNextAndIsAlsoExplicit() throws {
    let env = [FontLocator.environmentVariable: "/env.ttf"]
    let found = try locator(env: env, fcMatch: "/fc.ttf",
                            files: ["/env.ttf": good, "/fc.ttf": good]).locate()
    #expect(found.path == "/env.ttf" && found.source == .environment)

    let broken = locator(env: env, files: ["/env.ttf": cff, "/fb/a.ttf": good])
    do { _ = try broken.locate(); Issue.record("should throw") } catch {
      #expect(error.description.hasPrefix("SIGMOID_VIEWER_FONT=/env.ttf: unsupported font"))
      #expect(error.description.contains("unset it"))
    }
    // An empty variable counts as unset.
    let empty = try locator(env: [FontLocator.environmentVariable: ""],
                            files: ["/fb/a.ttf": good]).locate()
    #expect(empty.source == .fallbackPath)
  }

  @Test func fontconfigComesBeforeTheStandardPaths() throws {
    let found = try locator(fcMatch: "/fc.ttf", files: ["/fc.ttf": good, "/fb/a.ttf": good])
      .locate()
    #expect(found.path == "/fc.ttf" && found.source == .fontconfig)
  }

  @Test func unusableFontconfigAnswerFallsThroughToTheStandardPaths() throws {
    // fontconfig happily answers with a CFF .otf; then a missing path, then one that loads.
    let found = try locator(fcMatch: "/fc.otf", files: ["/fc.otf": cff, "/fb/b.ttf": good])
      .locate()
    #expect(found.path == "/fb/b.ttf" && found.source == .fallbackPath)
    let noFontconfig = try locator(fcMatch: nil, files: ["/fb/a.ttf": good]).locate()
    #expect(noFontconfig.path == "/fb/a.ttf")
  }

  @Test func nothingLoadsSaysHowToFixIt() {
    let l = locator(fcMatch: "/fb/a.ttf", files: ["/fb/a.ttf": garbage])
    do { _ = try l.locate(); Issue.record("should throw") } catch {
      guard case .noUsableFont(let tried) = error else {
        Issue.record("wrong error \(error)"); return
      }
      // fontconfig's answer duplicates a fallback path, so it is tried once.
      #expect(tried.map(\.path) == ["/fb/a.ttf", "/fb/b.ttf"])
      let message = error.description
      #expect(message.hasPrefix("no usable font found: install fonts-dejavu-core "
        + "(apt-get install fonts-dejavu-core) or pass --font PATH"))
      #expect(message.contains("/fb/a.ttf (not a TrueType font"))
      #expect(message.contains("/fb/b.ttf (cannot read file: no such file)"))
    }
  }

  // MARK: - The real system

  @Test func readFontFileRefusesWhatIsNotARegularFile() {
    #expect(throws: FontFileProblem.cannotRead(reason: "not a regular file")) {
      try FontLocator.readFontFile("/dev/zero")
    }
    #expect(throws: FontFileProblem.cannotRead(reason: "no such file")) {
      try FontLocator.readFontFile("/nonexistent/font.ttf")
    }
    #expect((try? FontLocator.readFontFile(RawPath(TestFonts.dejaVuPath))) == TestFonts.dejaVuBytes)
  }

  @Test func systemDefaultsFindDejaVu() throws {
    let found = try FontLocator(environment: [:]).locate()
    #expect(found.font.glyphIndex(for: "A") != 0)
    if let answer = FontLocator.fcMatch(family: FontLocator.family) {
      #expect(answer.string.hasSuffix(".ttf"), "fc-match answered \(answer)")
      #expect(found.source == .fontconfig)
    }
  }
}

/// Issue 10: links, exhausted resources, bytes in paths, and an fc-match that will not stop.
@Suite struct FontLocatorHostileTests {
  /// A font reached through a link (as fc-match may answer) loads; so does a path that
  /// is not UTF-8.
  @Test func linksAndNonUTF8PathsLoad() throws {
    let dir = NSTemporaryDirectory() + "font-links-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let link = RawPath(dir + "/link.ttf")
    #expect(link.withCString { symlink(TestFonts.dejaVuPath, $0) } == 0)
    let found = try FontLocator(environment: [:], fontconfig: { _ in link }, fallbackPaths: []).locate()
    #expect(found.source == .fontconfig && found.path == link)
    let odd = RawPath(bytes: Array((dir + "/f").utf8) + [0xFF, 0xFE] + Array(".ttf".utf8))
    #expect(odd.withCString { symlink(TestFonts.dejaVuPath, $0) } == 0)
    #expect(try FontLocator.readFontFile(odd) == TestFonts.dejaVuBytes)
  }

  @Test func runningOutOfDescriptorsStopsTheSearchAndSaysSo() {
    #expect(FontLocator.problem(errno: EMFILE, call: "open").description.contains("out of file descriptors"))
    let locator = FontLocator(environment: [:], fontconfig: { _ in nil }, fallbackPaths: ["/a.ttf", "/b.ttf"],
                              readFile: { _ throws(FontFileProblem) in throw FontLocator.problem(errno: EMFILE, call: "open") })
    #expect(throws: FontLocatorError.exhausted("/a.ttf", FontLocator.problem(errno: EMFILE, call: "open").description)) {
      _ = try locator.locate()
    }
  }

  @Test func procSelfMemGivesTheSystemsReason() {
    #expect(throws: FontFileProblem.cannotRead(reason: "Input/output error")) {
      _ = try FontLocator.readFontFile("/proc/self/mem")
    }
  }

  /// An fc-match that ignores SIGTERM and never answers is killed and reaped after the
  /// time-out: afterwards no process with its pid exists, not even a zombie.
  @Test func anFcMatchIgnoringSIGTERMIsKilledAndReaped() throws {
    let dir = NSTemporaryDirectory() + "fake-fc-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let script = "#!/bin/sh\ntrap '' TERM\necho $$ > '\(dir)/pid'\nwhile :; do sleep 0.05; done\n"
    try script.write(toFile: dir + "/fc-match", atomically: true, encoding: .utf8)
    chmod(dir + "/fc-match", 0o755)
    // A just-written script can fail to exec (ETXTBSY) while another test's fork holds
    // it open: try again until it really ran (it writes its pid).
    for _ in 0..<5 where !FileManager.default.fileExists(atPath: dir + "/pid") {
      #expect(FontLocator.fcMatch(family: "DejaVu Sans", timeout: 0.5, searchPath: dir) == nil)
    }
    let pid = try #require(Int32(try String(contentsOfFile: dir + "/pid", encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(kill(pid, 0) == -1 && errno == ESRCH, "fc-match \(pid) is still there")
  }

  @Test func anFcMatchAnswerIsTakenAsBytes() throws {
    let dir = NSTemporaryDirectory() + "fake-fc-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "#!/bin/sh\nprintf '/x/\\377.ttf\\n'\n".write(toFile: dir + "/fc-match", atomically: true, encoding: .utf8)
    chmod(dir + "/fc-match", 0o755)
    var answer: RawPath?
    for _ in 0..<5 where answer == nil { answer = FontLocator.fcMatch(family: "DejaVu Sans", searchPath: dir) }
    #expect(answer == RawPath(bytes: Array("/x/".utf8) + [0xFF] + Array(".ttf".utf8)))
  }
}

@Suite struct EscapingTests {
  @Test(arguments: [
    ([UInt8]("plain é.bmp".utf8), "plain é.bmp"),
    ([0xFF, 0xFE] + Array(".bmp".utf8), "\\xff\\xfe.bmp"),
    ([UInt8]("a\nb\tc\r".utf8), "a\\nb\\tc\\r"),
    ([0x1B] + Array("[31m".utf8), "\\x1b[31m"),
    ([UInt8]("back\\slash".utf8), "back\\\\slash"),
    ([0xC2, 0x9B, 0xE2, 0x80, 0xAE], "\\u{9B}\\u{202E}"),
    ([0xC0, 0xAF, 0xED, 0xA0, 0x80], "\\xc0\\xaf\\xed\\xa0\\x80"),  // overlong, surrogate
  ])
  func bytesAreEscapedToOnePrintableLine(_ bytes: [UInt8], _ shown: String) {
    #expect(Escaping.escaped(bytes) == shown)
  }
}
