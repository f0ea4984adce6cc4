import Foundation
import MeshPostgres

/// Stops the benchmark's PostgreSQL and removes its folder when SIGINT or SIGTERM arrives, then exits
/// (128 + the signal): a benchmark interrupted mid-run leaves no server behind. Caught through Dispatch
/// signal sources, as `mesh up` does: other threads run already, so a per-thread mask could not catch them.
/// (A signal while the cluster is still being made stops it too, but the start-up may then fail loudly on
/// the files removed under it.)
final class ClusterStopOnSignal: @unchecked Sendable {
  private var sources: [any DispatchSourceSignal] = []

  /// Starts catching the signals for `cluster`, whose files live under `root`.
  init(cluster: EmbeddedPostgres, root: String) {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: DispatchQueue(label: "chat-benchmark.signal"))
      source.setEventHandler {
        FileHandle.standardError.write(Data("ChatBenchmark: signal \(number), stopping PostgreSQL\n".utf8))
        // Immediate: the data is thrown away next, so nothing is worth a checkpoint. `stop` runs pg_ctl as
        // the cluster's owner (also as root); this queue's thread waits for it, the task runs elsewhere.
        let stopped = DispatchSemaphore(value: 0)
        Task {
          try? await cluster.stop(mode: "immediate")
          stopped.signal()
        }
        _ = stopped.wait(timeout: .now() + 30)
        try? FileManager.default.removeItem(atPath: root)
        // `_exit`, not `exit`: the other threads still run, and no exit handler should race them.
        _exit(128 + number)
      }
      source.resume()
      sources.append(source)
    }
  }
}
