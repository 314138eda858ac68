// Why a BMP could not be saved, phrased so the user knows what to change. Made from errno
// at the failing step; never a bare "operation failed".

import Glibc
import PlotRender

struct BMPWriteError: Error, CustomStringConvertible, Equatable, Sendable {
  enum Problem: Equatable, Sendable {
    /// The target directory does not exist.
    case directoryMissing
    /// The target directory's path names something that is not a directory.
    case notADirectory
    /// A directory on the way may not be searched (no x permission): we cannot tell
    /// whether the directory exists, only that we may not look.
    case noSearchPermission
    /// No permission to create files in the directory, or its file system is read-only.
    case notWritable
    /// The directory exists but its file system creates no files there (/proc/self).
    case cannotCreate
    /// The file's name is longer than the file system allows (its NAME_MAX).
    case nameTooLong(limit: Int)
    /// ENOSPC / EDQUOT while writing.
    case diskFull
    /// Every candidate name already exists (never-overwrite mode).
    case exists
    /// EMFILE / ENFILE: the process or the system has no file descriptor to spare.
    case outOfDescriptors
    /// Not enough memory for the image (`detail` says how much it needed).
    case outOfMemory(detail: String)
    /// A FIFO that no process has open for reading (writing would block forever).
    case noReader
    /// The file descriptor the path names (/dev/stdout, /proc/self/fd/N) is closed or
    /// open only for reading.
    case descriptorNotWritable(Int32)
    /// The frame could not be encoded (SDL's reason).
    case encoding(String)
    /// Anything else: the system call and strerror's text.
    case system(call: String, reason: String)
  }

  /// The file we meant to write (the first candidate, for screenshots), as the user gave it.
  var path: RawPath
  var problem: Problem

  var description: String {
    let dir = path.directory.isEmpty ? "." : path.directory.escaped
    let name = path.escaped
    switch problem {
    case .directoryMissing:
      return "cannot save \(name): directory \(dir) does not exist (create it or choose another)"
    case .notADirectory:
      return "cannot save \(name): \(dir) is not a directory"
    case .noSearchPermission:
      return "cannot save \(name): no permission to search \(dir) or a directory above it"
    case .notWritable:
      return "cannot save \(name): no permission to write in \(dir) (or its file system is read-only)"
    case .cannotCreate:
      return "cannot save \(name): the file system of \(dir) does not allow creating files there"
    case let .nameTooLong(limit) where path.lastComponent.bytes.count <= limit:
      return "cannot save \(name): the path is \(path.bytes.count) bytes, longer than the system allows"
    case let .nameTooLong(limit):
      return "cannot save \(name): the file name is \(path.lastComponent.bytes.count) bytes, too long for "
        + "this file system (at most \(limit)); choose a shorter name"
    case .diskFull:
      return "cannot save \(name): no space left on the device (free some space and try again)"
    case .exists:
      return "cannot save \(name): the file already exists and is not overwritten"
    case .outOfDescriptors:
      return "cannot save \(name): out of file descriptors (raise the limit, ulimit -n, or close some)"
    case let .outOfMemory(detail):
      return "cannot save \(name): out of memory: \(detail)"
    case .noReader:
      return "cannot save \(name): it is a FIFO and no process is reading it (start the reader first)"
    case let .descriptorNotWritable(fd):
      return "cannot save \(name): file descriptor \(fd) is not open for writing"
    case let .encoding(reason):
      return "cannot save \(name): encoding the BMP failed: \(reason)"
    case let .system(call, reason):
      return "cannot save \(name): \(call): \(reason)"
    }
  }

  /// The problem in a few words and without the path, for a notice in a window that may
  /// be small (``description`` is the full message for the terminal).
  var briefReason: String {
    switch problem {
    case .directoryMissing: return "the directory does not exist"
    case .notADirectory: return "the target is not a directory"
    case .noSearchPermission: return "no permission to search the directory"
    case .notWritable: return "no permission to write there"
    case .cannotCreate: return "no files can be created there"
    case .nameTooLong: return "the file name is too long"
    case .diskFull: return "no space left on the device"
    case .exists: return "every candidate name already exists"
    case .outOfDescriptors: return "out of file descriptors"
    case .outOfMemory: return "out of memory"
    case .noReader: return "no process reads the FIFO"
    case .descriptorNotWritable: return "the descriptor is not open for writing"
    case .encoding: return "encoding the BMP failed"
    case let .system(_, reason): return reason
    }
  }

  /// Classifies `code` (an errno value) from `call`. `inExistingDirectory` says the
  /// directory was just seen to exist, so ENOENT means its file system refuses new files.
  static func from(errno code: Int32, call: String, path: RawPath,
                   inExistingDirectory: Bool = false) -> BMPWriteError {
    let problem: Problem
    switch code {
    case ENOENT: problem = inExistingDirectory ? .cannotCreate : .directoryMissing
    case ENOTDIR: problem = .notADirectory
    case EACCES where !inExistingDirectory: problem = .noSearchPermission
    case EACCES, EPERM, EROFS: problem = .notWritable
    case ENOSPC, EDQUOT: problem = .diskFull
    case EEXIST: problem = .exists
    case EMFILE, ENFILE: problem = .outOfDescriptors
    case ENOMEM: problem = .outOfMemory(detail: "\(call): \(String(cString: strerror(code)))")
    case ENAMETOOLONG: problem = .nameTooLong(limit: Int(NAME_MAX))
    default: problem = .system(call: call, reason: String(cString: strerror(code)))
    }
    return BMPWriteError(path: path, problem: problem)
  }
}
