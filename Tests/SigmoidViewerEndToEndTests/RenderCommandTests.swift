// End-to-end tests of `sigmoid-viewer render`: the built binary writes a 24-bit BMP that
// reads back, honours --size, replaces an existing file atomically, leaves nothing behind
// when the write fails, rejects bad arguments with one line and status 2, needs no display,
// and draws exactly what the viewer's own PlotFrameModel draws in process.

import Foundation
import PlotCore
import PlotRender
import TestSupport
import Testing
@testable import SigmoidViewer
import ViewerModel

@Suite(.serialized) struct RenderCommandTests {
  /// The tests' committed DejaVu Sans, so the in-process model draws with the same font.
  static let font = TestFont.path

  /// A fresh directory for one test, removed afterwards by the caller's defer.
  static func scratch() throws -> URL {
    URL(fileURLWithPath: try makeTemporaryDirectory(prefix: "render"))
  }

  /// Runs `sh -c script` with `environment` (the binary's path is in $VIEWER), capturing
  /// status and streams: for environments and limits ExecutableRunner does not set.
  static func shell(_ script: String, environment: [String: String]) throws -> ExecutableResult {
    var env = environment
    env["VIEWER"] = try ExecutableRunner.sigmoidViewerURL().path
    return try ChildProcess.shell(script, environment: env)
  }

