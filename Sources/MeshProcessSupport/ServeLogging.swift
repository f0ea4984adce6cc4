import Foundation
import Logging
import MeshLogging

/// How `mesh serve` logs: JSON lines on standard output (time, level, service, request and trace ids,
/// PII redacted) by default, what a log pipeline reads; `MESH_LOG_FORMAT=text` for plain lines on
/// standard error, `MESH_LOG_LEVEL` (trace ... critical, default info) for the level. `mesh up` sets both
/// from the mesh file's `logging:` section.
public enum ServeLogging {
  /// The environment variable of the format.
  public static let formatVariable = "MESH_LOG_FORMAT"
  /// The environment variable of the level.
  public static let levelVariable = "MESH_LOG_LEVEL"

  /// Bootstraps swift-log once for this process.
  /// - Parameter service: the service name every line carries.
  public static func bootstrap(service: String) {
    let environment = ProcessInfo.processInfo.environment
    let level = environment[levelVariable].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
    if environment[formatVariable]?.lowercased() == "text" {
      MeshLoggingSystem.bootstrapText(level: level)
    } else {
      MeshLoggingSystem.bootstrap(service: service, level: level)
    }
  }
}
