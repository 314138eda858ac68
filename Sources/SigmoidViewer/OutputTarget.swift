// Where `render OUT.bmp` writes, decided once, before anything is drawn, for every kind
// of path (the README's table lists them):
// - a new name or a regular file: replaced atomically (temporary file, then rename);
// - a symbolic link (or a chain) to a regular file: the same, done to the final target,
//   so the link stays a link and the target changes atomically;
// - a descriptor path (/dev/stdout, /dev/fd/N, /proc/self/fd/N, or a link to one): the
//   image is streamed into that open descriptor, as `> file` would have it;
// - a character device (/dev/null) or a FIFO: streamed; a FIFO nobody reads is refused
//   instead of blocking forever;
// - a terminal, a block device, a socket, a directory, a path ending in "/", a dangling
//   link or a link loop: refused with one line.

import Glibc
import PlotRender

enum OutputTarget: Equatable {
  /// A regular file to replace atomically, or a new one to create: `file` is where (the
  /// final target of any links); `shownAs` is the path as the user gave it.
  case file(RawPath, shownAs: RawPath)
  /// A descriptor this process already has open (the N of /proc/self/fd/N).
  case descriptor(Int32, shownAs: RawPath)
  /// A character device or FIFO to open for writing and stream to.
  case device(RawPath, isFIFO: Bool, shownAs: RawPath)

  /// Symbolic links followed before giving up, as the kernel's own limit (40).
  static let maxLinks = 40

  /// Decides what `path` names. Usage errors (status 2) for paths that can never take a
  /// BMP; BMPWriteError (status 1) for what the system refuses now (permissions).
  static func resolve(_ path: RawPath) throws -> OutputTarget {
    let shown = "OUT.bmp \"\(path.escaped)\""
    if path.hasTrailingSlash {
      var info = stat()
      if path.withCString({ stat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFDIR {
        throw UsageError("\(shown) is a directory; give a file path such as plot.bmp")
      }
      throw UsageError("\(shown) ends in \"/\", so it names a directory; give a file path such as plot.bmp")
    }
    var current = path
    var links = 0
    while true {
      if let fd = descriptorNumber(current) {
        guard fcntl(fd, F_GETFD) != -1 else {
          throw BMPWriteError(path: path, problem: .descriptorNotWritable(fd))
        }
        if isatty(fd) == 1 { throw terminalRefusal(shown) }
        return .descriptor(fd, shownAs: path)
      }
      var info = stat()
      if current.withCString({ lstat($0, &info) }) != 0 {
        let code = errno
        if code == ENOENT {
          try checkParent(of: current, for: path, shown: shown)
          if links > 0 {
            throw UsageError("\(shown) is a symbolic link to \"\(current.escaped)\", which does not exist "
              + "(a dangling link); create the target or give another path")
          }
          return .file(current, shownAs: path)
        }
        throw try lookupFailure(code, path: path, shown: shown)
      }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        links += 1
        guard links <= maxLinks, let target = readLink(current) else {
          throw UsageError("\(shown) is a symbolic link loop (more than \(maxLinks) links); give another path")
        }
        current = target.bytes.first == UInt8(ascii: "/") ? target : current.directory.appending(target)
      case S_IFREG:
        return .file(current, shownAs: path)
      case S_IFDIR:
        throw UsageError("\(shown) is a directory\(links > 0 ? " (through a symbolic link)" : ""); "
          + "give a file path such as plot.bmp")
      case S_IFCHR:
        let fd = current.withCString { open($0, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC) }
        if fd >= 0 {
          defer { close(fd) }
          if isatty(fd) == 1 { throw terminalRefusal(shown) }
        }
        return .device(current, isFIFO: false, shownAs: path)
      case S_IFIFO:
        return .device(current, isFIFO: true, shownAs: path)
      case S_IFBLK:
        throw UsageError("\(shown) is a block device (a disk); refusing to write a picture over it")
      case S_IFSOCK:
        throw UsageError("\(shown) is a socket, which cannot be opened as a file; give a file path such as plot.bmp")
      default:
        throw UsageError("\(shown) is not a file a BMP can be written to; give a file path such as plot.bmp")
      }
    }
  }

  /// Writes `bytes` wherever this target leads.
  func write(_ bytes: [UInt8]) throws(BMPWriteError) {
    switch self {
    case let .file(path, shownAs):
      try BMPWriter.write(bytes, to: path, reportAs: shownAs, mode: .replace)
    case let .descriptor(fd, shownAs):
      try BMPWriter.stream(bytes, to: fd, reportAs: shownAs)
    case let .device(path, isFIFO, shownAs):
      // Non-blocking open: a FIFO with no reader fails with ENXIO instead of hanging.
      let fd = path.withCString { open($0, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC) }
      if fd < 0 {
        if errno == ENXIO && isFIFO { throw BMPWriteError(path: shownAs, problem: .noReader) }
        throw BMPWriteError.from(errno: errno, call: "open", path: shownAs, inExistingDirectory: true)
      }
      defer { close(fd) }
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)  // from here on, writes wait
      try BMPWriter.stream(bytes, to: fd, reportAs: shownAs)
    }
  }

