import Foundation
import PlotRender
import TestSupport
import Testing
@testable import SigmoidViewer

/// A canvas whose every pixel differs from its neighbours, with an odd width so 24-bit rows
/// need padding (7 × 3 = 21 bytes, padded to 24).
func patternCanvas(width: Int = 7, height: Int = 5) -> Canvas {
  var canvas = Canvas(width: width, height: height)
  for y in 0..<height {
    for x in 0..<width {
      let r = UInt8((x * 37 + y * 11) & 0xFF), g = UInt8((x * 5 + y * 71) & 0xFF), b = UInt8((x ^ y) * 29 & 0xFF)
      canvas.pixels[y * width + x] = Color(red: r, green: g, blue: b).argb
    }
  }
  return canvas
}

@Suite struct BMPWriterTests {
  @Test func encoderWrites24BitThatRoundTrips() throws {
    let canvas = patternCanvas()
    let image = try TestBMPImage.decode(try BMPEncoder.encode(canvas))
    #expect(image.bitsPerPixel == 24)
    #expect(image.width == canvas.width && image.height == canvas.height)
    #expect(image.pixels == canvas.pixels)
  }

  @Test func encoderWith32BitsAlsoRoundTrips() throws {
    let canvas = patternCanvas(width: 6, height: 4)
    let image = try TestBMPImage.decode(try BMPEncoder.encode(canvas, keepingAlpha: true))
    #expect(image.bitsPerPixel == 32)
    #expect(image.pixels == canvas.pixels)
  }

  @Test func emptyCanvasIsRefusedWithAReason() {
    #expect(throws: SDLError.self) { try BMPEncoder.encode(Canvas(width: 0, height: 3)) }
  }

  @Test func writesAFileThatReadsBack() throws {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let canvas = patternCanvas(width: 9, height: 4)
    try BMPWriter.write(canvas, to: RawPath(dir + "/out.bmp"), mode: .replace)
    #expect(try TestBMPImage.read(path: dir + "/out.bmp").pixels == canvas.pixels)
    #expect(directoryEntries(dir) == ["out.bmp"])  // no temporary file left behind
  }

  @Test func replaceModeReplacesAnExistingFile() throws {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/out.bmp"))
    let canvas = patternCanvas()
    try BMPWriter.write(canvas, to: RawPath(dir + "/out.bmp"), mode: .replace)
    #expect(try TestBMPImage.read(path: dir + "/out.bmp").pixels == canvas.pixels)
  }

  @Test func createNewNeverOverwritesAndTakesTheNextName() throws {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let keep = Data("keep me".utf8)
    try keep.write(to: URL(fileURLWithPath: dir + "/a.bmp"))
    let path = try BMPWriter.write(patternCanvas(), in: RawPath(dir), names: ["a.bmp", "a-2.bmp"], mode: .createNew)
    #expect(path == RawPath(dir + "/a-2.bmp"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/a.bmp")) == keep)
    #expect(directoryEntries(dir) == ["a-2.bmp", "a.bmp"])
  }

  @Test func createNewFailsWhenEveryNameIsTakenAndLeavesNoTemporaryFile() throws {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/a.bmp"))
    let error = #expect(throws: BMPWriteError.self) {
      try BMPWriter.write(patternCanvas(), to: RawPath(dir + "/a.bmp"), mode: .createNew)
    }
    #expect(error?.problem == .exists)
    #expect(directoryEntries(dir) == ["a.bmp"])
  }

  @Test func concurrentSavesGetDistinctNames() async throws {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let names = (1...20).map { ScreenshotNamer.fileName(stem: "race", attempt: $0) }
    let canvas = patternCanvas()
    let paths = try await withThrowingTaskGroup(of: String.self) { group in
      for _ in 0..<8 {
        group.addTask { try BMPWriter.write(canvas, in: RawPath(dir), names: names, mode: .createNew).string }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(Set(paths).count == 8)
    #expect(directoryEntries(dir).count == 8)
    for path in paths { #expect(try TestBMPImage.read(path: path).pixels == canvas.pixels) }
  }

  @Test func failureAfterTheTemporaryFileRemovesIt() throws {
    // Replacing a directory with a file fails at rename(2), after the temp file was written.
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.createDirectory(atPath: dir + "/out.bmp", withIntermediateDirectories: false)
    #expect(throws: BMPWriteError.self) { try BMPWriter.write(patternCanvas(), to: RawPath(dir + "/out.bmp"), mode: .replace) }
    #expect(directoryEntries(dir) == ["out.bmp"])
  }

  @Test func missingDirectoryFailsWithAMessageThatSaysSo() throws {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let error = #expect(throws: BMPWriteError.self) {
      try BMPWriter.write(patternCanvas(), to: RawPath(dir + "/missing/out.bmp"), mode: .replace)
    }
    #expect(error?.problem == .directoryMissing)
    #expect(error?.description.contains("\(dir)/missing does not exist") == true)
    // The window's notice gets the brief form: the reason without the (possibly long) path.
    #expect(error?.briefReason == "the directory does not exist")
    #expect(directoryEntries(dir).isEmpty)
  }

  @Test func aFileInPlaceOfTheDirectoryIsReported() throws {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/plain"))
    let error = #expect(throws: BMPWriteError.self) {
      try BMPWriter.write(patternCanvas(), to: RawPath(dir + "/plain/out.bmp"), mode: .createNew)
    }
    #expect(error?.problem == .notADirectory)
  }

  @Test(.disabled(if: getuid() == 0, "root may write anywhere, so a read-only directory cannot be tested"))
  func readOnlyDirectoryIsReportedAsNotWritable() throws {
    let dir = try makeTemporaryDirectory()
    defer { chmod(dir, 0o755); try? FileManager.default.removeItem(atPath: dir) }
    chmod(dir, 0o555)
    let error = #expect(throws: BMPWriteError.self) {
      try BMPWriter.write(patternCanvas(), to: RawPath(dir + "/out.bmp"), mode: .createNew)
    }
    #expect(error?.problem == .notWritable)
  }

  @Test func aFullDiskIsReportedAsSuch() throws {
    // /dev/full fails every write with ENOSPC.
    let fd = open("/dev/full", O_WRONLY)
    try #require(fd >= 0, "/dev/full is needed for this test")
    defer { close(fd) }
    let error = #expect(throws: BMPWriteError.self) {
      try BMPWriter.writeAll(fd, [UInt8](repeating: 7, count: 100), reportAs: RawPath("x.bmp"))
    }
    #expect(error?.problem == .diskFull)
    #expect(error?.description.contains("no space left") == true)
  }
}
