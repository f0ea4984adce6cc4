import MeshTestSupport

/// The nlu service's intent heads stored in the models folder (`HeadStore`'s keyed .nluhead files) before
/// a test starts `mesh up` with an nlu service. A first start on a models folder embeds the training
/// utterances and fits the heads: 23 s of CPU in release, many minutes in a debug build on a loaded
/// machine, longer than the supervisor's start-up allowance (10 × 60 s) that the test means to exercise
/// with a service that starts as it does every later time. `mesh nlu prepare` runs the service's own
/// loading (`FineIntentEngine.load`, the same keys and folder), as `run.sh` does before `mesh up`, so once it
/// has run the service reads the heads in about a second. Its bound is a guard against a hung process, not a measure of speed.
enum StoredNLUHeads {
  /// One run per test process: every later caller waits for the same one.
  private static let run = Task { try await MeshBinary.run(["nlu", "prepare"], seconds: 1800) }

  /// Waits until the heads are stored (at once when a start stored them before).
  /// - Throws: `Failure` when the command fails: its output says why.
  static func ensure() async throws {
    let result = try await run.value
    guard result.status == 0 else { throw Failure(description: "mesh nlu prepare failed (\(result.status)): \(result.output)") }
  }

  /// `mesh nlu prepare` failed.
  struct Failure: Error, CustomStringConvertible {
    /// Its status and output.
    let description: String
  }
}
