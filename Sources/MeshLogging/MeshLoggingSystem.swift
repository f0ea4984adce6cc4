public import Logging

/// Makes the JSON-lines handler every logger's backend, once per process, at start-up.
public enum MeshLoggingSystem {
  /// Bootstraps swift-log: every `Logger(label:)` then writes JSON lines for `service` at `level` and above,
  /// and so do `ProcessLines`.
  public static func bootstrap(service: String, level: Logger.Level = .info, sink: any LogSink = StandardOutputSink.shared) {
    ProcessLines.useJSON(service: service, sink: sink)
    LoggingSystem.bootstrap { label in JSONLinesLogHandler(label: label, service: service, level: level, sink: sink) }
  }

  /// Bootstraps plain text lines on standard error (swift-log's own handler), for a terminal.
  public static func bootstrapText(level: Logger.Level = .info) {
    ProcessLines.usePlainText()
    LoggingSystem.bootstrap { label in
      var handler = StreamLogHandler.standardError(label: label)
      handler.logLevel = level
      return handler
    }
  }
}
