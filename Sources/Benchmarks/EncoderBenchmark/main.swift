// The sentence encoder's speed and memory beside the n-gram model's, printed, not asserted. One core:
// the encoder's kernels are single-threaded (and the numpy reference runs with OPENBLAS_NUM_THREADS=1).
// Each figure is given in wall time and in this thread's CPU time: on a shared, loaded machine the
// CPU time is what the code costs, the wall time what it got.
//
//     swift run -c release EncoderBenchmark [--rounds N] [--compare]
//
// --compare measures the half, bfloat16, AMX and int8 products that run on this CPU one after another in this
// process and prints a table; without it, the encoder's automatic choice alone.
import Foundation
import MeshEncoder
import MeshIntent
import MeshNLU

/// Resident memory of this process in bytes (VmRSS).
func residentBytes() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
        let kb = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
  return kb * 1024
}

/// CPU time this thread has used, in seconds.
func cpuSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }

let arguments = CommandLine.arguments
let rounds = arguments.firstIndex(of: "--rounds").flatMap { i in i + 1 < arguments.count ? Int(arguments[i + 1]) : nil } ?? 3
let texts = CommerceModel.utterances.map(\.text)
let clock = ContinuousClock()
print("EncoderBenchmark: \(texts.count) commerce utterances, \(rounds) rounds, one thread, encoder kernels"
      + " \(SentenceEncoder.instructionSet)")

// The n-gram model: memory of the shipped model, then per-message time.
let rssBeforeNgram = residentBytes()
let ngram = CommerceModel.shared
let rssNgram = residentBytes() - rssBeforeNgram
var sink = 0
let ngramTime = clock.measure { for _ in 0..<rounds { for t in texts { sink &+= ngram.classify(t).intent.count } } }
print(String(format: "n-gram model: %.1f µs/message at batch 1 (%.0f messages/s), model memory (RSS delta) %@",
             seconds(ngramTime) / Double(rounds * texts.count) * 1e6, Double(rounds * texts.count) / seconds(ngramTime),
             mb(rssNgram)))

// The encoder: the automatic choice, or with --compare every product this CPU runs, one after another in
// this process (same load, same warm caches), then a table side by side.
struct EncoderFigures {
  let precision: WeightPrecision
  let modelBytes: Int
  let batch1CPU: Double, batch1Median: Double, batch1P90: Double
  let sortedPerCPUSecond: Double, unsortedPerCPUSecond: Double
}

@MainActor func measure(_ precision: WeightPrecision?, rounds: Int) -> EncoderFigures? {
  let rssBefore = residentBytes()
  let encoder: SentenceEncoder
  do {
    encoder = try precision.map { try SentenceEncoder(directory: ModelDirectory.locate(), precision: $0) } ?? SentenceEncoder()
  } catch {
    print("\(error)")
    return nil
  }
  let rssModel = residentBytes() - rssBefore
  print("encoder weights: \(encoder.precision)" + (precision == nil
    ? " (the automatic choice: the fastest of half, bfloat16 and amx that run here, timed once; MESH_KERNELS_PRODUCT forces one)"
    : ""))
  let tokens = texts.map { encoder.tokenizer.encode($0).count }
  print(String(format: "  model memory (RSS delta after loading) %@; tokens per message %.1f on average (%d max)",
               mb(rssModel), Double(tokens.reduce(0, +)) / Double(tokens.count), tokens.max() ?? 0))
  for t in texts.prefix(20) { _ = encoder.embed(t) }  // warm-up
  var latencies: [Double] = []
  var floatSink: Float = 0
  let singleCPUStart = cpuSeconds()
  for _ in 0..<rounds {
    for t in texts {
      let d = clock.measure { floatSink += encoder.embed(t)[0] }
      latencies.append(seconds(d) * 1000)
    }
  }
  let singleCPU = (cpuSeconds() - singleCPUStart) / Double(rounds * texts.count) * 1000
  latencies.sort()
  let mean = latencies.reduce(0, +) / Double(latencies.count)
  print(String(format: "  batch 1: CPU %.2f ms per message (%.0f messages/s per core); wall mean %.2f ms,"
               + " median %.2f ms, p90 %.2f ms", singleCPU, 1000 / singleCPU, mean, latencies[latencies.count / 2],
               latencies[latencies.count * 9 / 10]))
  var sink = 0
  let tokenizeTime = clock.measure { for t in texts { sink &+= encoder.tokenizer.encode(t).count } }
  print(String(format: "  of which tokenising: %.1f µs per message", seconds(tokenizeTime) / Double(texts.count) * 1e6))
  var batchCPU = cpuSeconds()
  let batchTime = clock.measure {
    for _ in 0..<rounds { for e in EmbeddingBatches.embed(texts, encoder: encoder, batchSize: 32) { floatSink += e[0] } }
  }
  batchCPU = cpuSeconds() - batchCPU
  print(String(format: "  batches of 32 (sorted by length): %.0f messages per CPU second (wall %.0f messages/s)",
               Double(rounds * texts.count) / batchCPU, Double(rounds * texts.count) / seconds(batchTime)))
  var unsortedCPU = cpuSeconds()
  let unsortedTime = clock.measure {
    for _ in 0..<rounds {
      for start in stride(from: 0, to: texts.count, by: 32) {
        for e in encoder.embed(Array(texts[start..<min(start + 32, texts.count)])) { floatSink += e[0] }
      }
    }
  }
  unsortedCPU = cpuSeconds() - unsortedCPU
  print(String(format: "  batches of 32 (in input order): %.0f messages per CPU second (wall %.0f messages/s)",
               Double(rounds * texts.count) / unsortedCPU, Double(rounds * texts.count) / seconds(unsortedTime)))
  print("  peak RSS now \(mb(residentBytes())) (check \(sink) \(floatSink))")
  return EncoderFigures(precision: encoder.precision, modelBytes: rssModel, batch1CPU: singleCPU,
                        batch1Median: latencies[latencies.count / 2], batch1P90: latencies[latencies.count * 9 / 10],
                        sortedPerCPUSecond: Double(rounds * texts.count) / batchCPU,
                        unsortedPerCPUSecond: Double(rounds * texts.count) / unsortedCPU)
}

