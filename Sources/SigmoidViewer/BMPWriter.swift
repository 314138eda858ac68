// Saves a Canvas as a BMP file so that a reader never sees a half-written file: encode in
// memory (BMPEncoder), write a hidden temporary file in the target directory, fsync, then
// publish it under its final name. Two publishing modes, see `Mode`. Paths are bytes
// (RawPath) from end to end. Where a path leads (links, devices, descriptors) is decided
// before, by OutputTarget; this file writes regular files and streams.

import Glibc
import PlotRender

enum BMPWriter {
  enum Mode: Sendable {
    /// Replace an existing file atomically with rename(2) (`render OUT.bmp`): readers see
    /// the old file or the new one, never a mix. The new file gets the old one's mode and,
    /// where the process may, its owner and group.
    case replace
    /// Never replace anything (screenshots). Published with link(2), which fails with
    /// EEXIST if the name exists, atomically, so two savers racing for one name cannot both
    /// win and nothing is ever overwritten; the temporary name is then unlinked. On file
    /// systems without hard links (some FUSE, FAT) it falls back to reserving the name with
    /// open(O_CREAT|O_EXCL) and renaming onto that reservation, which is equally race-free
    /// but briefly shows an empty file.
    case createNew
  }

  /// Writes `canvas` to the regular file (or new name) `path`.
  static func write(_ canvas: Canvas, to path: RawPath, mode: Mode) throws(BMPWriteError) {
    try write(encode(canvas, reportAs: path), to: path, reportAs: path, mode: mode)
  }

  /// Writes `bytes` to `path`, a regular file or a new name (a link's final target, when
  /// the user named a link); errors name `reportAs`, the path the user gave.
  static func write(_ bytes: [UInt8], to path: RawPath, reportAs: RawPath, mode: Mode) throws(BMPWriteError) {
    _ = try write(bytes, in: path.directory, names: [path.lastComponent], mode: mode, reportAs: reportAs)
  }

  /// Writes `canvas` in `directory` under the first of `names` that is free (in `.createNew`
  /// mode; `.replace` uses the first name). Returns the path written. An empty `directory`
  /// means the current one (and the returned path stays relative, as the user typed it).
  static func write(_ canvas: Canvas, in directory: RawPath, names: [String], mode: Mode) throws(BMPWriteError) -> RawPath {
    precondition(!names.isEmpty, "at least one file name")
    let bytes = try encode(canvas, reportAs: directory.appending(RawPath(names[0])))
    return try write(bytes, in: directory, names: names.map { RawPath($0) }, mode: mode, reportAs: nil)
  }

  /// The BMP bytes of `canvas`, with encoding failures as a BMPWriteError about `path`.
  static func encode(_ canvas: Canvas, reportAs path: RawPath) throws(BMPWriteError) -> [UInt8] {
    do { return try BMPEncoder.encode(canvas) } catch {
      throw BMPWriteError(path: path, problem: .encoding(error.reason))
    }
  }

  /// Writes `bytes` in `directory` under the first of `names` that is free (`.createNew`)
  /// or the first (`.replace`); errors name `reportAs`, else the first name's path.
  static func write(_ bytes: [UInt8], in directory: RawPath, names: [RawPath], mode: Mode,
                    reportAs: RawPath?) throws(BMPWriteError) -> RawPath {
    let firstPath = directory.appending(names[0])
    let shown = reportAs ?? firstPath
    try checkDirectory(directory, for: shown)
    let limit = nameLimit(in: directory)
    if names[0].bytes.count > limit { throw BMPWriteError(path: shown, problem: .nameTooLong(limit: limit)) }

    // The file replaced keeps its mode and owner; lstat: `path` is never a link here.
    var old = stat()
    let replacing = mode == .replace && firstPath.withCString { lstat($0, &old) } == 0
      && old.st_mode & S_IFMT == S_IFREG
    let temp = try createTemporary(in: directory, like: names[0], limit: limit, bytes: bytes,
                                   metadata: replacing ? old : nil, reportAs: shown)
    // From here on the temporary file exists: every way out removes it.
    do throws(BMPWriteError) {
      switch mode {
      case .replace:
        let renamed = temp.withCString { t in firstPath.withCString { rename(t, $0) } }
        if renamed != 0 { throw BMPWriteError.from(errno: errno, call: "rename", path: shown, inExistingDirectory: true) }
        return firstPath
      case .createNew:
        return try publishNew(temp, directory: directory, names: names)
      }
    } catch {
      _ = temp.withCString { unlink($0) }
      throw error
    }
  }

  /// Links `temp` to the first free name; see `Mode.createNew`.
  private static func publishNew(_ temp: RawPath, directory: RawPath, names: [RawPath]) throws(BMPWriteError) -> RawPath {
    for name in names {
      let path = directory.appending(name)
      if temp.withCString({ t in path.withCString { link(t, $0) } }) == 0 {
        _ = temp.withCString { unlink($0) }
        return path
      }
      let code = errno
      if code == EEXIST { continue }
      guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK else {
        throw BMPWriteError.from(errno: code, call: "link", path: path, inExistingDirectory: true)
      }
      // No hard links here: reserve the name exclusively, then rename onto the reservation.
      let fd = path.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
      if fd < 0 {
        if errno == EEXIST { continue }
        throw BMPWriteError.from(errno: errno, call: "open", path: path, inExistingDirectory: true)
      }
      close(fd)
      if temp.withCString({ t in path.withCString { rename(t, $0) } }) != 0 {
        let failure = BMPWriteError.from(errno: errno, call: "rename", path: path, inExistingDirectory: true)
        _ = path.withCString { unlink($0) }  // our own empty reservation
        throw failure
      }
      return path
    }
    throw BMPWriteError(path: directory.appending(names[0]), problem: .exists)
  }

