// Names screenshot files: sigmoid-YYYYMMDD-HHMMSS.bmp in local time, then -2, -3, ... for
// further shots in the same second. Pure; BMPWriter tries the names in order and never
// overwrites, so "does it exist" is decided by the file system atomically, not here.

import Foundation

enum ScreenshotNamer {
  /// How many names to try for one second before giving up (a person pressing S cannot
  /// reach this; a stuck key would otherwise fill the directory).
  static let maxAttempts = 1000

  /// "sigmoid-YYYYMMDD-HHMMSS" for `date` in `timeZone` (the user's local time by default).
  static func stem(for date: Date, timeZone: TimeZone = .current) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func pad(_ n: Int?, _ width: Int) -> String {
      let digits = String(n ?? 0)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "sigmoid-\(pad(c.year, 4))\(pad(c.month, 2))\(pad(c.day, 2))-\(pad(c.hour, 2))\(pad(c.minute, 2))\(pad(c.second, 2))"
  }

  /// The `attempt`-th name (1-based): attempt 1 is "STEM.bmp", attempt n > 1 is "STEM-n.bmp".
  static func fileName(stem: String, attempt: Int) -> String {
    attempt <= 1 ? "\(stem).bmp" : "\(stem)-\(attempt).bmp"
  }

  /// The names to try, in order, for a shot taken at `date`.
  static func candidates(for date: Date, timeZone: TimeZone = .current) -> [String] {
    let stem = stem(for: date, timeZone: timeZone)
    return (1...maxAttempts).map { fileName(stem: stem, attempt: $0) }
  }
}
