import Foundation
import Testing
@testable import WegweiserCore

/// Calendar dates as written in the files, and the 24-month arithmetic of stale contacts.
@Suite struct DayTests {
    @Test func parsing() throws {
        let day = try #require(Day("2026-03-01"))
        #expect((day.year, day.month, day.day) == (2026, 3, 1))
        #expect(day.description == "2026-03-01")
        #expect(day.german == "01.03.2026")
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2000-02-29") != nil)
        #expect(Day("2026-12-31") != nil)
    }

    /// Written digit by digit as `String(format:)` with `%04d` and `%02d` wrote it.
    @Test func writingIsThatOfFormat() {
        for (year, month, day) in [(2026, 3, 1), (0, 1, 1), (7, 12, 31), (99, 10, 9), (999, 1, 10), (10_000, 100, 123), (-5, -1, 0), (-12345, 1, 1)] {
            let value = Day(year: year, month: month, day: day)
            #expect(value.description == String(format: "%04d-%02d-%02d", year, month, day))
            #expect(value.german == String(format: "%02d.%02d.%04d", day, month, year))
        }
        for year in 0...10_000 {
            #expect(Day.padded(year, 4) == String(format: "%04d", year))
        }
    }

    @Test(arguments: [
        "2026-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-13-01", "2026-01-00", "2026-3-1", "26-03-01",
        "2026-03-01T10:00", " 2026-03-01", "2026/03/01", "01.03.2026", "２０２６-03-01", "2026-03-+1", "", "--",
    ])
    func invalidDays(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test func monthsBeforeKeepTheDayOrClampItToTheMonthEnd() {
        #expect(Day(year: 2026, month: 3, day: 1).months(before: 24) == Day(year: 2024, month: 3, day: 1))
        #expect(Day(year: 2026, month: 1, day: 15).months(before: 1) == Day(year: 2025, month: 12, day: 15))
        #expect(Day(year: 2026, month: 3, day: 31).months(before: 1) == Day(year: 2026, month: 2, day: 28))
        #expect(Day(year: 2028, month: 2, day: 29).months(before: 24) == Day(year: 2026, month: 2, day: 28))
        #expect(Day(year: 2026, month: 2, day: 28).months(before: 24) == Day(year: 2024, month: 2, day: 28))
        #expect(Day(year: 2026, month: 5, day: 31).months(before: 12) == Day(year: 2025, month: 5, day: 31))
        #expect(Day(year: 2026, month: 5, day: 31).months(before: 0) == Day(year: 2026, month: 5, day: 31))
    }

    @Test func ordering() {
        #expect(Day(year: 2024, month: 1, day: 9) < Day(year: 2024, month: 1, day: 10))
        #expect(Day(year: 2023, month: 12, day: 31) < Day(year: 2024, month: 1, day: 1))
        #expect(!(Day(year: 2024, month: 1, day: 10) < Day(year: 2024, month: 1, day: 10)))
    }
}
