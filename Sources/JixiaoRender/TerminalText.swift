/// Text from a submission or a rubric made safe for one line of terminal output.
///
/// A department name or a stated cause is untrusted: an ANSI escape could recolour or clear the screen, a
/// carriage return or line break could forge a line such as "总分 130 分……优秀". So escape sequences and
/// control characters are removed, and every kind of line break or tab becomes a space.
enum TerminalText {
    static func line(_ text: String) -> String {
        // Fast path: most text has nothing to remove, which its bytes tell without decoding it.
        var text = text
        guard text.withUTF8(needsCleaning) else { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                output.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                // Other controls, and bidirectional overrides that reorder what the terminal shows.
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Whether UTF-8 text holds a scalar that ``line(_:)`` removes or replaces — a control character (U+0000–U+001F,
    /// U+007F–U+009F), a line or paragraph separator (U+2028, U+2029) or a bidirectional mark or override (U+200E,
    /// U+200F, U+202A–U+202E, U+2066–U+2069) — read from its bytes without decoding: C2 80–9F, E2 80 8E–8F,
    /// E2 80 A8–AE and E2 81 A6–A9. Curly quotes and dashes, also E2 …, are not among them.
    static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while none is a control byte (below 0x20, or 0x7F) nor C2 or E2, which start
            // every scalar looked for: nearly all text.
            if index + 8 <= bytes.count, let base = bytes.baseAddress,
               !mayStartCleaning(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { return true }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
            if byte == 0xE2, index + 2 < bytes.count {
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80, third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) { return true }
                if second == 0x81, (0xA6...0xA9).contains(third) { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether any of eight bytes may be below 0x20 or equal to 0x7F, 0xC2 or 0xE2. Never false when one is.
    @inline(__always)
    private static func mayStartCleaning(_ word: UInt64) -> Bool {
        ByteWord.bytes(of: word, below: 0x20) | ByteWord.bytes(of: word, equalTo: 0x7F)
            | ByteWord.bytes(of: word, equalTo: 0xC2) | ByteWord.bytes(of: word, equalTo: 0xE2) != 0
    }

    /// Consumes what follows ESC: a CSI sequence (ESC [ … final byte), an OSC or other string sequence
    /// (ESC ] … BEL or ESC \), or a single character.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            while let scalar = scalars.next(), !(0x40...0x7E).contains(scalar.value) {}
        case "]", "P", "X", "^", "_":
            var previous: Unicode.Scalar?
            while let scalar = scalars.next() {
                if scalar.value == 0x07 || (previous?.value == 0x1B && scalar == "\\") { break }
                previous = scalar
            }
        default:
            break
        }
    }
}

extension TerminalText {
    /// Punctuation East Asian terminals may draw one or two columns wide (“ ” ‘ ’ … — · ×), as full-width forms
    /// that every terminal draws two columns wide, so `--ascii` tables line up whatever the terminal's setting.
    static func unambiguous(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ambiguousReplacements[$0] != nil }) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            output.append(contentsOf: ambiguousReplacements[scalar]?.unicodeScalars ?? String(scalar).unicodeScalars)
        }
        return String(output)
    }

    static let ambiguousReplacements: [Unicode.Scalar: String] = [
        "\u{201C}": "\u{FF02}", "\u{201D}": "\u{FF02}", "\u{2018}": "\u{FF07}", "\u{2019}": "\u{FF07}",
        "\u{2026}": "...", "\u{2014}": "--", "\u{00B7}": "\u{30FB}", "\u{00D7}": "x", "\u{00F7}": "/",
        "\u{2212}": "-", "\u{2264}": "<=", "\u{2265}": ">=", "\u{2192}": "->",
    ]
}
