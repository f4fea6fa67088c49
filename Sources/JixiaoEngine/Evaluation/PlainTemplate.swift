/// A finding's template that is only text and `{{name}}` tags on one line — as nearly every rubric's are — split
/// into those pieces once, when the rubric is compiled, and filled without the Mustache library.
///
/// The library finds each name of each tag through dynamic casts and reflection, for every submission; here the
/// names are split ahead and looked up straight in the ``TemplateContext``. It gives what the library gives for
/// such a template (text content type: nothing escaped; a missing name gives nothing), and says it cannot —
/// returns nil, so the caller renders with the library — for anything else: sections, partials, comments,
/// transforms, line breaks (the library treats whitespace at line starts specially), a name that stands for a
/// level rather than a figure.
struct PlainTemplate: Sendable {
    enum Piece: Sendable, Equatable {
        case text(String)
        /// A tag's name split at its dots, as the library splits it.
        case name([String])
    }

    let pieces: [Piece]

    /// Nil when `source` holds anything but text and `{{name}}` tags, or a line break.
    init?(_ source: String) {
        let bytes = Array(source.utf8)
        guard !bytes.contains(UInt8(ascii: "\n")), !bytes.contains(UInt8(ascii: "\r")) else { return nil }
        var pieces: [Piece] = []
        var textStart = 0, index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            if textStart < index { pieces.append(.text(String(decoding: bytes[textStart..<index], as: UTF8.self))) }
            var cursor = index + 2
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            let nameStart = cursor
            while cursor < bytes.count, Self.isNameByte(bytes[cursor]) { cursor += 1 }
            let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "}"), bytes[cursor + 1] == UInt8(ascii: "}")
            else { return nil }
            // "." (the current object) and ".name" (no climbing) mean something else to the library.
            guard !name.isEmpty, name.first != "." else { return nil }
            pieces.append(.name(name.split(separator: ".").map(String.init)))
            index = cursor + 2
            textStart = index
        }
        if textStart < bytes.count { pieces.append(.text(String(decoding: bytes[textStart...], as: UTF8.self))) }
        self.pieces = pieces
    }

    /// The template filled from `context`; nil when a name stands for something other than text or nothing.
    func render(_ context: TemplateContext) -> String? {
        var output = ""
        for piece in pieces {
            switch piece {
            case .text(let text):
                output += text
            case .name(let names):
                var value: Any? = context
                for name in names {
                    switch value {
                    case let level as TemplateContext: value = level.child(named: name)
                    case let check as TemplateContext.CheckValues: value = check.child(named: name)
                    case let values as [String: Any]: value = values[name]
                    // Neither the top level nor under a name that was found: the library's lookup gives nothing.
                    case nil: break
                    default: return nil
                    }
                }
                switch value {
                case let text as String: output += text
                case nil: break
                default: return nil
                }
            }
        }
        return output
    }

    /// The bytes the library reads as a name (its `sectionNameChars` without the brackets of transforms).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"),
             UInt8(ascii: "?"), UInt8(ascii: "*"):
            true
        default:
            false
        }
    }
}
