import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decodes a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (which covers GBK and GB2312)
/// through iconv. Binary junk is refused.
enum TextDecoder {
    static func decode(_ bytes: [UInt8], name: String) throws(ExtractError) -> (String, String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let text = String(validating: bytes.dropFirst(3), as: UTF8.self) { return (text, "UTF-8") }
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            if let text = String(data: Data(bytes), encoding: .utf16) { return (text, "UTF-16") }
        }
        let controls = bytes.prefix(65536).filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20 && $0 != 0x1B) }.count
        guard controls * 100 <= max(1, min(bytes.count, 65536)) else {
            throw ExtractError("\(name)：这是二进制文件，不是文本文档（支持 .txt、.md、.html、.docx、.xlsx、.pdf）")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, "UTF-8") }
        if let text = iconv(bytes, from: "GB18030") { return (text, "GB18030") }
        throw ExtractError("\(name)：文本编码无法识别（既不是 UTF-8，也不是 GB18030/GBK）")
    }

    /// Encodes UTF-8 text into `encoding` with iconv(3) (for tests and round trips).
    static func iconvEncode(_ text: String, to encoding: String) -> [UInt8]? {
        let cd = iconv_open(encoding, "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                guard Glibc.iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return output.prefix(written).map { UInt8(bitPattern: $0) }
    }

    /// Converts with iconv(3) into UTF-8; nil when the bytes are not valid in `encoding`.
    static func iconv(_ bytes: [UInt8], from encoding: String) -> String? {
        let cd = iconv_open("UTF-8", encoding)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = Glibc.iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft != 0 { return false }
                outBuffer[outBuffer.count - outLeft] = 0
                return true
            }
        }
        guard ok else { return nil }
        return String(validating: output.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
