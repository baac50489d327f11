/// A small, seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// The synthetic districts must be the same bytes on every machine and in every
/// Swift version, so neither `SystemRandomNumberGenerator` nor `Hasher` (seeded
/// per process) is used anywhere in the generator: only this.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A seed from text: FNV-1a over its UTF-8 bytes, stable everywhere.
    public init(seed text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        self.init(seed: hash)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0). Multiply-shift, no library call whose
    /// algorithm might change between Swift versions.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in the closed range.
    public mutating func between(_ low: Int, _ high: Int) -> Int { low + below(high - low + 1) }

    /// True with the given chance in percent.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// The items in a new order (Fisher–Yates with this generator).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        var index = result.count - 1
        while index > 0 {
            result.swapAt(index, below(index + 1))
            index -= 1
        }
        return result
    }

    /// `count` different items, in the order drawn.
    public mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        Array(shuffled(items).prefix(count))
    }
}
