import Foundation
public import MeshCore
public import MeshIntent
public import MeshProtos
import MeshServiceKit

/// `mesh.nlu.v1.NluService`: the fine commerce intents (`FineIntentEngine`: the sentence encoder's
/// intent head, or the n-gram model without weights) and the entity extractor behind Parse and ParseBatch.
/// `label` and `intent` carry the coarse group the dialogue policy switches on, `fine_intent` the fine one.
public struct NLUServiceProvider: Mesh_Nlu_V1_NluService.ServiceProtocol {
  /// The longest text parsed, in UTF-8 bytes; longer texts are refused (a chat message is far shorter).
  public static let maxTextBytes = 16 * 1024

  /// The most texts one forward pass of the encoder takes.
  public static let maxBatch = 32

  private let engine: FineIntentEngine
  /// Parse calls in flight together share one forward pass of the encoder.
  private let batcher: NaturalBatcher<String, FineAnalysis>

  /// Creates the service over an engine.
  /// - Parameters:
  ///   - engine: the loaded engine (`FineIntentEngine.load(log:)`).
  ///   - maxBatch: the most texts one forward pass takes (1: every call a pass of its own, no batching).
  public init(engine: FineIntentEngine, maxBatch: Int = NLUServiceProvider.maxBatch) {
    self.engine = engine
    // A lane per core, on the global executor (off the connections' event loops, which keep serving I/O):
    // a lone call runs at once when no batch runs; beside a running batch a second lane opens only for two
    // or more waiting calls (`NaturalBatcher.extraLaneBatch`), and all batch up when every lane is busy. (One
    // lane batched more but made each call wait for the whole batch before it: ChatBenchmark's nlu call
    // went from 11 to 20 ms at the median, and its turns per second down with it.)
    batcher = NaturalBatcher(maxBatch: maxBatch, lanes: ProcessInfo.processInfo.activeProcessorCount) { texts in
      EncoderPassMetrics.textsPerPass.observe(Double(texts.count))
      return engine.analyze(texts)
    }
  }

  /// Intent, confidence, entities and every intent's score of one text; concurrent calls are analysed
  /// together (`NaturalBatcher`).
  public func parse(request: Mesh_Nlu_V1_ParseRequest, context: ServerContext) async throws -> Mesh_Nlu_V1_ParseResponse {
    try Self.check(request)
    let start = ContinuousClock.now
    return response(to: request, analysis: await batcher.submit(request.text), since: start)
  }

  /// Parses every text of the stream; returns counts per intent label.
  public func parseBatch(request: RequestStream<Mesh_Nlu_V1_ParseRequest>, context: ServerContext) async throws
    -> Mesh_Nlu_V1_BatchSummary
  {
    var summary = Mesh_Nlu_V1_BatchSummary()
    let start = ContinuousClock.now
    for try await item in request {
      let response = try parse(item)
      summary.parsed += 1
      summary.intentCounts[response.label, default: 0] += 1
    }
    summary.totalLatency = Google_Protobuf_Duration(ContinuousClock.now - start)
    return summary
  }

  /// Parses one request (no I/O: usable in-process by the chat service and the processor).
  /// - Parameter request: the text and its context.
  /// - Throws: INVALID_ARGUMENT when the text is over `maxTextBytes`.
  public func parse(_ request: Mesh_Nlu_V1_ParseRequest) throws -> Mesh_Nlu_V1_ParseResponse {
    try Self.check(request)
    let start = ContinuousClock.now
    return response(to: request, analysis: engine.analyze(request.text), since: start)
  }

  private static func check(_ request: Mesh_Nlu_V1_ParseRequest) throws {
    guard request.text.utf8.count <= maxTextBytes else {
      throw RPCError(code: .invalidArgument, message: "text is \(request.text.utf8.count) bytes, over \(maxTextBytes)")
    }
  }

  /// The contract's view of an analysis; `latency` is the time since `start`.
  private func response(to request: Mesh_Nlu_V1_ParseRequest, analysis: FineAnalysis, since start: ContinuousClock.Instant)
    -> Mesh_Nlu_V1_ParseResponse
  {
    var response = Mesh_Nlu_V1_ParseResponse()
    response.label = analysis.group
    response.fineIntent = analysis.intent
    response.engine = engine.name
    response.intent = IntentMapping.intent(analysis.group)
    // The confidence of `intent` and `label`, the coarse decision (the fine head's own is lower on a long or typed message
    // whose group is clear: "so i ordered a kettle ... should we just send it back" is return_refund at 0.87, return.start
    // at 0.36, and the policy, which acts on the group, took it for out of scope below 0.4).
    response.confidence = Float(analysis.groupConfidence)
    for score in analysis.scores { response.scores[score.label] = score.probability }
    response.entities = analysis.entities.map { entity in
      var message = Mesh_Nlu_V1_Entity()
      message.kind = IntentMapping.kind(entity.type)
      message.type = entity.type
      message.value = entity.value
      message.start = Int32(clamping: entity.start)
      message.end = Int32(clamping: entity.end)
      message.text = Self.slice(request.text, entity.start, entity.end)
      message.confidence = 1
      return message
    }
    response.latency = Google_Protobuf_Duration(ContinuousClock.now - start)
    return response
  }

  /// The text between two Unicode scalar offsets (empty when they are out of range).
  static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return "" }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[start..<end])
    return String(out)
  }
}
