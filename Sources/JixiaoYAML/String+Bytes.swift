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
    @inlinable
    public func hasSameBytes(as other: String) -> Bool {
        // Inlinable, so every caller gets the comparison specialised: called across modules unspecialised, it
        // was slower than String's own `==`, which it beats when specialised.
        utf8.count == other.utf8.count && hasBytes(of: other, at: 0)
    }

    /// Holds only ASCII and the CJK ideographs U+4000–U+9FFF (three-byte sequences led by E4–E9). Such a text is in
    /// NFC and nothing in it composes, so it is canonically equivalent to an NFC text (every literal in the code)
    /// exactly when their bytes are equal: its comparisons can be made byte for byte with the same answers as `==`.
    public var isASCIIOrCJKIdeographs: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                } else if byte >= 0xE4 && byte <= 0xE9 {
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Starts with the UTF-8 bytes of `prefix`.
    @inlinable
    public func hasBytePrefix(_ prefix: String) -> Bool {
        utf8.count >= prefix.utf8.count && hasBytes(of: prefix, at: 0)
    }

    /// Ends with the UTF-8 bytes of `suffix`.
    @inlinable
    public func hasByteSuffix(_ suffix: String) -> Bool {
        utf8.count >= suffix.utf8.count && hasBytes(of: suffix, at: utf8.count - suffix.utf8.count)
    }

    /// The UTF-8 bytes from `offset` on begin with those of `part`, which fits there. Compared in both texts'
    /// contiguous storage where they have it (always, unless bridged), by `memcmp`: the views' own iteration
    /// checks its index at every byte, and even a buffer's `elementsEqual` steps a byte at a time.
    @inlinable
    func hasBytes(of part: String, at offset: Int) -> Bool {
        let inPlace = utf8.withContiguousStorageIfAvailable { bytes in
            part.utf8.withContiguousStorageIfAvailable { partBytes in
                UnsafeBufferPointer(rebasing: bytes[offset..<(offset + partBytes.count)]).hasSameBytes(as: partBytes)
            }
        }
        if let inPlace = inPlace ?? nil { return inPlace }
        return utf8.dropFirst(offset).prefix(part.utf8.count).elementsEqual(part.utf8)
    }

    /// The same UTF-8 bytes as `bytes`: the length first, then the bytes in place.
    @inlinable
    public func hasSameBytes(as bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { $0.hasSameBytes(as: bytes) } ?? utf8.elementsEqual(bytes)
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

extension UnsafeBufferPointer<UInt8> {
    /// The same bytes as `other`, compared by `memcmp` a word or a vector at a time: `elementsEqual` steps a byte
    /// at a time, which cost more than hashing the text.
    @inlinable
    public func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        // Two empty buffers are equal; otherwise both have a start.
        guard let start = baseAddress, let otherStart = other.baseAddress else { return true }
        return memcmp(start, otherStart, count) == 0
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
