// The program's version for `--version` and the man page. CMakeLists.txt's
// project(SigmoidViewer VERSION ...) is the definition the package and the AppStream
// release take; SwiftPM cannot read it, so it is repeated here once and a test
// (ProgramVersionTests) fails when the two differ.

enum ProgramVersion {
  /// X.Y.Z, as in CMakeLists.txt.
  static let current = "1.1.0"

  /// The line `sigmoid-viewer --version` prints: "sigmoid-viewer 1.1.0".
  static let line = "sigmoid-viewer \(current)"
}
