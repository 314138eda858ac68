// Runs the built sigmoid-viewer binary for end-to-end tests and captures what it prints.
// Finds the binary next to the test bundle; does not build it (swift test builds it).

import Foundation

/// What one run of the program did.
struct ExecutableResult: Sendable {
  /// The exit status (or the signal number if it was killed).
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Errors of the harness itself, not of the program under test.
struct ExecutableRunnerError: Error, CustomStringConvertible {
  var description: String
}

enum ExecutableRunner {
  /// The products directory's `sigmoid-viewer`: SwiftPM puts the test bundle
  /// (`…PackageTests.xctest`) and the executables side by side, so look in the
  /// directories holding the running test binary and its ancestors.
  static func sigmoidViewerURL() throws -> URL {
    try productURL(named: "sigmoid-viewer")
  }

  /// The products directory's executable `name` (see ``sigmoidViewerURL()``).
  static func productURL(named name: String) throws -> URL {
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

  /// Runs sigmoid-viewer with `arguments`, waits, and returns its status and output.
  ///
  /// Output goes to temporary files rather than pipes, so a program that fills one stream
  /// while the test reads the other cannot deadlock.
  static func run(_ arguments: [String], product: String = "sigmoid-viewer") throws
    -> ExecutableResult
  {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("sigmoid-viewer-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let outURL = directory.appendingPathComponent("stdout")
    let errURL = directory.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)

    let process = Process()
    process.executableURL = try productURL(named: product)
    process.arguments = arguments
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return ExecutableResult(
      status: process.terminationStatus,
      stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: try String(contentsOf: errURL, encoding: .utf8))
  }
}