  /// Fails early, with a precise reason, when the directory is missing, not one, or may
  /// not be searched.
  static func checkDirectory(_ directory: RawPath, for path: RawPath) throws(BMPWriteError) {
    var info = stat()
    if directory.withCString({ stat($0, &info) }) != 0 { throw BMPWriteError.from(errno: errno, call: "stat", path: path) }
    if info.st_mode & S_IFMT != S_IFDIR { throw BMPWriteError(path: path, problem: .notADirectory) }
  }

  /// The longest file name `directory`'s file system takes (255 on most).
  static func nameLimit(in directory: RawPath) -> Int {
    let limit = directory.withCString { pathconf($0, Int32(_PC_NAME_MAX)) }
    return limit > 0 ? limit : Int(NAME_MAX)
  }

  /// The hidden temporary name for `name`: `.NAME.tmp-PID-RANDOM` when that fits the
  /// file system's name limit, else the short `.svRANDOM.tmp` (16 bytes), so any final
  /// name that fits has a temporary name that fits too.
  static func temporaryName(like name: RawPath, limit: Int) -> RawPath {
    let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    let long = RawPath(bytes: [UInt8(ascii: ".")] + name.bytes + Array(".tmp-\(getpid())-\(random)".utf8))
    return long.bytes.count <= limit ? long : RawPath(".sv\(random).tmp")
  }

  /// Writes `bytes` to a new hidden temporary file in `directory` and returns its path.
  /// The random part keeps concurrent saves in one process apart; O_EXCL means a clash is
  /// noticed (and retried), never written through.
  private static func createTemporary(in directory: RawPath, like name: RawPath, limit: Int, bytes: [UInt8],
                                      metadata: stat?, reportAs: RawPath) throws(BMPWriteError) -> RawPath {
    var attempts = 0
    while true {
      let path = directory.appending(temporaryName(like: name, limit: limit))
      do throws(BMPWriteError) {
        try writeFile(path, bytes, metadata: metadata, reportAs: reportAs)
        return path
      } catch where error.problem == .exists && attempts < 8 {
        attempts += 1
      }
    }
  }

  /// Creates `path` exclusively, writes all of `bytes`, gives it `metadata`'s owner and
  /// mode (the file it replaces), fsyncs and closes it; removes it on any failure. Errors
  /// name `reportAs` (the file the user asked for, not the temp).
  static func writeFile(_ path: RawPath, _ bytes: [UInt8], metadata: stat? = nil,
                        reportAs: RawPath) throws(BMPWriteError) {
    let fd = path.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
    if fd < 0 { throw BMPWriteError.from(errno: errno, call: "open", path: reportAs, inExistingDirectory: true) }
    do throws(BMPWriteError) {
      try writeAll(fd, bytes, reportAs: reportAs)
      if let metadata { keep(metadata, on: fd) }
      // fsync before publishing, so a crash cannot leave a complete-looking name with
      // missing data; close can also report deferred write errors (NFS, quotas).
      if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
        throw BMPWriteError.from(errno: errno, call: "fsync", path: reportAs)
      }
    } catch {
      close(fd)
      _ = path.withCString { unlink($0) }
      throw error
    }
    if close(fd) != 0 {
      let failure = BMPWriteError.from(errno: errno, call: "close", path: reportAs)
      _ = path.withCString { unlink($0) }
      throw failure
    }
  }

  /// Gives the file open as `fd` the owner, group and permission bits of `old`. Owner
  /// first: chown clears set-user-ID bits, which chmod then restores. Changing the owner
  /// needs privilege; without it the group alone is tried (allowed for one's own groups),
  /// and the mode is kept in any case, so a private file never becomes world-readable.
  static func keep(_ old: stat, on fd: Int32) {
    if fchown(fd, old.st_uid, old.st_gid) != 0 { _ = fchown(fd, UInt32.max, old.st_gid) }
    _ = fchmod(fd, old.st_mode & 0o7777)
  }

  /// Streams `bytes` to an open descriptor (a pipe, a device, /dev/stdout's file): no
  /// temporary file and no rename, since there is no name to publish.
  static func stream(_ bytes: [UInt8], to fd: Int32, reportAs: RawPath) throws(BMPWriteError) {
    do throws(BMPWriteError) { try writeAll(fd, bytes, reportAs: reportAs) } catch {
      if error.problem == .system(call: "write", reason: String(cString: strerror(EBADF))) {
        throw BMPWriteError(path: reportAs, problem: .descriptorNotWritable(fd))
      }
      throw error
    }
  }

  /// write(2) until everything is written, retrying on EINTR and short writes.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8], reportAs: RawPath) throws(BMPWriteError) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        throw BMPWriteError.from(errno: errno, call: "write", path: reportAs)
      }
      if n == 0 { throw BMPWriteError(path: reportAs, problem: .diskFull) }
      offset += n
    }
  }
}
