// Names screenshot files: sigmoid-YYYYMMDD-HHMMSS.bmp in local time, then -2, -3, ... for
// further shots in the same second. BMPWriter tries the names in order and never
// overwrites, so "does it exist" is decided by the file system atomically, not here.
//
// Local time is the C library's (tzset + localtime_r): it reads every form of TZ the way
// `date` and every other program on the system does: POSIX rules (`UTC-14` is 14 hours
// *ahead* of UTC, `CET-1CEST` with its DST), `:Europe/Berlin`, `Europe/Berlin`, and no TZ
// at all (/etc/localtime). Foundation's TimeZone parses these differently or not at all.

import Glibc

enum ScreenshotNamer {
  /// How many names to try for one second before giving up (a person pressing S cannot
  /// reach this; a stuck key would otherwise fill the directory).
  static let maxAttempts = 1000

  /// "sigmoid-YYYYMMDD-HHMMSS" for the time `secondsSince1970` (UTC seconds, as
  /// time(2) counts them) in the local time zone, as TZ defines it now.
  static func stem(at secondsSince1970: Double) -> String {
    tzset()  // TZ may have changed since the last call; localtime_r alone does not look
    var seconds = time_t(secondsSince1970.rounded(.down))
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil else { return stem(utc: seconds) }
    return stem(parts)
  }

  /// The stem for a broken-down time (year since 1900, month from 0, as C has them).
  static func stem(_ t: tm) -> String {
    func pad(_ n: Int32, _ width: Int) -> String {
      let digits = String(n)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "sigmoid-\(pad(t.tm_year + 1900, 4))\(pad(t.tm_mon + 1, 2))\(pad(t.tm_mday, 2))-"
      + "\(pad(t.tm_hour, 2))\(pad(t.tm_min, 2))\(pad(t.tm_sec, 2))"
  }

  /// UTC, for the one case localtime_r cannot convert (a year out of its range).
  private static func stem(utc seconds: time_t) -> String {
    var copy = seconds
    var parts = tm()
    return gmtime_r(&copy, &parts) != nil ? stem(parts) : "sigmoid-00000000-000000"
  }

  /// The `attempt`-th name (1-based): attempt 1 is "STEM.bmp", attempt n > 1 is "STEM-n.bmp".
  static func fileName(stem: String, attempt: Int) -> String {
    attempt <= 1 ? "\(stem).bmp" : "\(stem)-\(attempt).bmp"
  }

  /// The names to try, in order, for a shot taken at `secondsSince1970`.
  static func candidates(at secondsSince1970: Double) -> [String] {
    let stem = stem(at: secondsSince1970)
    return (1...maxAttempts).map { fileName(stem: stem, attempt: $0) }
  }
}
