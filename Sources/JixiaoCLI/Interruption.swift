import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM: runs a cleanup, then exits with 128 + the signal number, as shells expect.
///
/// The signals are ignored for the default action and delivered to dispatch sources instead, so the
/// cleanup runs on an ordinary thread where removing files is safe.
enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func onInterrupt(_ cleanup: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                cleanup()
                StandardError.write("\n已中断：本次运行的临时文件已删除，输出目录保持上次完整运行的结果。")
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
