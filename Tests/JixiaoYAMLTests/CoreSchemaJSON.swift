import JixiaoYAML

/// Converts a node tree to JSON the way the YAML test suite's `in.json` files do:
/// YAML 1.2 core schema for plain untagged scalars, strings for everything quoted
/// or block-styled, and explicit `!!str`/`!!int`/... tags honoured.
enum CoreSchemaJSON {
    struct Unrepresentable: Error, CustomStringConvertible {
        var description: String
    }

    private static let yamlTag = "tag:yaml.org,2002:"

    static func convert(_ node: Node) throws -> JSONValue {
        switch node.content {
        case .scalar(let scalar):
            return try convert(scalar, tag: node.tag)
        case .sequence(let items):
            return .array(try items.map(convert))
        case .mapping(let pairs):
            var members: [String: JSONValue] = [:]
            for pair in pairs {
                guard let key = pair.key.scalar else {
                    throw Unrepresentable(description: "非标量键无法写成 JSON（\(pair.key.location)）")
                }
                members[key.text] = try convert(pair.value)
            }
            return .object(members)
        }
    }

    private static func convert(_ scalar: Scalar, tag: String?) throws -> JSONValue {
        switch tag {
        case nil:
            return scalar.style == .plain ? resolvePlain(scalar.text).value : .string(scalar.text)
        case yamlTag + "str":
            return .string(scalar.text)
        case yamlTag + "null", yamlTag + "bool", yamlTag + "int", yamlTag + "float":
            let (value, kind) = resolvePlain(scalar.text)
            let expectedKind = String(tag!.dropFirst(yamlTag.count))
            // An integer is also a valid float (`!!float 1`), not the other way round.
            guard kind == expectedKind || (kind == "int" && expectedKind == "float") else {
                throw Unrepresentable(description: "“\(scalar.text)”不是合法的 !!\(expectedKind)")
            }
            return value
        default:
            // "!" and local or unknown tags: the suite's JSON keeps the text.
            return .string(scalar.text)
        }
    }

    /// YAML 1.2.2 §10.3.2 tag resolution for a plain scalar.
    static func resolvePlain(_ text: String) -> (value: JSONValue, kind: String) {
        switch text {
        case "", "~", "null", "Null", "NULL": return (.null, "null")
        case "true", "True", "TRUE": return (.bool(true), "bool")
        case "false", "False", "FALSE": return (.bool(false), "bool")
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
             ".nan", ".NaN", ".NAN":
            return (.nonFiniteNumber(text), "float")
        default: break
        }
        if text.hasPrefix("0o"), let number = DecimalNumber(integerText: text.dropFirst(2), radix: 8, negative: false) {
            return (.number(number), "int")
        }
        if text.hasPrefix("0x"), let number = DecimalNumber(integerText: text.dropFirst(2), radix: 16, negative: false) {
            return (.number(number), "int")
        }
        var unsigned = Substring(text)
        let negative = unsigned.first == "-"
        if unsigned.first == "-" || unsigned.first == "+" { unsigned = unsigned.dropFirst() }
        if !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && $0.isNumber }),
           let number = DecimalNumber(integerText: unsigned, radix: 10, negative: negative) {
            return (.number(number), "int")
        }
        if let number = DecimalNumber(decimalText: text) {
            return (.number(number), "float")
        }
        return (.string(text), "str")
    }
}
