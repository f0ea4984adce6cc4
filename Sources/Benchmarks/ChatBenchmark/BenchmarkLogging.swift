import Foundation
import Logging
import MeshLogging

/// How the benchmark logs: as `mesh serve` does (JSON lines, PII redacted; `MESH_LOG_FORMAT=text` for
/// plain lines, `MESH_LOG_LEVEL` for the level), but quiet by default (warnings and errors only, so a
/// failed turn still shows) and on standard error, so that the figures on standard output stay readable.
/// An info line per gRPC call would also add its own cost to the CPU per turn being measured.
enum BenchmarkLogging {
  /// Bootstraps swift-log once, before any service starts.
  static func bootstrap() {
    let environment = ProcessInfo.processInfo.environment
    let level = environment["MESH_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .warning
    if environment["MESH_LOG_FORMAT"]?.lowercased() == "text" {
      MeshLoggingSystem.bootstrapText(level: level)
    } else {
      MeshLoggingSystem.bootstrap(service: "chat-benchmark", level: level, sink: StandardOutputSink.standardError)
    }
  }
}
