#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, refusing files larger than a limit
/// before reading them into memory.
enum FileReader {
    enum Failure: Error {
        case unreadable(reason: String)
        case tooLarge(size: Int)
    }

    static func readAll(path: String, maxBytes: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(.unreadable(reason: reason(for: errno))) }
        defer { close(descriptor) }

        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(reason: reason(for: errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable(reason: reason(for: EISDIR))) }
        let size = Int(status.st_size)
        if size > maxBytes { return .failure(.tooLarge(size: size)) }

        // Read until end of file rather than trusting st_size: pipes and /proc files report 0.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let readCount = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if readCount < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: reason(for: errno)))
            }
            if readCount == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<readCount])
            if bytes.count > maxBytes { return .failure(.tooLarge(size: bytes.count)) }
        }
    }

    private static func reason(for code: Int32) -> String {
        switch code {
        case ENOENT: "文件不存在"
        case EACCES, EPERM: "没有读取权限"
        case EISDIR: "这是一个目录"
        default: String(cString: strerror(code))
        }
    }
}
