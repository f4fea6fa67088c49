/// A libyaml parser event, copied out of C memory into Swift values.
enum ParserEvent {
    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    case alias(anchor: String, location: SourceLocation)
    case scalar(Scalar, anchor: String?, tag: String?, location: SourceLocation)
    case sequenceStart(anchor: String?, tag: String?, location: SourceLocation)
    case sequenceEnd
    case mappingStart(anchor: String?, tag: String?, location: SourceLocation)
    case mappingEnd
}
