/// A finding's template that is only text, `{{name}}` tags and sections over them on one line — as nearly every
/// rubric's are — split into those pieces once, when the rubric is compiled, and filled without the Mustache
/// library.
///
/// The library finds each name of each tag through dynamic casts and reflection, for every submission; here the
/// names are split ahead and looked up straight in the ``TemplateContext``. It gives what the library gives for
/// such a template (text content type: nothing escaped; a missing name gives nothing; a section `{{#name}}…{{/name}}`
/// is its content when the name stands for a text, even an empty one, and nothing when it stands for nothing, an
/// inverted one `{{^name}}…{{/name}}` the other way round), and says it cannot — returns nil, so the caller renders
/// with the library — for anything else: partials, comments, transforms, line breaks (the library treats
/// whitespace at line starts specially), a name that stands for a level rather than a figure.
struct PlainTemplate: Sendable {
    indirect enum Piece: Sendable, Equatable {
        case text(String)
        case name(Name)
        /// A section and what it holds; `inverted` for `{{^name}}`.
        case section(Name, inverted: Bool, [Piece])
    }

    /// A tag's name split at its dots, as the library splits it, with the dotted name up to each part joined
    /// here once: the context finds a level's facts by that joined name, and joining it for every submission cost
    /// more than looking it up.
    struct Name: Sendable, Equatable {
        let parts: [String]
        /// `paths[i]` is `parts[0...i]` joined with dots (`t01`, `t01.income`, `t01.income.total`).
        let paths: [String]

        init(_ name: String) {
            parts = name.split(separator: ".").map(String.init)
            var paths: [String] = []
            paths.reserveCapacity(parts.count)
            for part in parts {
                paths.append(paths.last.map { $0 + "." + part } ?? part)
            }
            self.paths = paths
        }
    }

    let pieces: [Piece]
    /// About how many bytes a rendering takes, so the output is allocated once rather than regrown as each piece
    /// is appended.
    private let expectedBytes: Int

    /// Nil when `source` holds anything but text, `{{name}}` tags and sections, or a line break.
    init?(_ source: String) {
        let bytes = Array(source.utf8)
        guard !bytes.contains(UInt8(ascii: "\n")), !bytes.contains(UInt8(ascii: "\r")) else { return nil }
        var index = 0
        guard let pieces = Self.pieces(of: bytes, from: &index, closing: nil), index == bytes.count else { return nil }
        self.pieces = pieces
        expectedBytes = Self.expectedBytes(of: pieces)
    }

    /// The text's bytes, and room for a figure (such as "1717.31" or "88.61%") in each tag.
    private static func expectedBytes(of pieces: [Piece]) -> Int {
        let figureBytes = 16
        return pieces.reduce(0) { total, piece in
            switch piece {
            case .text(let text): total + text.utf8.count
            case .name: total + figureBytes
            case .section(_, _, let inner): total + expectedBytes(of: inner)
            }
        }
    }

    /// The pieces from `index` up to the end, or up to the tag closing the section `closing` (after which `index`
    /// is left); nil for anything the plain path does not fill.
    private static func pieces(of bytes: [UInt8], from index: inout Int, closing: String?) -> [Piece]? {
        var pieces: [Piece] = []
        var textStart = index
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            if textStart < index { pieces.append(.text(String(decoding: bytes[textStart..<index], as: UTF8.self))) }
            var cursor = index + 2
            // The library reads a section's sign straight after the braces.
            let sign = cursor < bytes.count ? bytes[cursor] : 0
            let isSectionTag = sign == UInt8(ascii: "#") || sign == UInt8(ascii: "^") || sign == UInt8(ascii: "/")
            if isSectionTag { cursor += 1 }
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            let nameStart = cursor
            while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
            let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "}"), bytes[cursor + 1] == UInt8(ascii: "}")
            else { return nil }
            // "." (the current object) and ".name" (no climbing) mean something else to the library.
            guard !name.isEmpty, name.first != "." else { return nil }
            index = cursor + 2
            textStart = index
            let names = Name(name)
            switch sign {
            case UInt8(ascii: "/"):
                // Only the section open here may close; the library refuses any other.
                guard name == closing else { return nil }
                return pieces
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                guard let inner = Self.pieces(of: bytes, from: &index, closing: name) else { return nil }
                pieces.append(.section(names, inverted: sign == UInt8(ascii: "^"), inner))
                textStart = index
            default:
                pieces.append(.name(names))
            }
        }
        // A section left open is an error to the library.
        guard closing == nil else { return nil }
        if textStart < bytes.count { pieces.append(.text(String(decoding: bytes[textStart...], as: UTF8.self))) }
        return pieces
    }

    /// The template filled from `context`; nil when a name stands for something other than text or nothing.
    func render(_ context: TemplateContext) -> String? {
        var output = ""
        output.reserveCapacity(expectedBytes)
        return Self.render(pieces, from: context, into: &output) ? output : nil
    }

    /// Appends `pieces` filled from `context` to `output`; false when a name stands for something other than
    /// text or nothing.
    private static func render(_ pieces: [Piece], from context: TemplateContext, into output: inout String) -> Bool {
        for piece in pieces {
            switch piece {
            case .text(let text):
                output += text
            case .name(let names):
                switch lookUp(names, in: context) {
                case .text(let text): output += text
                case .nothing: break
                case .other: return false
                }
            case .section(let names, let inverted, let inner):
                // A text pushed on the library's stack names nothing, so what the section holds is filled from the
                // same context; anything else (a level, a record) would change what its names find.
                switch lookUp(names, in: context) {
                case .text: if !inverted, !render(inner, from: context, into: &output) { return false }
                case .nothing: if inverted, !render(inner, from: context, into: &output) { return false }
                case .other: return false
                }
            }
        }
        return true
    }

    /// What a tag's names stand for.
    private enum Found {
        case text(String)
        case nothing
        /// A level, a record or anything else the plain path does not fill.
        case other
    }

    /// What `names` stand for in `context`, each part looked up under the one before, as the library walks them.
    private static func lookUp(_ names: Name, in context: TemplateContext) -> Found {
        if names.parts.count > 1, let whole = context.entry(wholeName: names.paths[names.paths.count - 1],
                                                            firstPart: names.parts[0]) {
            return found(whole)
        }
        var entry: TemplateContext.Entry? = .level(context)
        // A level is only ever reached through the parts before, so its own dotted name is the path up to them.
        for (position, name) in names.parts.enumerated() {
            switch entry {
            case .level(let level)?: entry = level.entry(named: name, path: names.paths[position])
            case .check(let check)?: entry = check.text(named: name).map(TemplateContext.Entry.text)
            case .record(let fields)?: entry = fields[name].map(TemplateContext.Entry.text)
            // Neither the top level nor under a name that was found: the library's lookup gives nothing.
            case nil: break
            case .text?: return .other
            }
        }
        return found(entry)
    }

    private static func found(_ entry: TemplateContext.Entry?) -> Found {
        switch entry {
        case .text(let text)?: return .text(text)
        case nil: return .nothing
        default: return .other
        }
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
