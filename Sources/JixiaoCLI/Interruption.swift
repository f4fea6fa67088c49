import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM: runs a cleanup, then exits with 128 + the signal number, as shells expect.
///
/// The signals are ignored for the default action and delivered to dispatch sources instead, so the
/// cleanup runs on an ordinary thread where removing files is safe.
enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// `message` is written to standard error after the cleanup, e.g. what state the outputs are in.
    static func onInterrupt(message: String, _ cleanup: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                cleanup()
                StandardError.write("\n已中断：" + message)
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