  /// The directory's entries other than `keep`: temporary files left behind, if any.
  static func leftovers(in dir: URL, keep: Set<String>) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !keep.contains($0) }
  }

  @Test func defaultRenderIs1280x720TwentyFourBitAndReadsBack() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("plot.bmp").path
    let result = try ExecutableRunner.run(["render", out, "--font", Self.font])
    #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    let image = try TestBMPImage.read(path: out)
    #expect(image.width == 1280 && image.height == 720 && image.bitsPerPixel == 24)
    #expect(try Self.leftovers(in: dir, keep: ["plot.bmp"]).isEmpty)
  }

  @Test(arguments: [(320, 240), (333, 517), (1, 1)])
  func sizeIsHonoured(_ size: (Int, Int)) throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("p.bmp").path
    let result = try ExecutableRunner.run(["render", out, "--size", "\(size.0)x\(size.1)",
                                           "--font", Self.font])
    #expect(result.status == 0, "\(result.stderr)")
    let image = try TestBMPImage.read(path: out)
    #expect(image.width == size.0 && image.height == size.1)
  }

  /// The file is replaced by rename: a new inode under the old name, no temporary left.
  @Test func existingFileIsReplacedAtomically() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("plot.bmp").path
    try Data("old contents".utf8).write(to: URL(fileURLWithPath: out))
    let oldInode = try FileManager.default.attributesOfItem(atPath: out)[.systemFileNumber] as? Int
    let result = try ExecutableRunner.run(["render", out, "--size", "64x48", "--font", Self.font])
    #expect(result.status == 0, "\(result.stderr)")
    let newInode = try FileManager.default.attributesOfItem(atPath: out)[.systemFileNumber] as? Int
    #expect(oldInode != nil && newInode != nil && oldInode != newInode)
    #expect(try TestBMPImage.read(path: out).width == 64)
    #expect(try Self.leftovers(in: dir, keep: ["plot.bmp"]).isEmpty)
  }

  /// A write that fails half way (a 16 KiB file size limit: write(2) returns EFBIG) exits 1
  /// with one line, removes its temporary file and leaves the existing file as it was.
  @Test func failedWriteLeavesNoPartialFileAndKeepsTheOldOne() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("plot.bmp").path
    let old = Data("the previous picture".utf8)
    try old.write(to: URL(fileURLWithPath: out))
    // Ignoring SIGXFSZ (inherited through exec) turns the limit into an EFBIG error.
    let result = try Self.shell(
      "trap '' XFSZ; ulimit -f 16; exec \"$VIEWER\" render \"$1\" --font '\(Self.font)'".replacingOccurrences(of: "$1", with: out),
      environment: ProcessInfo.processInfo.environment)
    #expect(result.status == 1, "status \(result.status): \(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(out))
    #expect(FileManager.default.contents(atPath: out) == old)
    #expect(try Self.leftovers(in: dir, keep: ["plot.bmp"]).isEmpty)
  }

  @Test func missingDirectoryIsAUsageErrorAndCreatesNothing() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("no/such/dir/plot.bmp").path
    let result = try ExecutableRunner.run(["render", out, "--font", Self.font])
    #expect(result.status == 2)
    #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("does not exist"))
    #expect(try Self.leftovers(in: dir, keep: []).isEmpty)
  }

  static let badArguments: [[String]] = [
    [],  // no OUT.bmp
    ["p.bmp", "--size", "0x10"], ["p.bmp", "--size", "100"], ["p.bmp", "--size", "16385x10"],
    ["p.bmp", "--x-range", "2:1"], ["p.bmp", "--x-range", "nan:1"], ["p.bmp", "--y-range", "0"],
    ["p.bmp", "--scale", "0.1"], ["p.bmp", "--scale", "17"], ["p.bmp", "--font", "/no/such.ttf"],
    ["p.bmp", "--bogus"], ["p.bmp", "q.bmp"], ["p.bmp", "--size"],
  ]

  @Test(arguments: badArguments)
  func badArgumentsGiveOneLineAndStatusTwo(_ arguments: [String]) throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try Self.shell("cd \"\(dir.path)\" && exec \"$VIEWER\" render "
      + arguments.map { "'\($0)'" }.joined(separator: " "),
      environment: ProcessInfo.processInfo.environment)
    #expect(result.status == 2, "\(arguments): status \(result.status)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(try Self.leftovers(in: dir, keep: []).isEmpty)
  }

  /// No display, and SDL forced to X11: starting SDL video would fail, so a render that
  /// succeeds never started it.
  @Test func rendersWithoutADisplay() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    var env = ProcessInfo.processInfo.environment
    env["DISPLAY"] = nil
    env["WAYLAND_DISPLAY"] = nil
    env["SDL_VIDEODRIVER"] = "x11"
    let out = dir.appendingPathComponent("p.bmp").path
    let result = try Self.shell("exec \"$VIEWER\" render '\(out)' --size 200x150 --font '\(Self.font)'",
                                environment: env)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try TestBMPImage.read(path: out).width == 200)
  }

  /// What the binary writes is, pixel for pixel, what PlotFrameModel draws in process
  /// (the model the window uses), so the scene tests' pixel checks hold for the command.
  @Test(arguments: [
    ["--size", "640x360"],
    ["--size", "500x400", "--x-range", "29.999999999:30.000000001", "--y-range", "0.9999999999998:1"],
    ["--size", "400x300", "--scale", "2"],
  ])
  func writesWhatTheViewerDraws(_ options: [String]) throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("p.bmp").path
    let arguments = [out, "--font", Self.font] + options
    let result = try ExecutableRunner.run(["render"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    let image = try TestBMPImage.read(path: out)
    let command = try RenderCommand(arguments: arguments)
    let v = command.view
    var model = PlotFrameModel(width: v.width, height: v.height, scale: v.scale ?? 1,
                               xRange: v.xRange, yRange: v.yRange,
                               font: try FontChoice.load(explicitPath: RawPath(Self.font)))
    var canvas = Canvas(width: v.width, height: v.height)
    model.render(into: &canvas)
    #expect(image.pixels == canvas.pixels.map { $0 | 0xFF00_0000 })
  }

  /// HiDPI: 2560x1440 at scale 2, averaged down 2×2, looks like 1280x720 at scale 1:
  /// nearly every pixel within 48 per channel (edges land a half pixel apart, so allow 3%).
  @Test func scaleTwoIsTheSamePictureAtDoubleResolution() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let one = dir.appendingPathComponent("1x.bmp").path
    let two = dir.appendingPathComponent("2x.bmp").path
    #expect(try ExecutableRunner.run(["render", one, "--font", Self.font]).status == 0)
    #expect(try ExecutableRunner.run(["render", two, "--size", "2560x1440", "--scale", "2",
                                      "--font", Self.font]).status == 0)
    let a = try TestBMPImage.read(path: one), b = try TestBMPImage.read(path: two)
    var off = 0
    for y in 0..<a.height {
      for x in 0..<a.width {
        var worst = 0
        for shift in [16, 8, 0] as [UInt32] {
          var sum = 0
          for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
            sum += Int((b[2 * x + dx, 2 * y + dy] >> shift) & 0xFF)
          }
          worst = max(worst, abs(sum / 4 - Int((a[x, y] >> shift) & 0xFF)))
        }
        if worst > 48 { off += 1 }
      }
    }
    #expect(Double(off) <= 0.03 * Double(a.width * a.height), "\(off) pixels differ")
  }
}
