import Foundation
public import MeshServiceKit

/// Starts the NLU service alone (`mesh serve nlu`); it needs no database.
public enum NLUServer {
  /// Loads the engine (the sentence encoder's head when its weights are installed, else the n-gram model,
  /// saying which on stderr) and serves on the configured address. The setting `model-dir` names the
  /// encoder's folder (as `MESH_MODEL_DIR` does), `max_batch` the most texts one forward pass of the encoder
  /// takes (32; 1 turns the batching of concurrent calls off).
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
    // Checked before the engine loads (seconds): a bad setting fails at once.
    let maxBatch = try configuration.settings["max_batch"].map { text in
      guard let value = Int(text), (1...256).contains(value) else {
        throw ServiceSetupError("max_batch must be a whole number from 1 to 256, not '\(text)'")
      }
      return value
    } ?? NLUServiceProvider.maxBatch
    let engine = FineIntentEngine.load(environment: environment, log: log)
    return try RunningService.start(name: "nlu", services: [NLUServiceProvider(engine: engine, maxBatch: maxBatch)],
                                    configuration: configuration)
  }
}
