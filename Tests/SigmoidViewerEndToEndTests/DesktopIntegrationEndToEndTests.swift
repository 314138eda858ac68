// The window as the desktop sees it: its X11 class is the desktop entry's StartupWMClass
// (so docks show the installed icon), and screenshots without --screenshot-dir go to the
// XDG pictures folder, with a missing one reported in one line when the viewer starts.

import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.enabled, Comment(rawValue: EndToEnd.skipNote)))
struct DesktopIntegrationEndToEndTests {
  func viewerBinary() throws -> String {
    try #require(EndToEnd.viewerBinary, "sigmoid-viewer binary not found next to the test bundle; build it first")
  }

  /// A fresh home folder with `user-dirs.dirs` holding `picturesLine`; removed by the caller.
  func home(picturesLine: String) throws -> String {
    let home = try makeTemporaryDirectory()
    try FileManager.default.createDirectory(atPath: home + "/.config", withIntermediateDirectories: true)
    try (picturesLine + "\n").write(toFile: home + "/.config/user-dirs.dirs", atomically: true, encoding: .utf8)
    return home
  }

  /// `base` with HOME set and every other XDG folder variable removed, so only `home` counts.
  func environment(_ base: [String: String], home: String) -> [String: String] {
    var env = base
    for key in ["XDG_CONFIG_HOME", "XDG_PICTURES_DIR"] { env[key] = nil }
    env["HOME"] = home
    return env
  }

  /// The value of `key=` in the committed desktop entry.
  func desktopEntryValue(_ key: String) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let entry = try String(contentsOf: root.appendingPathComponent(
      "Assets/io.github.sigmoidviewer.SigmoidViewer.desktop"), encoding: .utf8)
    let line = try #require(entry.split(separator: "\n").first { $0.hasPrefix(key + "=") })
    return String(line.dropFirst(key.count + 1))
  }

  @Test func theWindowClassIsTheDesktopEntrysAndShotsGoToThePicturesFolder() throws {
    #expect(EndToEnd.toolsPresent && EndToEnd.which("xprop") != nil, "Xvfb, xdotool, xdpyinfo and xprop are required")
    let binary = try viewerBinary()
    let home = try home(picturesLine: "XDG_PICTURES_DIR=\"$HOME/Bilder\"")
    defer { try? FileManager.default.removeItem(atPath: home) }
    try FileManager.default.createDirectory(atPath: home + "/Bilder", withIntermediateDirectories: false)
    let x = try XvfbSession()
    defer { x.stop() }
    let viewer = try ChildProcess(binary, ["--size", "400x300"], environment: environment(x.environment, home: home))
    defer { viewer.terminate() }
    let window = try x.findWindow(named: "Sigmoid Viewer")

    let wmClass = try ChildProcess.run(try #require(EndToEnd.which("xprop")), ["-id", window, "WM_CLASS"],
                                       environment: x.environment)
    let startupClass = try desktopEntryValue("StartupWMClass")
    #expect(wmClass.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
      == "WM_CLASS(STRING) = \"\(startupClass)\", \"\(startupClass)\"")

    try x.moveMouse(to: 100, 100, in: window)
    try x.key("s")
    let line = try viewer.waitForLine(startingWith: "saved ")
    let path = String(line.dropFirst("saved ".count))
    #expect(path.hasPrefix(home + "/Bilder/sigmoid-"), "\(line)")
    #expect(FileManager.default.fileExists(atPath: path))
    try x.key("q")
    #expect(try viewer.waitForExit() == 0, "stderr: \(viewer.stderr)")
    x.stop()  // only now: ARC may end `x` after its last use, killing the X server under the viewer
    #expect(viewer.stderr.isEmpty, "a usable pictures folder needs no message: \(viewer.stderr)")
  }

  @Test func aMissingPicturesFolderIsOneLineWhenTheViewerStarts() throws {
    let home = try home(picturesLine: "XDG_PICTURES_DIR=\"$HOME/Gone\"")
    defer { try? FileManager.default.removeItem(atPath: home) }
    let viewer = try ChildProcess(try viewerBinary(), [],
      environment: environment(EndToEnd.environment(["SDL_VIDEODRIVER": "dummy"]), home: home))
    defer { viewer.terminate() }
    let deadline = Date().addingTimeInterval(20)
    while viewer.stderr.isEmpty && viewer.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    #expect(viewer.isRunning, "the viewer keeps running: \(viewer.stderr)")
    kill(viewer.pid, SIGTERM)
    #expect(try viewer.waitForExit() == 0)
    let lines = viewer.stderr.split(separator: "\n")
    #expect(lines.count == 1, "one line: \(viewer.stderr)")
    let cwd = FileManager.default.currentDirectoryPath
    #expect(viewer.stderr == "sigmoid-viewer: screenshots go to \"\(cwd)\" (the current directory): the pictures "
      + "folder \"\(home)/Gone\" (XDG_PICTURES_DIR in \(home)/.config/user-dirs.dirs) does not exist\n")
  }
}
