import Foundation
import Testing
@testable import SigmoidViewer

@Suite struct ScreenshotNamerTests {
  /// The instant at which a clock in `zone` shows the given wall time.
  func date(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, in zone: TimeZone) throws -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    return try #require(calendar.date(from: DateComponents(year: y, month: mo, day: d, hour: h, minute: mi, second: s)))
  }

  @Test func stemIsTheWallClockTimeInTheGivenZone() throws {
    let zone = try #require(TimeZone(secondsFromGMT: 5 * 3600 + 1800))
    let when = try date(2024, 3, 9, 7, 5, 3, in: zone)
    #expect(ScreenshotNamer.stem(for: when, timeZone: zone) == "sigmoid-20240309-070503")
    // The same instant in UTC is 01:35:03.
    #expect(ScreenshotNamer.stem(for: when, timeZone: try #require(TimeZone(identifier: "UTC")))
      == "sigmoid-20240309-013503")
  }

  @Test func defaultZoneIsLocalTime() throws {
    let when = try date(2031, 12, 31, 23, 59, 58, in: .current)
    #expect(ScreenshotNamer.stem(for: when) == "sigmoid-20311231-235958")
  }

  @Test func laterAttemptsAppendANumberBeforeTheExtension() {
    #expect(ScreenshotNamer.fileName(stem: "s", attempt: 1) == "s.bmp")
    #expect(ScreenshotNamer.fileName(stem: "s", attempt: 2) == "s-2.bmp")
    #expect(ScreenshotNamer.fileName(stem: "s", attempt: 3) == "s-3.bmp")
  }

  @Test func candidatesAreDistinctAndInOrder() throws {
    let zone = try #require(TimeZone(identifier: "UTC"))
    let when = try date(2024, 1, 2, 3, 4, 5, in: zone)
    let names = ScreenshotNamer.candidates(for: when, timeZone: zone)
    #expect(names.count == ScreenshotNamer.maxAttempts)
    #expect(Set(names).count == names.count)
    #expect(Array(names.prefix(3)) == ["sigmoid-20240102-030405.bmp", "sigmoid-20240102-030405-2.bmp",
                                       "sigmoid-20240102-030405-3.bmp"])
  }
}
