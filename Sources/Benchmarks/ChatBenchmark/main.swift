// Chat turns per second through the assistant's services and the time to the first reply chunk, with
// template replies: chat → queue → processor → nlu, context, the adapters → the marketplace → PostgreSQL,
// every hop a real socket, on an embedded cluster with fsync on (as `mesh up` runs it). Figures are
// printed, never asserted.
//
//   swift run -c release ChatBenchmark [--users N] [--turns T] [--workers W] [--max-workers M] [--nlu-max-batch B]
//                                      [--fsync-off] [--statements] [--rate R] [--help]
//
// `--workers` is the processor's floor of workers, `--max-workers` its ceiling while turns queue up (the
// processor's default when absent; `--max-workers` equal to `--workers` for a fixed count, as before 2026-12-03).
// `--nlu-max-batch` is the most texts per forward pass of the nlu service's encoder (1: no batching).
//
// Logs are JSON lines on standard error, warnings and errors only (`MESH_LOG_LEVEL=info` for every call);
// an interrupt (SIGINT, SIGTERM) stops the benchmark's PostgreSQL before the process exits.
//
// Besides turns/s and the time to the first reply chunk it prints where a turn's time goes (the stages
// the chat service and the processor record in `TurnStageTimings`), the machine (CPU model, load), and
// with `--statements` the SQL statements per turn from pg_stat_statements; and where the slowest turns wait
// (`TurnTimeline`: every turn cut at the moments it passed, averaged over the median and the slowest turns).
import AdapterSupport
// mimalloc as the process's malloc, as `mesh serve` runs the services (glibc's malloc measured other services).
import CMimalloc
import Foundation
import Marketplace
import MarketplaceAdapters
import MeshAnalyticsService
import MeshChatService
import MeshContextService
import MeshCore
import MeshMetrics
import MeshNLUService
import MeshPostgres
import MeshProcessorService
import MeshProtos
import MeshServiceKit
import MeshTransport
import Synchronization

struct Options {
  var users = 32
  var turns = 20
  var workers = 8
  var maxWorkers: Int?
  var nluMaxBatch: Int?
  var fsyncOff = false
  var statements = false
  /// `--rate R`: an open loop, R turns per second offered (nil: closed loop, each user's next turn as soon as its reply is in).
  var rate: Double?
  /// `--help`: print the usage and exit before starting anything (the allocator test runs it so).
  var help = false

  init(_ arguments: [String]) {
    var index = 0
    while index < arguments.count {
      let value = index + 1 < arguments.count ? arguments[index + 1] : ""
      switch arguments[index] {
      case "--users": users = Int(value) ?? users; index += 1
      case "--turns": turns = Int(value) ?? turns; index += 1
      case "--workers": workers = Int(value) ?? workers; index += 1
      case "--max-workers": maxWorkers = Int(value); index += 1
      case "--nlu-max-batch": nluMaxBatch = Int(value); index += 1
      case "--fsync-off": fsyncOff = true
      case "--statements": statements = true
      case "--rate": rate = Double(value).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }; index += 1
      case "--help", "-h": help = true
      default: print("ignoring \(arguments[index])")
      }
      index += 1
    }
  }
}

/// What the users say, in turn: order questions (adapter calls and SQL), search, small talk.
let script = [
  "where is my order {order}?", "show me black shoes under 150 euros", "hello", "track my parcel for order {order}",
  "was I charged for order {order}?", "cheaper ones", "thanks", "show me my account details",
]

/// Latencies of every turn, in milliseconds.
final class Samples: Sendable {
  private let values = Mutex<(firstChunk: [Double], whole: [Double], failures: Int, late: Int)>(([], [], 0, 0))
  func add(firstChunk: Double, whole: Double) { values.withLock { $0.firstChunk.append(firstChunk); $0.whole.append(whole) } }
  func fail() { values.withLock { $0.failures += 1 } }
  /// A turn of the open loop sent more than 1 ms after it was due (its user's previous turn was still running).
  func late() { values.withLock { $0.late += 1 } }
  var snapshot: (firstChunk: [Double], whole: [Double], failures: Int, late: Int) { values.withLock { $0 } }
}

func milliseconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
  guard !sorted.isEmpty else { return .nan }
  return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p + 0.5))]
}

/// The CPU model (as lscpu names it) and the load average, so figures from a shared machine can be judged.
func machine() -> String {
  let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
  let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":", maxSplits: 1).last
    .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
  return "\(model), \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadAverage())"
}

func loadAverage() -> String {
  ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
}

/// CPU seconds used so far by this process (every service but PostgreSQL) and by the cluster's server
/// processes (the postmaster, its children alive now, and those it reaped): per turn, a figure that the
/// other work on a shared machine disturbs much less than wall time.
func cpuSeconds(dataDirectory: String) -> (services: Double, postgres: Double) {
  let tick = Double(sysconf(Int32(_SC_CLK_TCK)))
  func fields(_ pid: String) -> [Substring]? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return nil }
    // After "pid (comm)": state is field 3, ppid 4, utime 14, stime 15, cutime 16, cstime 17.
    return Array(stat[stat.index(after: close)...].split(separator: " "))
  }
  func seconds(_ values: [Substring], _ indexes: [Int]) -> Double {
    indexes.reduce(0) { $0 + (Double(values[$1 - 3]) ?? 0) } / tick
  }
  let services = fields("self").map { seconds($0, [14, 15]) } ?? .nan
  guard let pidLine = (try? String(contentsOfFile: dataDirectory + "/postmaster.pid", encoding: .utf8))?.split(separator: "\n").first,
        let postmaster = fields(String(pidLine)) else { return (services, .nan) }
  var postgres = seconds(postmaster, [14, 15, 16, 17])
  for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where entry.allSatisfy(\.isNumber) {
    if let values = fields(entry), values.count > 14, values[1] == pidLine { postgres += seconds(values, [14, 15]) }
  }
  return (services, postgres)
}

/// Voluntary context switches so far (a thread that blocks and is woken again: a wake-up) of this process's
/// threads and of the cluster's server processes alive now; per turn, how often a turn puts a thread to sleep
/// and wakes one, a figure the machine's load hardly changes (involuntary switches, which it does, are left out).
func wakeUps(dataDirectory: String) -> (services: Int, postgres: Int) {
  func voluntary(_ pid: String) -> Int {
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
    return tasks.reduce(0) { total, task in
      guard let status = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("voluntary_ctxt_switches:") }) else { return total }
      return total + (Int(line.split(separator: "\t").last ?? "") ?? 0)
    }
  }
  let services = voluntary("self")
  guard let pidLine = (try? String(contentsOfFile: dataDirectory + "/postmaster.pid", encoding: .utf8))?.split(separator: "\n").first
  else { return (services, 0) }
  var postgres = voluntary(String(pidLine))
  for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where entry.allSatisfy(\.isNumber) {
    guard let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { continue }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    if fields.count > 1, fields[1] == pidLine { postgres += voluntary(entry) }
  }
  return (services, postgres)
}

/// The sum of a counter's series in the process's registry (every in-process service reports there).
func counterTotal(_ name: String) -> Double {
  MetricsRegistry.process.exposition().split(separator: "\n").reduce(0) { total, line in
    guard line.hasPrefix(name), line.dropFirst(name.count).first.map({ $0 == "{" || $0 == " " }) == true,
          let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { return total }
    return total + value
  }
}

func rssMiB() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
        let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
  return kib / 1024
}

let usage = """
  usage: ChatBenchmark [--users N] [--turns T] [--workers W] [--max-workers M] [--nlu-max-batch B] [--fsync-off] [--statements] [--rate R]
    --users N          concurrent users, each its own conversation (default 32)
    --turns T          turns per user in the measured run (default 20)
    --workers W        the processor's floor of workers (default 8)
    --max-workers M    the processor's ceiling of workers while turns queue up (default: the processor's)
    --nlu-max-batch B  the most texts per forward pass of the nlu encoder (1: no batching)
    --fsync-off        run the embedded PostgreSQL with fsync off
    --statements       print the SQL statements per turn (pg_stat_statements)
    --rate R           open loop: R turns per second offered in all, turn i of the run due at i/R s (user i mod N);
                       times count from when a turn was due (default: closed loop, a user's next turn when its reply is in)
  """
