/// Strict UTF-8 checking, done before libyaml sees the input so the user learns
/// exactly which byte is wrong instead of a generic reader error.
enum UTF8Validation {
    /// The byte offset of the first byte that does not belong to a well-formed
    /// UTF-8 sequence, or `nil` if every byte does. Rejects overlong forms,
    /// UTF-16 surrogates and code points above U+10FFFF, as RFC 3629 requires.
    static func firstInvalidByteOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var index = 0
            while index < count {
                // Eight ASCII bytes at a time: indentation, keys and figures make up much of every file.
                if index + 8 <= count,
                   UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let lead = base[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                // Chinese text: three-byte sequences whose lead byte allows any continuation bytes, read as a run
                // (a sentence is many of them in a row) without trying eight ASCII bytes before each.
                if isThreeByteSequence(at: index, in: base, count: count) {
                    index += 3
                    while isThreeByteSequence(at: index, in: base, count: count) { index += 3 }
                    continue
                }
                // The allowed range of the second byte narrows for some lead bytes;
                // that is what excludes overlong forms, surrogates and > U+10FFFF.
                let length: Int
                var secondRange: ClosedRange<UInt8> = 0x80...0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; secondRange = 0xA0...0xBF
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; secondRange = 0x80...0x9F
                case 0xF0: length = 4; secondRange = 0x90...0xBF
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; secondRange = 0x80...0x8F
                default: return index
                }
                for offset in 1..<length {
                    let position = index + offset
                    // A truncated or broken sequence: blame its lead byte, which is
                    // where the undecodable character starts.
                    guard position < count else { return index }
                    let range = offset == 1 ? secondRange : 0x80...0xBF
                    guard range.contains(base[position]) else { return index }
                }
                index += length
            }
            return nil
        }
    }

    /// A three-byte sequence starts at `index` whose lead byte (E1–EC, EE, EF) allows any continuation bytes.
    @inline(__always)
    private static func isThreeByteSequence(at index: Int, in base: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard index + 2 < count else { return false }
        let lead = base[index]
        return lead >= 0xE1 && lead <= 0xEF && lead != 0xED
            && base[index + 1] & 0xC0 == 0x80 && base[index + 2] & 0xC0 == 0x80
    }
}