var encoderDirectory: URL? = nil
if arguments.contains("--compare") {
  let runs = [WeightPrecision.half, .bfloat16, .amx, .int8].filter { precision in
    if precision.runsHere { return true }
    print("encoder weights: \(precision) does not run on this CPU, not measured")
    return false
  }
  // An encoder at a time, each released before the next loads.
  let figures = runs.compactMap { measure($0, rounds: rounds) }
  print("| weights | batch 1, CPU ms/message | batch 1 wall median / p90 ms | batches of 32 sorted, msg per CPU s"
        + " | in input order | model memory |")
  print("| --- | --- | --- | --- | --- | --- |")
  for f in figures {
    print(String(format: "| %@ | %.2f | %.2f / %.2f | %.0f | %.0f | %@ |", "\(f.precision)", f.batch1CPU, f.batch1Median,
                 f.batch1P90, f.sortedPerCPUSecond, f.unsortedPerCPUSecond, mb(f.modelBytes)))
  }
  print("(model memory: only the first encoder's RSS delta is its own; later ones reuse what the previous freed."
        + " Run without --compare, MESH_KERNELS_PRODUCT=half|bf16|amx|int8, for each one's.)")
  if figures.isEmpty { exit(1) }
  print("the automatic choice here: \(WeightPrecision.automatic)")
} else if measure(nil, rounds: rounds) == nil {
  exit(1)
}
encoderDirectory = try? ModelDirectory.locate()

// numpy's reference over the same safetensors and texts, when the test venv is there.
let python = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
let venv = python.appendingPathComponent(".venv/bin/python").path
let peer = python.appendingPathComponent("Tests/MeshEncoderTests/Peers/minilm_reference.py").path
if FileManager.default.isExecutableFile(atPath: venv) {
  let input = FileManager.default.temporaryDirectory.appendingPathComponent("encoder-bench-\(getpid()).json")
  defer { try? FileManager.default.removeItem(at: input) }
  if let data = try? JSONSerialization.data(withJSONObject: Array(texts.prefix(400))), (try? data.write(to: input)) != nil {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: venv)
    process.arguments = [peer, "bench", encoderDirectory?.path ?? "", input.path]
    var environment = ProcessInfo.processInfo.environment
    environment["OPENBLAS_NUM_THREADS"] = "1"
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
      try process.run()
      let out = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      print("reference (400 utterances, float32): " + String(decoding: out, as: UTF8.self), terminator: "")
    } catch { print("numpy reference not run: \(error)") }
  }
} else {
  print("numpy reference not run: no .venv (mesh/scripts/install-deps.sh --test-peers)")
}
