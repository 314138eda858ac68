// Where S / F12 save: the --screenshot-dir folder, or else the XDG pictures folder
// (XDG_PICTURES_DIR from the environment, then from user-dirs.dirs), then ~/Pictures if it
// exists, then the current directory. Chosen when the viewer starts: a folder that is
// missing or read-only is one line on stderr then, not a failed write at the first shot.

import Glibc
import PlotRender

/// The folder screenshots go to, with what the user should hear about the choice.
struct ScreenshotFolder: Equatable, Sendable {
  /// The folder; "" is the current directory (saved paths then print relative). Bytes, as
  /// given: a folder named in no particular encoding still receives the files.
  var path: RawPath
  /// One line, when a folder the user configured could not be used: which, why, and where
  /// screenshots go instead (or that they cannot be saved). nil when all is well.
  var notice: String?

  /// What the choice depends on, so tests can give any home, files and folder states.
  struct Surroundings {
    var environment: [String: String]
    var readFile: (String) -> String?
    var state: (RawPath) -> FolderState
    var currentDirectory: () -> String

    /// This process's environment, files and current directory.
    static var system: Surroundings {
      Surroundings(
        environment: ProcessEnvironment.strings(),
        // A regular file, capped in size, read with the system's own calls; nil if it
        // cannot be read or is not UTF-8.
        readFile: { path in
          (try? FontLocator.readFontFile(RawPath(path))).flatMap { String(validating: $0, as: UTF8.self) }
        },
        state: FolderState.of,
        currentDirectory: {
          guard let cwd = getcwd(nil, 0) else { return "" }
          defer { free(cwd) }
          return String(cString: cwd)
        })
    }
  }

  /// The folder for `--screenshot-dir` as given ("" when absent). An explicit folder that
  /// cannot take files is a usage error (status 2) before any window opens; the default
  /// never is, since the viewer is still useful without screenshots.
  static func choose(explicit: RawPath, in surroundings: Surroundings = .system)
    throws(UsageError) -> ScreenshotFolder
  {
    if explicit.isEmpty { return pictures(in: surroundings) }
    let state = surroundings.state(explicit)
    guard state == .writable else {
      throw UsageError("--screenshot-dir \"\(explicit.escaped)\" \(state.phrase); "
        + "give a directory you can create files in")
    }
    return ScreenshotFolder(path: explicit)
  }

  /// The default folder: the first candidate that can take files. A configured pictures
  /// folder that cannot is reported; ~/Pictures only when it exists (most systems without
  /// xdg-user-dirs have none, and saving next to the user is then expected).
  static func pictures(in surroundings: Surroundings) -> ScreenshotFolder {
    let environment = surroundings.environment
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    var candidates: [(path: RawPath, name: String)] = []
    if let variable = environment["XDG_PICTURES_DIR"], variable.hasPrefix("/") {
      let folder = RawPath(variable)
      candidates.append((folder, "the pictures folder \"\(folder.escaped)\" (XDG_PICTURES_DIR)"))
    }
    if let file = UserDirs.filePath(configHome: environment["XDG_CONFIG_HOME"], home: home),
       let text = surroundings.readFile(file),
       let folder = UserDirs.picturesFolder(in: text, home: home) {
      candidates.append((RawPath(folder),
        "the pictures folder \"\(RawPath(folder).escaped)\" (XDG_PICTURES_DIR in \(RawPath(file).escaped))"))
    }
    var problems: [String] = []
    for candidate in candidates {
      let state = surroundings.state(candidate.path)
      if state == .writable {
        return ScreenshotFolder(path: candidate.path, notice: notice(problems, "\"\(candidate.path.escaped)\""))
      }
      problems.append("\(candidate.name) \(state.phrase)")
    }
    if let home {
      let folder = RawPath(home + "/Pictures")
      let state = surroundings.state(folder)
      if state == .writable {
        return ScreenshotFolder(path: folder, notice: notice(problems, "\"\(folder.escaped)\""))
      }
      if state != .missing { problems.append("\"\(folder.escaped)\" \(state.phrase)") }
    }
    let current = surroundings.currentDirectory()
    let state = surroundings.state(RawPath(current))
    guard state == .writable else {
      problems.append("the current directory \"\(current)\" \(state.phrase)")
      return ScreenshotFolder(
        path: "", notice: "screenshots cannot be saved: " + problems.joined(separator: "; ")
          + "; give --screenshot-dir DIR")
    }
    return ScreenshotFolder(path: "", notice: notice(problems, "\"\(current)\" (the current directory)"))
  }

  /// "screenshots go to FOLDER: PROBLEM; PROBLEM", or nil when there was no problem.
  private static func notice(_ problems: [String], _ folder: String) -> String? {
    problems.isEmpty ? nil : "screenshots go to \(folder): " + problems.joined(separator: "; ")
  }
}
