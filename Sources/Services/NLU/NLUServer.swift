public import MeshServiceKit

/// Starts the NLU service alone (`mesh serve nlu`); it needs no database.
public enum NLUServer {
  /// Loads the model and serves on the configured address.
  /// - Parameter configuration: the address.
  public static func start(_ configuration: ServiceConfiguration) async throws -> RunningService {
    try RunningService.start(name: "nlu", services: [NLUServiceProvider()], configuration: configuration)
  }
}