BenchmarkLogging.bootstrap()
let options = Options(Array(CommandLine.arguments.dropFirst()))
if options.help {
  print(usage)
  exit(0)
}
let root = "/tmp/meshchatbench-\(UUID().uuidString.prefix(8))"
try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
var clusterSettings = ["max_connections": "100"]
if options.fsyncOff { clusterSettings["fsync"] = "off" }
if options.statements { clusterSettings["shared_preload_libraries"] = "pg_stat_statements" }
let cluster = try EmbeddedPostgres(dataDirectory: root + "/data", settings: clusterSettings)
// From here on, SIGINT and SIGTERM stop the cluster (it would outlive the process otherwise).
let stopOnSignal = ClusterStopOnSignal(cluster: cluster, root: root)
try await cluster.start()
let group = EventLoopGroup()
var running: [RunningService] = []
var marketplace: Marketplace?
var adapters: AdapterServer?
do {
  print("ChatBenchmark: \(options.users) users × \(options.turns) turns, \(options.workers) processor workers"
        + " (at most \(options.maxWorkers.map(String.init) ?? "the processor's default")), "
        + "fsync \(options.fsyncOff ? "off" : "on"); \(machine()); starting the stack…")
  let market = try await Marketplace.start(
    MarketplaceConfiguration(port: 0, database: cluster.configuration, seed: 42, counts: .init(listings: 5_000, users: 1_000, orders: 8_000)),
    group: group)
  marketplace = market
  let adapterServer = try MarketplaceAdapters.start(AdapterConfiguration(marketplace: MarketplaceClientConfiguration(
    baseURL: "http://127.0.0.1:\(market.address.port)", timeout: .seconds(5))), group: group)
  adapters = adapterServer
  var base = ServiceConfiguration(port: 0, databaseURL: cluster.connectionURL)
  var nluConfiguration = base
  if let batch = options.nluMaxBatch { nluConfiguration.settings["max_batch"] = String(batch) }
  let nlu = try await NLUServer.start(nluConfiguration)
  let context = try await ContextServer.start(base)
  let analytics = try await AnalyticsServer.start(base)
  let chat = try await ChatServer.start(base)
  running += [nlu, context, analytics, chat]
  base.dependencies = ["nlu": nlu.target, "context": context.target, "analytics": analytics.target]
  for name in ["order", "shipping", "payment", "user", "search"] { base.dependencies[name] = "127.0.0.1:\(adapterServer.address.port)" }
  base.settings["workers"] = String(options.workers)
  if let maxWorkers = options.maxWorkers { base.settings["max_workers"] = String(maxWorkers) }
  running.append(try await ProcessorServer.start(base))

  let pool = PostgresPool(configuration: cluster.configuration, maxConnections: 1)
  if options.statements { try await pool.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements") }
  let people = try await pool.execute(
    "SELECT user_id, min(id) FROM marketplace.orders GROUP BY user_id ORDER BY user_id LIMIT $1", [options.users]
  ).rows.map { (try $0.decode(String.self, at: 0), try $0.decode(String.self, at: 1)) }

  let channel = try GRPCChannel(host: chat.address.host, port: chat.address.port, group: group)
  let client = Mesh_Chat_V1_ChatService.Client(wrapping: GRPCClient(transport: channel))
  /// Each user runs `turns` turns in order. Closed loop (`rate` nil): a user sends its next message as soon as
  /// its reply is in, so turns/s follows the latency (users / mean time per turn, Little's law). Open loop:
  /// turn `i` of the run (user `i % users`) is due at `i / rate` seconds, and its times count from when it
  /// was due, so a turn that waited for its user's previous one counts that wait (no coordinated omission).
  func run(users: [(String, String)], turns: Int, rate: Double? = nil, samples: Samples) async {
    let begun = ContinuousClock.now
    await withTaskGroup(of: Void.self) { tasks in
      for (index, person) in users.enumerated() {
        tasks.addTask {
          var conversation = ""
          for turn in 0..<turns {
            var request = Mesh_Chat_V1_SendMessageRequest()
            request.text = script[(turn + index) % script.count].replacingOccurrences(of: "{order}", with: person.1)
            request.conversationID = conversation
            let clientID = UUID().uuidString
            request.clientMessageID = clientID
            var due: ContinuousClock.Instant?
            if let rate {
              let at = begun + .seconds(Double(turn * users.count + index) / rate)
              if at > .now { try? await Task.sleep(until: at, clock: .continuous) } else if ContinuousClock.now - at > .milliseconds(1) { samples.late() }
              due = at
            }
            let sent = ContinuousClock.now
            let start = due ?? sent
            TurnTimeline.shared.mark(clientID, .clientSent, at: sent)
            do {
              let first: Duration? = try await client.streamReply(request, metadata: CallerIdentity.metadata(for: person.0),
                                                                  options: CallOptions(timeout: .seconds(30))) { chunks in
                var first: Duration?
                for try await chunk in chunks {
                  if first == nil {
                    let now = ContinuousClock.now
                    TurnTimeline.shared.mark(clientID, .clientFirstChunk, at: now)
                    first = now - start
                  }
                  if case .finalMessage(let message)? = chunk.chunk, conversation.isEmpty { conversation = message.conversationID }
                }
                return first
              }
              samples.add(firstChunk: milliseconds(first ?? ContinuousClock.now - start), whole: milliseconds(ContinuousClock.now - start))
            } catch {
              samples.fail()
            }
          }
        }
      }
    }
  }

  // Warm-up: connections, prepared statements, the marketplace's caches. Every user at once, as in the
  // measured run, so the pools have grown to what that concurrency needs (4 users left them growing
  // during the run: ~0.06 new connections per turn, each a connection's start in the figures).
  await run(users: people, turns: 2, samples: Samples())
  if options.statements { try await pool.execute("SELECT pg_stat_statements_reset()") }
  TurnStageTimings.shared.enable()
  TurnTimeline.shared.enable()
  let samples = Samples()
  let cpuBefore = cpuSeconds(dataDirectory: root + "/data")
  let wakeUpsBefore = wakeUps(dataDirectory: root + "/data")
  let readingsBefore = HistogramReadings()
  let openedBefore = counterTotal("mesh_db_pool_connections_opened_total")
  let start = ContinuousClock.now
  await run(users: people, turns: options.turns, rate: options.rate, samples: samples)
  let elapsed = milliseconds(ContinuousClock.now - start) / 1000
  let cpuAfter = cpuSeconds(dataDirectory: root + "/data")
  let wakeUpsAfter = wakeUps(dataDirectory: root + "/data")
  let stages = TurnStageTimings.shared.drain()
  TurnTimeline.shared.disable()
  let timeline = TurnTimeline.shared.drainComplete()
  let readingsAfter = HistogramReadings()
  let openedDuringRun = counterTotal("mesh_db_pool_connections_opened_total") - openedBefore
  let result = samples.snapshot
  let first = result.firstChunk.sorted(), whole = result.whole.sorted()
  print(String(format: "turns: %d in %.2f s = %.0f turns/s, %d failed", whole.count, elapsed, Double(whole.count) / elapsed, result.failures)
        + (options.rate.map { String(format: "; open loop at %.0f turns/s offered, %d turns sent late (times count from when each was due)", $0, result.late) }
           ?? String(format: "; closed loop: %d users / %.0f turns/s = %.1f ms per turn on average (Little's law)", options.users,
                     Double(whole.count) / elapsed, Double(options.users) * 1000 * elapsed / Double(max(whole.count, 1)))))
  print(String(format: "time to first reply chunk: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms", percentile(first, 0.5), percentile(first, 0.9),
               percentile(first, 0.99)))
  print(String(format: "whole turn:                p50 %.1f ms, p90 %.1f ms, p99 %.1f ms", percentile(whole, 0.5), percentile(whole, 0.9),
               percentile(whole, 0.99)))
  let turns = Double(max(whole.count, 1))
  print(String(format: "CPU per turn: %.1f ms in the services (this process), %.1f ms in PostgreSQL; %.2f of %d cores busy with them",
               (cpuAfter.services - cpuBefore.services) * 1000 / turns, (cpuAfter.postgres - cpuBefore.postgres) * 1000 / turns,
               (cpuAfter.services - cpuBefore.services + cpuAfter.postgres - cpuBefore.postgres) / elapsed,
               ProcessInfo.processInfo.activeProcessorCount))
  print(String(format: "wake-ups per turn (voluntary context switches): %.1f in the services, %.1f in PostgreSQL",
               Double(wakeUpsAfter.services - wakeUpsBefore.services) / turns, Double(wakeUpsAfter.postgres - wakeUpsBefore.postgres) / turns))
  print(String(format: "PostgreSQL connections opened by the services' pools during the run: %.0f (%.3f per turn)",
               openedDuringRun, openedDuringRun / turns))
  print("where a turn's time goes (ms; counts are per stage, a turn may run a stage several times or not at all):")
  for (stage, values) in stages.sorted(by: { $0.key < $1.key }) {
    let sorted = values.sorted()
    print(String(format: "  %-42@ n %5d  mean %7.2f  p50 %7.2f  p99 %7.2f", stage as NSString, sorted.count,
                 sorted.reduce(0, +) / Double(max(sorted.count, 1)), percentile(sorted, 0.5), percentile(sorted, 0.99)))
  }
  print("where the slowest turns wait (each turn cut at the moments it passed, \(timeline.count) of \(whole.count) turns complete):")
  for line in TurnTimelineReport.lines(timeline) { print(line) }
  print("behind the stages (the server side of each gRPC call, the adapters' marketplace requests, pool waits, statements):")
  for line in readingsAfter.lines(since: readingsBefore, turns: turns) { print(line) }
  let passes = readingsAfter.difference("mesh_nlu_encoder_batch_texts", since: readingsBefore)
  print(String(format: "nlu encoder: %.2f forward passes per turn, %.2f texts per pass (at most %@)", passes.count / turns,
               passes.sum / max(passes.count, 1), (options.nluMaxBatch.map(String.init) ?? "the service's default") as NSString))
  let workersNow = MetricsRegistry.process.gauge("mesh_queue_consumer_workers", help: "", labels: ["queue"]).labels(ChatTurn.queue).value
  print(String(format: "processor workers at the end of the run: %.0f", workersNow))
  if options.statements {
    let top = try await pool.execute("""
      SELECT calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements
      ORDER BY calls DESC LIMIT 25
      """)
    let calls = try await pool.execute("SELECT sum(calls)::int8, sum(total_exec_time) FROM pg_stat_statements")
    if let row = calls.first, whole.count > 0 {
      print(String(format: "SQL statements per turn: %.1f (%.2f ms of server time per turn)",
                   Double(try row.decode(Int64.self, at: 0)) / Double(whole.count), try row.decode(Double.self, at: 1) / Double(whole.count)))
    }
    for row in top.rows {
      let calls = try row.decode(Int64.self, at: 0)
      print(String(format: "  %7.2f/turn %8.3f ms avg  %@", Double(calls) / Double(max(whole.count, 1)),
                   try row.decode(Double.self, at: 1) / Double(max(calls, 1)), try row.decode(String.self, at: 2) as NSString))
    }
  }
  pool.close()
  print("machine after the run: \(machine())")
  print(String(format: "RSS of this process (every service but PostgreSQL): %.0f MiB", rssMiB()))
  channel.close()
} catch {
  print("ChatBenchmark failed: \(error)")
}
for service in running.reversed() { await service.shutdown(gracePeriod: .seconds(2)) }
await adapters?.stop()
await marketplace?.stop()
group.shutdown()
try? await cluster.stop(mode: "fast")
try? FileManager.default.removeItem(atPath: root)
