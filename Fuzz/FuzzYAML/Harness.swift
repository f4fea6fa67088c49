import FuzzSupport
import JixiaoYAML

/// One fuzzing input: the YAML layer (libyaml events → node tree with limits) on arbitrary bytes.
func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    _ = try? YAMLLoader().loadAll(bytes: bytes, file: "fuzz.yaml")
    return 0
}

@main
enum Harness {
    static func main() { FuzzDriver.run { data, size in fuzzYAML(data, size) } }
}
