import MeshServiceKit
import Testing

@testable import MeshProcessorService

/// The processor's `workers` and `max_workers` settings: the floor of workers and the ceiling they grow
/// to while turns queue up.
@Suite struct ProcessorWorkerCountTests {
  static func counts(_ settings: [String: String]) throws -> [Int] {
    let (workers, maxWorkers) = try ProcessorServer.workerCounts(settings)
    return [workers, maxWorkers]
  }

  @Test func theSettingsAreReadAndBadValuesAreRefused() throws {
    #expect(try Self.counts([:]) == [4, 32])
    #expect(try Self.counts(["workers": "2"]) == [2, 32])
    #expect(try Self.counts(["workers": "40"]) == [40, 40])
    #expect(try Self.counts(["workers": "8", "max_workers": "8"]) == [8, 8])
    #expect(try Self.counts(["max_workers": "64"]) == [4, 64])
    for bad in ["", "abc", "0", "-1", "1.5", "257"] {
      #expect(throws: ServiceSetupError.self, "'\(bad)'") { try ProcessorServer.workerCounts(["workers": bad]) }
      #expect(throws: ServiceSetupError.self, "'\(bad)'") { try ProcessorServer.workerCounts(["max_workers": bad]) }
    }
    #expect(throws: ServiceSetupError.self) { try ProcessorServer.workerCounts(["workers": "8", "max_workers": "4"]) }
  }
}
