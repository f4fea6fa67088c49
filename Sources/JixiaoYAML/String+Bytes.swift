#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Comparisons of UTF-8 text byte for byte.
///
/// YAML keys and the fixed words jixiao looks for (units, direction words) are compared this way: the YAML
/// spec does not normalise, and `==`, `hasPrefix` and `hasSuffix` compare canonical equivalence, which for
/// Chinese text normalises both sides on every call — many times the cost of reading the figure itself.
extension String {
    /// The same UTF-8 bytes.
    public func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        // Compared as whole buffers where both are contiguous (native strings are): many times faster than
        // stepping through two UTF-8 views.
        if let same = utf8.withContiguousStorageIfAvailable({ mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                mine.count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
            }
        }), let same {
            return same
        }
        return utf8.elementsEqual(other.utf8)
    }

    /// Starts with the UTF-8 bytes of `prefix`.
    public func hasBytePrefix(_ prefix: String) -> Bool {
        utf8.count >= prefix.utf8.count && utf8.prefix(prefix.utf8.count).elementsEqual(prefix.utf8)
    }

    /// Ends with the UTF-8 bytes of `suffix`.
    public func hasByteSuffix(_ suffix: String) -> Bool {
        utf8.count >= suffix.utf8.count && utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// The text after the first `count` UTF-8 bytes (a whole prefix matched by `hasBytePrefix`).
    public func droppingBytes(first count: Int) -> String {
        String(decoding: utf8.dropFirst(count), as: UTF8.self)
    }

    /// The text without its last `count` UTF-8 bytes (a whole suffix matched by `hasByteSuffix`).
    public func droppingBytes(last count: Int) -> String {
        String(decoding: utf8.dropLast(count), as: UTF8.self)
    }

    /// The text without leading and trailing ASCII spaces; the text itself (no copy) when it has none.
    public func trimmingSpaces() -> String {
        let space = UInt8(ascii: " ")
        guard utf8.first == space || utf8.last == space else { return self }
        var body = utf8[...]
        while body.first == space { body = body.dropFirst() }
        while body.last == space { body = body.dropLast() }
        return String(decoding: body, as: UTF8.self)
    }
}

/// A String compared and hashed by its UTF-8 bytes, for dictionaries of keys read from documents.
public struct UTF8Key: Hashable, Sendable {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        lhs.text.hasSameBytes(as: rhs.text)
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
