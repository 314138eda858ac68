// Why a BMP could not be saved, phrased so the user knows what to change. Made from errno
// at the failing step; never a bare "operation failed".

import Foundation

struct BMPWriteError: Error, CustomStringConvertible, Equatable, Sendable {
  enum Problem: Equatable, Sendable {
    /// The target directory does not exist.
    case directoryMissing
    /// The target directory's path names something that is not a directory.
    case notADirectory
    /// No permission to create files in the directory, or its file system is read-only.
    case notWritable
    /// ENOSPC / EDQUOT while writing.
    case diskFull
    /// Every candidate name already exists (never-overwrite mode).
    case exists
    /// The frame could not be encoded (SDL's reason).
    case encoding(String)
    /// Anything else: the system call and strerror's text.
    case system(call: String, reason: String)
  }

  /// The file we meant to write (the first candidate, for screenshots).
  var path: String
  var problem: Problem

  var description: String {
    let directory = (path as NSString).deletingLastPathComponent
    let dir = directory.isEmpty ? "." : directory
    switch problem {
    case .directoryMissing:
      return "cannot save \(path): directory \(dir) does not exist (create it or choose another)"
    case .notADirectory:
      return "cannot save \(path): \(dir) is not a directory"
    case .notWritable:
      return "cannot save \(path): no permission to write in \(dir) (or its file system is read-only)"
    case .diskFull:
      return "cannot save \(path): no space left on the device (free some space and try again)"
    case .exists:
      return "cannot save \(path): the file already exists and is not overwritten"
    case let .encoding(reason):
      return "cannot save \(path): encoding the BMP failed: \(reason)"
    case let .system(call, reason):
      return "cannot save \(path): \(call): \(reason)"
    }
  }

  /// The problem in a few words and without the path, for a notice in a window that may
  /// be small (``description`` is the full message for the terminal).
  var briefReason: String {
    switch problem {
    case .directoryMissing: return "the directory does not exist"
    case .notADirectory: return "the target is not a directory"
    case .notWritable: return "no permission to write there"
    case .diskFull: return "no space left on the device"
    case .exists: return "every candidate name already exists"
    case .encoding: return "encoding the BMP failed"
    case let .system(_, reason): return reason
    }
  }

  /// Classifies `code` (an errno value) from `call`.
  static func from(errno code: Int32, call: String, path: String) -> BMPWriteError {
    let problem: Problem
    switch code {
    case ENOENT: problem = .directoryMissing
    case ENOTDIR: problem = .notADirectory
    case EACCES, EPERM, EROFS: problem = .notWritable
    case ENOSPC, EDQUOT: problem = .diskFull
    case EEXIST: problem = .exists
    default: problem = .system(call: call, reason: String(cString: strerror(code)))
    }
    return BMPWriteError(path: path, problem: problem)
  }
}
