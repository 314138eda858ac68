// Scratch directories for tests that write files: fresh, empty, and the caller's to
// remove (a `defer` right after creating one).

import Foundation

/// A fresh empty directory under the system temp dir, removed by the caller.
public func makeTemporaryDirectory(prefix: String = "tests") throws -> String {
  let path = NSTemporaryDirectory() + "sigmoid-viewer-\(prefix)-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// The names in directory `path`, sorted (empty when it cannot be read).
public func directoryEntries(_ path: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
}
