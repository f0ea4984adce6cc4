import Foundation
import MeshIntent
@testable import MeshNLU
import Testing

/// The stored heads of the nlu service (`HeadStore`): read back equal to the fitted head, keyed by every
/// input, refitted when a file is damaged, truncated or of other inputs, and fitted once when starts race.
@Suite struct HeadStoreTests {
  /// A fresh empty folder; removed by the caller.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("head-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A head with every optional part: hidden layer, neighbour vote, layers and pooling, a blend rule
  /// with both nearness tests and the nearness rows and centroids.
  static func fullHead() throws -> EmbeddingIntentModel {
    let train = EmbeddingIntentTrainerTests.clusters(labels: 4, perLabel: 20, dimension: 16)
    var configuration = EmbeddingTrainingConfiguration()
    configuration.hiddenWidth = 8
    configuration.epochs = 3
    configuration.neighbours = 5
    configuration.layers = [3, 6]
    configuration.pooling = [.mean, .max]
    let head = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels, configuration: configuration)
    let rule = BlendedDecisionRule(headWeight: 0.4, threshold: 0.27, minimumCentroidCosine: 0.1, minimumNeighbourCosine: 0.35,
                                   fineWeight: 0.15)
    return head.with(rule: rule, embeddings: train.embeddings, trainingLabels: train.labels)
  }

  static let key = HeadKey([("test", [1, 2, 3])])

  @Test func storedHeadReadsBackEqualToTheBit() throws {
    let head = try Self.fullHead()
    #expect(head.hidden != nil && head.neighbours != nil && head.nearness?.rows.isEmpty == false && head.layers == [3, 6])
    let read = try HeadStore.decode(HeadStore.encode(head, key: Self.key), key: Self.key)
    #expect(read == head)
    // Equal, not near: the JSON cache before rounded the nearness rows to half floats.
    #expect(read.nearness?.rows.map(\.bitPattern) == head.nearness?.rows.map(\.bitPattern))
    let plain = try EmbeddingIntentTrainer.train(embeddings: [[1, 0], [0, 1], [1, 0.1], [0.1, 1]], labels: ["a", "b", "a", "b"])
    #expect(try HeadStore.decode(HeadStore.encode(plain, key: Self.key), key: Self.key) == plain)
  }

  @Test func everyInputChangesTheKey() {
    let identity = [UInt8](repeating: 7, count: 32)
    let utterances = [(text: "where is my order", label: "order_status"), (text: "refund please", label: "return_refund")]
    func key(_ u: [(text: String, label: String)], _ recipe: String = "r", _ encoder: [UInt8] = identity) -> HeadKey {
      HeadKey(utterances: u, encoderDigest: encoder, recipe: recipe)
    }
    let base = key(utterances)
    #expect(key(utterances) == base)
    #expect(key([utterances[0], (text: "refund please!", label: "return_refund")]) != base)
    #expect(key([utterances[0], (text: "refund please", label: "payment")]) != base)
    #expect(key([utterances[1], utterances[0]]) != base)
    #expect(key(Array(utterances.prefix(1))) != base)
    #expect(key(utterances, "r2") != base)
    #expect(key(utterances, "r", identity + [0]) != base)
    // Length-prefixed parts: moving a byte from one text to the next is another key.
    #expect(key([(text: "ab", label: "x"), (text: "c", label: "y")]) != key([(text: "a", label: "x"), (text: "bc", label: "y")]))
  }

  @Test func aHeadIsFittedOnceThenReadAndAnotherKeyRefits() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let head = try Self.fullHead()
    var fits = 0, lines: [String] = []
    let first = try HeadStore.head("coarse", key: Self.key, in: folder, log: { lines.append($0) }) { fits += 1; return head }
    #expect(first.source == .fitted && first.model == head && fits == 1)
    let second = try HeadStore.head("coarse", key: Self.key, in: folder, log: { lines.append($0) }) { fits += 1; return head }
    #expect(second.source == .read && second.model == head && fits == 1)
    let other = HeadKey([("test", [1, 2, 4])])
    let third = try HeadStore.head("coarse", key: other, in: folder, log: { lines.append($0) }) { fits += 1; return head }
    #expect(third.source == .fitted && fits == 2)
    // Each fit says so before and after (a first start's log is not silent for minutes); a read says nothing.
    #expect(lines.count == 4 && lines.indices.allSatisfy { lines[$0].hasPrefix($0 % 2 == 0 ? "nlu: fitting the coarse model" : "nlu: fitted the coarse model") },
            "\(lines)")
    // Only the two heads and the lock file: no temporary file left behind.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == [".nlu-heads.lock", HeadStore.file("coarse", key: Self.key, in: folder).lastPathComponent,
                      HeadStore.file("coarse", key: other, in: folder).lastPathComponent].sorted(), "\(names)")
  }

  @Test(arguments: ["truncated", "flipped", "garbage", "empty", "other key", "bad field"])
  func aDamagedFileIsRefusedWithALineAndRefitted(damage: String) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let head = try Self.fullHead()
    let url = HeadStore.file("coarse", key: Self.key, in: folder)
    var bytes = HeadStore.encode(head, key: Self.key)
    switch damage {
    case "truncated": bytes.removeLast(bytes.count / 3)
    case "flipped": bytes[bytes.count / 2] ^= 0x40
    case "garbage": bytes = Array("{\"format\": \"mesh-embedding-intent-model/2\"}".utf8)
    case "empty": bytes = []
    case "other key": bytes = HeadStore.encode(head, key: HeadKey([("test", [9])]))
    default:
      // A well-formed file whose fields do not fit: its checksum matches, the layout check must refuse it.
      var fields = HeadFileWriter()
      fields.int(EmbeddingIntentModel.storedLayout)
      fields.strings(["a", "b"])
      fields.int(0)
      fields.int(1 << 40)
      bytes = HeadStore.magic + [1, 0, 0, 0] + Self.key.digest
      withUnsafeBytes(of: UInt64(fields.bytes.count).littleEndian) { bytes += $0 }
      bytes += HeadStore.checksum(fields.bytes) + fields.bytes
    }
    try Data(bytes).write(to: url)
    var lines: [String] = [], fits = 0
    let got = try HeadStore.head("coarse", key: Self.key, in: folder, log: { lines.append($0) }) { fits += 1; return head }
    #expect(got.source == .fitted && got.model == head && fits == 1)
    #expect(lines.count == 3 && lines[0].contains("refused") && lines[0].contains(url.lastPathComponent)
              && lines[1].hasPrefix("nlu: fitting the coarse model") && lines[2].hasPrefix("nlu: fitted the coarse model"), "\(lines)")
    // Rewritten whole: the next start reads it.
    #expect(try HeadStore.decode(Array(Data(contentsOf: url)), key: Self.key) == head)
  }

  @Test func anUnwritableFolderFitsAndSaysSo() throws {
    let missing = FileManager.default.temporaryDirectory.appendingPathComponent("head-store-missing-\(UUID().uuidString)")
    var lines: [String] = []
    let head = try Self.fullHead()
    let got = try HeadStore.head("fine", key: Self.key, in: missing, log: { lines.append($0) }) { head }
    #expect(got.source == .fitted && got.model == head)
    #expect(lines.count == 3 && lines[2].contains("not stored"), "\(lines)")
  }

  @Test func startsThatRaceFitOnceAndReadTheSameHead() async throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let head = try Self.fullHead()
    let fits = Counter()
    // Four starts at once, each with its own lock descriptor (as four processes): the first fits (slowly),
    // the others wait on the folder's lock and read its file. Each on a thread of its own, as a replica's
    // start runs: the fit's sleep and the lock's polling would otherwise hold the tests' cooperative
    // threads (a detached task runs on them too), two on a two-core machine, and stall every other test.
    let results = try await withThrowingTaskGroup(of: (EmbeddingIntentModel, HeadStore.Source).self) { group in
      for _ in 0..<4 {
        group.addTask {
          try await withCheckedThrowingContinuation { continuation in
            Thread {
              continuation.resume(with: Result {
                try HeadStore.head("coarse", key: Self.key, in: folder, log: { _ in }) {
                  fits.add()
                  usleep(300_000)
                  return head
                }
              })
            }.start()
          }
        }
      }
      var all: [(EmbeddingIntentModel, HeadStore.Source)] = []
      for try await r in group { all.append(r) }
      return all
    }
    #expect(fits.value == 1)
    #expect(results.allSatisfy { $0.0 == head })
    #expect(results.filter { $0.1 == .fitted }.count == 1)
  }

  @Test func theTrainerProbeIsStableWithinAProcess() throws {
    // The probe's head is fitted deterministically: the same data twice gives the same stored bytes.
    let (embeddings, labels) = TrainerProbe.data()
    let a = try EmbeddingIntentTrainer.train(embeddings: embeddings, labels: labels)
    let b = try EmbeddingIntentTrainer.train(embeddings: embeddings, labels: labels)
    var x = HeadFileWriter(), y = HeadFileWriter()
    a.store(into: &x)
    b.store(into: &y)
    #expect(x.bytes == y.bytes)
    #expect(TrainerProbe.digest.count == 32)
    // Another training setting is another head: the probe would see a changed default.
    var configuration = EmbeddingTrainingConfiguration()
    configuration.steps = 399
    var z = HeadFileWriter()
    try EmbeddingIntentTrainer.train(embeddings: embeddings, labels: labels, configuration: configuration).store(into: &z)
    #expect(z.bytes != x.bytes)
  }
}

/// Counts calls from several threads.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  /// Adds one.
  func add() { lock.lock(); count += 1; lock.unlock() }
  /// The count.
  var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
