import MeshNLUService
import MeshServiceKit
import Testing

/// The nlu service's `max_batch` setting (the most texts per forward pass of the encoder; 1 turns the
/// batching of concurrent calls off, as ChatBenchmark's `--nlu-max-batch 1` does to measure it).
@Suite struct NLUBatchSettingTests {
  /// Refused with a clear error, before the engine loads (which takes seconds): nothing is logged.
  @Test(arguments: ["0", "257", "-1", "many", ""])
  func aMaxBatchOutsideOneTo256IsRefused(_ value: String) async throws {
    let configuration = try ServiceHarness.configuration(database: false, settings: ["max_batch": value])
    var log: [String] = []
    do {
      let service = try await NLUServer.start(configuration) { log.append($0) }
      await service.shutdown(gracePeriod: .seconds(1))
      Issue.record("max_batch '\(value)' was accepted")
    } catch let error as ServiceSetupError {
      #expect(error.description.contains("max_batch"), "\(error)")
    }
    #expect(log.isEmpty, "\(log)")
  }
}
