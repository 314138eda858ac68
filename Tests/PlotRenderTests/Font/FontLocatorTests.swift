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
