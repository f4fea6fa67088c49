/// Chinese wording for libyaml's English problem and context texts.
///
/// The English original stays in the message (in parentheses) so a user can still search for it.
enum LibyamlMessages {
    static let problems: [String: String] = [
        "did not find expected key": "缺少预期的键（常见原因：缩进不一致）",
        "did not find expected '-' indicator": "缺少预期的“-”（序列项缩进不一致）",
        "did not find expected node content": "缺少预期的内容",
        "did not find expected ',' or '}'": "缺少“,”或“}”",
        "did not find expected ',' or ']'": "缺少“,”或“]”",
        "mapping values are not allowed in this context": "此处不允许出现“键: 值”（检查冒号和缩进）",
        "found character that cannot start any token": "遇到不能作为开头的字符（如制表符 Tab、@ 或 `）",
        "found unexpected end of stream": "文件意外结束（引号或括号可能未闭合）",
        "could not find expected ':'": "缺少“:”",
        "found undefined tag handle": "未定义的标签前缀",
        "found unknown escape character": "未知的转义字符",
        "block sequence entries are not allowed in this context": "此处不允许出现序列项“-”",
        "found unexpected ':'": "出现多余的“:”",
        "did not find expected <document start>": "缺少文档开始标记“---”",
        "found unexpected document indicator": "出现意外的文档标记",
        "found a tab character that violates indentation": "缩进中出现制表符（Tab），请改用空格",
        "found a tab character where an indentation space is expected": "此处应为空格缩进，却出现了制表符（Tab）",
        "did not find expected comment or line break": "此处应为注释或换行",
        "did not find URI escaped octet": "标签中的百分号转义不完整",
        "found incompatible YAML document": "不兼容的 YAML 版本",
    ]

    static let contexts: [String: String] = [
        "while parsing a block mapping": "解析块映射时",
        "while parsing a block collection": "解析块序列时",
        "while parsing a flow mapping": "解析行内映射 {…} 时",
        "while parsing a flow sequence": "解析行内序列 […] 时",
        "while parsing a block node": "解析节点时",
        "while parsing a flow node": "解析节点时",
        "while parsing a node": "解析节点时",
        "while scanning a simple key": "扫描键时",
        "while scanning a quoted scalar": "扫描引号字符串时",
        "while scanning a plain scalar": "扫描标量时",
        "while scanning a block scalar": "扫描块标量时",
        "while scanning an anchor": "扫描锚点时",
        "while scanning an alias": "扫描别名时",
        "while scanning a tag": "扫描标签时",
        "while scanning a directive": "扫描指令时",
    ]

    /// "缺少“,”或“}”（did not find expected ',' or '}'）", or the English text alone when no wording is known.
    static func problem(_ english: String) -> String {
        problems[english].map { "\($0)（\(english)）" } ?? english
    }

    static func context(_ english: String) -> String {
        contexts[english] ?? english
    }
}
