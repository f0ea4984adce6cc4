import Foundation
import MeshPostgres

/// Stops the benchmark's PostgreSQL and removes its folder when SIGINT or SIGTERM arrives, then exits
/// (128 + the signal): a benchmark interrupted mid-run leaves no server behind. Caught through Dispatch
/// signal sources, as `mesh up` does: other threads run already, so a per-thread mask could not catch them.
final class ClusterStopOnSignal: @unchecked Sendable {
  private var sources: [any DispatchSourceSignal] = []

  /// Starts catching the signals for `cluster`, whose files live under `root`.
  init(cluster: EmbeddedPostgres, root: String) {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: DispatchQueue(label: "chat-benchmark.signal"))
      source.setEventHandler {
        FileHandle.standardError.write(Data("ChatBenchmark: signal \(number), stopping PostgreSQL\n".utf8))
        // Immediate: the data is thrown away next, so nothing is worth a checkpoint.
        let stop = Process()
        stop.executableURL = URL(fileURLWithPath: cluster.binDirectory + "/pg_ctl")
        stop.arguments = ["-D", cluster.dataDirectory, "-m", "immediate", "-w", "-t", "30", "stop"]
        stop.standardOutput = FileHandle.nullDevice
        stop.standardError = FileHandle.nullDevice
        if (try? stop.run()) != nil { stop.waitUntilExit() }
        try? FileManager.default.removeItem(atPath: root)
        exit(128 + number)
      }
      source.resume()
      sources.append(source)
    }
  }
}
