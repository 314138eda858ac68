import Foundation
import PlotRender
import TestSupport
import Testing
@testable import SigmoidViewer

@Suite struct ScreenshotFolderTests {
  /// A home with the given files and folder states; every other path is missing.
  func surroundings(
    _ environment: [String: String] = ["HOME": "/home/u"], files: [String: String] = [:],
    folders: [String: FolderState] = [:], current: String = "/work"
  ) -> ScreenshotFolder.Surroundings {
    var states = folders
    if states[current] == nil { states[current] = .writable }
    let known = states
    return .init(environment: environment, readFile: { files[$0] },
                 state: { known[$0.string] ?? .missing }, currentDirectory: { current })
  }

  let userDirs = "/home/u/.config/user-dirs.dirs"

  func pictures(_ s: ScreenshotFolder.Surroundings) -> ScreenshotFolder { ScreenshotFolder.pictures(in: s) }

  @Test func theUserDirsFolderComesFirst() {
    let chosen = pictures(surroundings(
      files: [userDirs: "XDG_PICTURES_DIR=\"$HOME/Bilder\"\n"],
      folders: ["/home/u/Bilder": .writable, "/home/u/Pictures": .writable]))
    #expect(chosen == ScreenshotFolder(path: "/home/u/Bilder", notice: nil))
  }

  @Test func theEnvironmentVariableComesBeforeTheFile() {
    let chosen = pictures(surroundings(
      ["HOME": "/home/u", "XDG_PICTURES_DIR": "/env/pics"],
      files: [userDirs: "XDG_PICTURES_DIR=\"$HOME/Bilder\"\n"],
      folders: ["/env/pics": .writable, "/home/u/Bilder": .writable]))
    #expect(chosen == ScreenshotFolder(path: "/env/pics", notice: nil))
  }

  @Test func xdgConfigHomeMovesTheFile() {
    let chosen = pictures(surroundings(
      ["HOME": "/home/u", "XDG_CONFIG_HOME": "/cfg"],
      files: ["/cfg/user-dirs.dirs": "XDG_PICTURES_DIR=\"/p\"", userDirs: "XDG_PICTURES_DIR=\"/q\""],
      folders: ["/p": .writable, "/q": .writable]))
    #expect(chosen.path == "/p")
  }

  @Test func thenPicturesInTheHomeThenTheCurrentDirectory() {
    #expect(pictures(surroundings(folders: ["/home/u/Pictures": .writable]))
      == ScreenshotFolder(path: "/home/u/Pictures", notice: nil))
    #expect(pictures(surroundings()) == ScreenshotFolder(path: "", notice: nil),
            "no ~/Pictures is not a problem worth a message")
    #expect(pictures(surroundings([:])) == ScreenshotFolder(path: "", notice: nil), "no HOME at all")
  }

  @Test func aConfiguredFolderThatIsMissingIsOneLineNamingItAndTheFallback() throws {
    let chosen = pictures(surroundings(
      files: [userDirs: "XDG_PICTURES_DIR=\"$HOME/Bilder\""],
      folders: ["/home/u/Pictures": .writable]))
    #expect(chosen.path == "/home/u/Pictures")
    let notice = try #require(chosen.notice)
    #expect(notice == "screenshots go to \"/home/u/Pictures\": the pictures folder \"/home/u/Bilder\" "
      + "(XDG_PICTURES_DIR in /home/u/.config/user-dirs.dirs) does not exist")
  }

  @Test func unwritableFoldersFallThroughToTheCurrentDirectory() throws {
    let chosen = pictures(surroundings(
      ["HOME": "/home/u", "XDG_PICTURES_DIR": "/ro"],
      folders: ["/ro": .notWritable, "/home/u/Pictures": .notDirectory]))
    #expect(chosen.path == "")
    let notice = try #require(chosen.notice)
    #expect(notice == "screenshots go to \"/work\" (the current directory): the pictures folder \"/ro\" "
      + "(XDG_PICTURES_DIR) is not writable; \"/home/u/Pictures\" is not a directory")
    #expect(!notice.contains("\n"))
  }

  @Test func nowhereToSaveSaysWhatToDo() throws {
    let chosen = pictures(surroundings(current: "/").withState("/", .notWritable))
    #expect(chosen.path == "")
    #expect(chosen.notice == "screenshots cannot be saved: the current directory \"/\" is not writable; "
      + "give --screenshot-dir DIR")
  }

  @Test func anExplicitFolderMustTakeFiles() throws {
    let s = surroundings(folders: ["/shots": .writable, "/ro": .notWritable])
    #expect(try ScreenshotFolder.choose(explicit: "/shots", in: s) == ScreenshotFolder(path: "/shots"))
    let error = #expect(throws: UsageError.self) { try ScreenshotFolder.choose(explicit: "/ro", in: s) }
    #expect(error?.message == "--screenshot-dir \"/ro\" is not writable; give a directory you can create files in")
    #expect(try ScreenshotFolder.choose(explicit: "", in: s) == ScreenshotFolder(path: ""))
  }

  @Test func folderStatesOnDisk() throws {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(FolderState.of(RawPath(dir)) == .writable)
    #expect(FolderState.of(RawPath(dir + "/missing")) == .missing)
    try #require(FileManager.default.createFile(atPath: dir + "/file", contents: Data()))
    #expect(FolderState.of(RawPath(dir + "/file")) == .notDirectory)
    #expect(FolderState.of(RawPath(dir + "/file/below")) == .missing)
    try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: dir)
    #expect(FolderState.of(RawPath(dir + "/link")) == .writable, "a link to a folder is that folder")
    try FileManager.default.createDirectory(atPath: dir + "/ro", withIntermediateDirectories: false,
                                            attributes: [.posixPermissions: 0o555])
    // root may write anywhere that is not mounted read-only; access(2) says so.
    #expect(FolderState.of(RawPath(dir + "/ro")) == (geteuid() == 0 ? .writable : .notWritable))
  }
}

extension ScreenshotFolder.Surroundings {
  /// The same surroundings with `path` in `state`.
  func withState(_ path: String, _ state: FolderState) -> Self {
    var copy = self
    let previous = self.state
    copy.state = { $0 == RawPath(path) ? state : previous($0) }
    return copy
  }
}
