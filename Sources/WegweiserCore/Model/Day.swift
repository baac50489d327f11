/// A calendar date as written in the files (`YYYY-MM-DD`), without time zone,
/// so that nothing depends on the clock or the machine's settings.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Parses `YYYY-MM-DD` and checks that the day exists. The form is ten
    /// ASCII bytes, so it is read byte by byte.
    public init?(_ text: String) {
        guard text.utf8.count == 10 else { return nil }
        var (year, month, day) = (0, 0, 0)
        for (offset, byte) in text.utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case ..<4: year = year * 10 + digit
            case ..<7: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    public init(year: Int, month: Int, day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The same day some months earlier (clamped to the month's last day).
    public func months(before count: Int) -> Day {
        let total = year * 12 + (month - 1) - count
        let (y, m) = (total / 12, total % 12 + 1)
        return Day(year: y, month: m, day: min(day, Self.daysIn(month: m, year: y)))
    }

    public var description: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    /// German style for the paper: 1.3.2026 is written 01.03.2026.
    public var german: String { Self.padded(day, 2) + "." + Self.padded(month, 2) + "." + Self.padded(year, 4) }

    /// `value` in decimal with zeros in front up to `width` characters, as
    /// `%0<width>d` writes it (a minus sign counts towards the width).
    /// `String(format:)` took a good part of writing the definition digest.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        let zeros = width - sign.utf8.count - digits.utf8.count
        return zeros > 0 ? sign + String(repeating: "0", count: zeros) + digits : sign + digits
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
