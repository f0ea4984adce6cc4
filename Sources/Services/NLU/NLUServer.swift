import Foundation
public import MeshServiceKit

/// Starts the NLU service alone (`mesh serve nlu`); it needs no database.
public enum NLUServer {
  /// Loads the engine (the sentence encoder's head when its weights are installed, else the n-gram model,
  /// saying which on stderr) and serves on the configured address. The setting `model-dir` names the
  /// encoder's folder (as `MESH_MODEL_DIR` does).
  /// - Parameter configuration: the address and settings.
  public static func start(_ configuration: ServiceConfiguration) async throws -> RunningService {
    try await start(configuration) { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
  }

  /// As `start(_:)`, with the engine's log line going to `log`.
  /// - Parameters:
  ///   - configuration: the address and settings.
  ///   - log: receives the line saying which engine runs and why.
  public static func start(_ configuration: ServiceConfiguration, log: (String) -> Void) async throws -> RunningService {
    var environment = ProcessInfo.processInfo.environment
    if let directory = configuration.settings["model-dir"] { environment["MESH_MODEL_DIR"] = directory }
    let engine = FineIntentEngine.load(environment: environment, log: log)
    return try RunningService.start(name: "nlu", services: [NLUServiceProvider(engine: engine)], configuration: configuration)
  }
}