  /// N when `path` names this process's descriptor N: its directory resolves to
  /// /proc/PID/fd or /proc/PID/task/TID/fd (which /dev/fd, /proc/self/fd and
  /// /proc/thread-self/fd all are) and its name is a number. Such "files" are magic
  /// links; writing through them as paths would replace the link's target file by name
  /// (or, as root, /dev/stdout itself) instead of filling the descriptor.
  static func descriptorNumber(_ path: RawPath) -> Int32? {
    let name = path.lastComponent.bytes
    guard !name.isEmpty, name.count <= 9, name.allSatisfy({ (0x30...0x39).contains($0) }),
      let number = Int32(String(decoding: name, as: UTF8.self)) else { return nil }
    guard let resolved = path.directory.withCString({ realpath($0, nil) }) else { return nil }
    defer { free(resolved) }
    let directory = String(cString: resolved)
    let pid = getpid()
    if directory == "/proc/\(pid)/fd" { return number }
    let parts = directory.split(separator: "/")
    if parts.count == 5, parts[0] == "proc", parts[1] == "\(pid)", parts[2] == "task",
      Int(parts[3]) != nil, parts[4] == "fd" { return number }
    return nil
  }

  private static func readLink(_ path: RawPath) -> RawPath? {
    var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = path.withCString { p in buffer.withUnsafeMutableBytes { readlink(p, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count) } }
    guard n > 0 else { return nil }
    return RawPath(bytes: Array(buffer[0..<n]))
  }

  private static func terminalRefusal(_ shown: String) -> UsageError {
    UsageError("\(shown) is a terminal; a BMP there is garbage: redirect it to a file "
      + "(render /dev/stdout > plot.bmp) or give a file path such as plot.bmp")
  }

  /// Checks the directory a new file would go in; throws what is wrong with it.
  private static func checkParent(of current: RawPath, for path: RawPath, shown: String) throws {
    let directory = current.directory
    guard !directory.isEmpty else { return }
    var info = stat()
    if directory.withCString({ stat($0, &info) }) != 0 {
      throw try lookupFailure(errno, path: path, shown: shown, directory: directory)
    }
    if info.st_mode & S_IFMT != S_IFDIR {
      throw UsageError("\(shown): \"\(directory.escaped)\" is not a directory; give a path in an existing directory")
    }
  }

  /// The error for a failed lookup of `path` (or of `directory` on its way).
  private static func lookupFailure(_ code: Int32, path: RawPath, shown: String,
                                    directory: RawPath? = nil) throws -> Error {
    let dir = (directory ?? path.directory).escaped
    switch code {
    case ENOENT:
      return UsageError("\(shown): directory \"\(dir)\" does not exist; "
        + "create it or give a path in an existing directory")
    case ENOTDIR:
      return UsageError("\(shown): a component of \"\(dir)\" is not a directory; give a path in an existing directory")
    case ELOOP:
      return UsageError("\(shown): too many levels of symbolic links on the way (a link loop); give another path")
    case EACCES:
      return BMPWriteError(path: path, problem: .noSearchPermission)
    default:
      return BMPWriteError.from(errno: code, call: "stat", path: path)
    }
  }
}
