// Finds the built sigmoid-viewer and sigmoid-benchmark for the tests that run them, and
// runs them through ChildProcess. Does not build them (`swift test` builds the products
// the end-to-end target depends on).

import Foundation

/// Errors of the harness itself, not of the program under test.
public struct ExecutableRunnerError: Error, CustomStringConvertible {
  public var description: String
  public init(description: String) { self.description = description }
}

public enum ExecutableRunner {
  /// The built `sigmoid-viewer` (see ``productURL(named:)``).
  public static func sigmoidViewerURL() throws -> URL {
    try productURL(named: "sigmoid-viewer")
  }

  /// The built executable `name`: `$SIGMOID_VIEWER_BIN` for sigmoid-viewer when set (to
  /// test an installed or CMake-built copy), else the products directory's. SwiftPM puts
  /// the test bundle (`…PackageTests.xctest`) and the executables side by side, so look
  /// in the directories holding the running test binary and its ancestors.
  public static func productURL(named name: String) throws -> URL {
    if name == "sigmoid-viewer", let explicit = ProcessInfo.processInfo.environment["SIGMOID_VIEWER_BIN"] {
      return URL(fileURLWithPath: explicit)
    }
    let starts = [
      URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(),
      Bundle.main.bundleURL.resolvingSymlinksInPath(),
      Bundle.main.executableURL?.resolvingSymlinksInPath(),
    ].compactMap { $0 }
    for start in starts {
      var directory = start.deletingLastPathComponent()
      while directory.pathComponents.count > 1 {
        let candidate = directory.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
           !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path) {
          return candidate
        }
        directory = directory.deletingLastPathComponent()
      }
    }
    throw ExecutableRunnerError(
      description: "no \(name) executable above \(starts.map(\.path)); run `swift build` first")
  }

  /// Runs the built `product` with `arguments` in the test's environment, waits however
  /// long it takes, and returns its status and output.
  public static func run(_ arguments: [String], product: String = "sigmoid-viewer") throws
    -> ExecutableResult
  {
    try ChildProcess.run(try productURL(named: product).path, arguments)
  }
}
