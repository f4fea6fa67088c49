import Foundation
import ZIPFoundation

/// The parts of a .docx or .xlsx (a ZIP), read with limits: a corrupt, encrypted or bomb-like file is refused.
struct ZipPackage {
    /// No part is inflated beyond this.
    static let maximumPartBytes = 64 << 20

    let archive: Archive
    let name: String
    let kind: String

    init(_ bytes: [UInt8], name: String, kind: String) throws(ExtractError) {
        self.name = name
        self.kind = kind
        // Encrypted Office files are OLE compound files (D0 CF 11 E0), not ZIPs.
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ExtractError("\(name)：\(kind)已加密（或是旧版 .doc/.xls 格式），无法读取；请另存为未加密的 .docx/.xlsx 或导出为文本")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ExtractError("\(name)：\(kind)已损坏，无法作为 ZIP 打开")
        }
    }

    func has(_ path: String) -> Bool { archive[path] != nil }

    var paths: [String] { archive.map(\.path) }

    func data(_ path: String) throws(ExtractError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(Self.maximumPartBytes) else {
            throw ExtractError("\(name)：\(kind)中的 \(path) 解压后过大，拒绝读取")
        }
        var out = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                out.append(chunk)
                if out.count > Self.maximumPartBytes { throw ExtractError("过大") }
            }
        } catch {
            throw ExtractError("\(name)：\(kind)已损坏（\(path) 无法解压）")
        }
        return out
    }
}
