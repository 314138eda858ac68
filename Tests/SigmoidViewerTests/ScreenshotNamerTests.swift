// Screenshot names: the local time as the C library defines it for every form of TZ
// (POSIX offsets, POSIX rules with DST, tz database names with and without ':'), and
// the -2, -3, ... names for further shots in one second. Expected times worked out by
// hand from the rules (UTC-14 is 14 hours ahead; CEST is UTC+2 in July).

import Foundation
import Testing
@testable import SigmoidViewer

/// TZ is process-wide: every test that sets it holds this lock and restores it.
private let timeZoneLock = NSLock()

private func withTZ<Result>(_ value: String?, _ body: () throws -> Result) rethrows -> Result {
  timeZoneLock.lock()
  defer { timeZoneLock.unlock() }
  let saved = getenv("TZ").map { String(cString: $0) }
  if let value { setenv("TZ", value, 1) } else { unsetenv("TZ") }
  defer {
    if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
    tzset()
  }
  return try body()
}

@Suite(.serialized) struct ScreenshotNamerTests {
  static let epoch = Date(timeIntervalSince1970: 0)
  static let july = Date(timeIntervalSince1970: 1_719_835_200)  // 2024-07-01 12:00:00 UTC
  static let january = Date(timeIntervalSince1970: 1_705_320_000)  // 2024-01-15 12:00:00 UTC

  @Test(arguments: [
    // POSIX offsets count west of Greenwich: UTC-14 is 14 hours *ahead* of UTC.
    ("UTC-14", epoch, "sigmoid-19700101-140000"),
    ("UTC-14", july, "sigmoid-20240702-020000"),
    ("UTC+3", epoch, "sigmoid-19691231-210000"),
    ("IST-5:30", epoch, "sigmoid-19700101-053000"),
    ("<+0545>-5:45", january, "sigmoid-20240115-174500"),
    // POSIX rules with daylight saving time: CET in January, CEST in July.
    ("CET-1CEST", january, "sigmoid-20240115-130000"),
    ("CET-1CEST", july, "sigmoid-20240701-140000"),
    ("EST5EDT,M3.2.0,M11.1.0", july, "sigmoid-20240701-080000"),
    // tz database names, with and without the leading colon.
    (":Europe/Berlin", july, "sigmoid-20240701-140000"),
    ("Europe/Berlin", january, "sigmoid-20240115-130000"),
    (":UTC", july, "sigmoid-20240701-120000"),
  ])
  func stemIsTheCLibrarysLocalTime(_ tz: String, _ when: Date, _ stem: String) {
    #expect(withTZ(tz) { ScreenshotNamer.stem(at: when.timeIntervalSince1970) } == stem, "TZ=\(tz)")
  }

  /// The zone is read at each shot: a TZ changed while running takes effect.
  @Test func changingTZTakesEffectAtTheNextShot() {
    #expect(withTZ("UTC-14") { ScreenshotNamer.stem(at: Self.epoch.timeIntervalSince1970) } == "sigmoid-19700101-140000")
    #expect(withTZ("UTC") { ScreenshotNamer.stem(at: Self.epoch.timeIntervalSince1970) } == "sigmoid-19700101-000000")
  }

  /// Seconds are cut, never rounded up into the next second's name.
  @Test func fractionsOfASecondAreCut() {
    #expect(withTZ("UTC") { ScreenshotNamer.stem(at: 59.999) }
      == "sigmoid-19700101-000059")
  }

  @Test func laterAttemptsAppendANumberBeforeTheExtension() {
    #expect(ScreenshotNamer.fileName(stem: "s", attempt: 1) == "s.bmp")
    #expect(ScreenshotNamer.fileName(stem: "s", attempt: 2) == "s-2.bmp")
    #expect(ScreenshotNamer.fileName(stem: "s", attempt: 3) == "s-3.bmp")
  }

  @Test func candidatesAreDistinctAndInOrder() {
    let names = withTZ("UTC") { ScreenshotNamer.candidates(at: 1_704_164_645) }
    #expect(names.count == ScreenshotNamer.maxAttempts)
    #expect(Set(names).count == names.count)
    #expect(Array(names.prefix(3)) == ["sigmoid-20240102-030405.bmp", "sigmoid-20240102-030405-2.bmp",
                                       "sigmoid-20240102-030405-3.bmp"])
  }
}
