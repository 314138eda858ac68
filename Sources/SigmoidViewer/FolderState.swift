// Whether a folder can take screenshots, looked up once when the viewer starts so a bad
// folder is reported then, in words, rather than as a failed write at the first S / F12.

import Glibc
import PlotRender

/// What saving a file into a folder would meet.
enum FolderState: Equatable, Sendable {
  /// A directory this process may create files in.
  case writable
  /// Nothing there (or a path component that is not a directory).
  case missing
  /// Something there that is not a directory.
  case notDirectory
  /// A directory, but creating files in it is not allowed (permissions, read-only mount).
  case notWritable
  /// stat(2) failed otherwise; the system's reason, e.g. "Permission denied".
  case unreachable(String)

  /// Looks `path` up on disk. stat follows symbolic links, since a link to a folder is
  /// where the files go; access(2) asks the kernel, so ACLs and read-only mounts count.
  static func of(_ path: RawPath) -> FolderState {
    var info = stat()
    guard path.withCString({ stat($0, &info) }) == 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { return .missing }
      return .unreachable(String(cString: strerror(code)))
    }
    guard info.st_mode & S_IFMT == S_IFDIR else { return .notDirectory }
    return path.withCString { access($0, W_OK | X_OK) } == 0 ? .writable : .notWritable
  }

  /// The state as the end of a sentence about the folder: "does not exist", ...
  var phrase: String {
    switch self {
    case .writable: return "is writable"
    case .missing: return "does not exist"
    case .notDirectory: return "is not a directory"
    case .notWritable: return "is not writable"
    case let .unreachable(reason): return "cannot be reached (\(reason))"
    }
  }
}
