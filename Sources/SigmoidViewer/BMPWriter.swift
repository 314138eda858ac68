// Saves a Canvas as a BMP file so that a reader never sees a half-written file: encode in
// memory (BMPEncoder), write a hidden temporary file in the target directory, fsync, then
// publish it under its final name. Two publishing modes, see `Mode`.

import Foundation
import PlotRender

enum BMPWriter {
  enum Mode: Sendable {
    /// Replace an existing file atomically with rename(2) (`render OUT.bmp`): readers see
    /// the old file or the new one, never a mix.
    case replace
    /// Never replace anything (screenshots). Published with link(2), which fails with
    /// EEXIST if the name exists, atomically, so two savers racing for one name cannot both
    /// win and nothing is ever overwritten; the temporary name is then unlinked. On file
    /// systems without hard links (some FUSE, FAT) it falls back to reserving the name with
    /// open(O_CREAT|O_EXCL) and renaming onto that reservation, which is equally race-free
    /// but briefly shows an empty file.
    case createNew
  }

  /// Writes `canvas` to `path`.
  static func write(_ canvas: Canvas, to path: String, mode: Mode) throws(BMPWriteError) {
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    _ = try write(canvas, in: directory, names: [name], mode: mode)
  }

  /// Writes `canvas` in `directory` under the first of `names` that is free (in `.createNew`
  /// mode; `.replace` uses the first name). Returns the path written. An empty `directory`
  /// means the current one (and the returned path stays relative, as the user typed it).
  static func write(_ canvas: Canvas, in directory: String, names: [String], mode: Mode) throws(BMPWriteError) -> String {
    precondition(!names.isEmpty, "at least one file name")
    let firstPath = join(directory, names[0])
    let bytes: [UInt8]
    do { bytes = try BMPEncoder.encode(canvas) } catch {
      throw BMPWriteError(path: firstPath, problem: .encoding(error.reason))
    }
    try checkDirectory(directory, for: firstPath)

    let temp = try createTemporary(in: directory, like: names[0], bytes: bytes, reportAs: firstPath)
    // From here on the temporary file exists: every way out removes it.
    do throws(BMPWriteError) {
      switch mode {
      case .replace:
        if rename(temp, firstPath) != 0 { throw BMPWriteError.from(errno: errno, call: "rename", path: firstPath) }
        return firstPath
      case .createNew:
        return try publishNew(temp, directory: directory, names: names)
      }
    } catch {
      unlink(temp)
      throw error
    }
  }

  /// Links `temp` to the first free name; see `Mode.createNew`.
  private static func publishNew(_ temp: String, directory: String, names: [String]) throws(BMPWriteError) -> String {
    for name in names {
      let path = join(directory, name)
      if link(temp, path) == 0 {
        unlink(temp)
        return path
      }
      let code = errno
      if code == EEXIST { continue }
      guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK else {
        throw BMPWriteError.from(errno: code, call: "link", path: path)
      }
      // No hard links here: reserve the name exclusively, then rename onto the reservation.
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if fd < 0 {
        if errno == EEXIST { continue }
        throw BMPWriteError.from(errno: errno, call: "open", path: path)
      }
      close(fd)
      if rename(temp, path) != 0 {
        let failure = BMPWriteError.from(errno: errno, call: "rename", path: path)
        unlink(path)  // our own empty reservation
        throw failure
      }
      return path
    }
    throw BMPWriteError(path: join(directory, names[0]), problem: .exists)
  }

  /// Fails early, with a precise reason, when the directory is missing or not one.
  private static func checkDirectory(_ directory: String, for path: String) throws(BMPWriteError) {
    var info = stat()
    if stat(directory.isEmpty ? "." : directory, &info) != 0 { throw BMPWriteError.from(errno: errno, call: "stat", path: path) }
    if info.st_mode & S_IFMT != S_IFDIR { throw BMPWriteError(path: path, problem: .notADirectory) }
  }

  /// Writes `bytes` to a new hidden file `.NAME.tmp-PID-RANDOM` in `directory` and returns
  /// its path. The random part keeps concurrent saves in one process apart; O_EXCL means a
  /// clash is noticed (and retried), never written through.
  private static func createTemporary(in directory: String, like name: String, bytes: [UInt8],
                                      reportAs: String) throws(BMPWriteError) -> String {
    var attempts = 0
    while true {
      let path = join(directory, ".\(name).tmp-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))")
      do throws(BMPWriteError) {
        try writeFile(path, bytes, reportAs: reportAs)
        return path
      } catch where error.problem == .exists && attempts < 8 {
        attempts += 1
      }
    }
  }

  /// Creates `path` exclusively, writes all of `bytes`, fsyncs and closes it; removes it on
  /// any failure. Errors name `reportAs` (the file the user asked for, not the temp).
  static func writeFile(_ path: String, _ bytes: [UInt8], reportAs: String) throws(BMPWriteError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if fd < 0 { throw BMPWriteError.from(errno: errno, call: "open", path: reportAs) }
    do throws(BMPWriteError) {
      try writeAll(fd, bytes, reportAs: reportAs)
      // fsync before publishing, so a crash cannot leave a complete-looking name with
      // missing data; close can also report deferred write errors (NFS, quotas).
      if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
        throw BMPWriteError.from(errno: errno, call: "fsync", path: reportAs)
      }
    } catch {
      close(fd)
      unlink(path)
      throw error
    }
    if close(fd) != 0 {
      let failure = BMPWriteError.from(errno: errno, call: "close", path: reportAs)
      unlink(path)
      throw failure
    }
  }

  /// write(2) until everything is written, retrying on EINTR and short writes.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8], reportAs: String) throws(BMPWriteError) {
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

  private static func join(_ directory: String, _ name: String) -> String {
    directory.isEmpty || directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
