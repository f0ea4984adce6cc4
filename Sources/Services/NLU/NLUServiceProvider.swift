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

  private let engine: FineIntentEngine

  /// Creates the service over an engine.
  /// - Parameter engine: the loaded engine (`FineIntentEngine.load(log:)`).
  public init(engine: FineIntentEngine) { self.engine = engine }

  /// Intent, confidence, entities and every intent's score of one text.
  public func parse(request: Mesh_Nlu_V1_ParseRequest, context: ServerContext) async throws -> Mesh_Nlu_V1_ParseResponse {
    // The encoder is milliseconds of CPU: on the global executor rather than the connection's event loop
    // (where handlers run by default), so the calls of one client connection use every core instead of
    // queueing on one thread, and the loop keeps serving I/O meanwhile.
    try await withTaskExecutorPreference(globalConcurrentExecutor) { try parse(request) }
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
    guard request.text.utf8.count <= Self.maxTextBytes else {
      throw RPCError(code: .invalidArgument, message: "text is \(request.text.utf8.count) bytes, over \(Self.maxTextBytes)")
    }
    let start = ContinuousClock.now
    let analysis = engine.analyze(request.text)
    var response = Mesh_Nlu_V1_ParseResponse()
    response.label = analysis.group
    response.fineIntent = analysis.intent
    response.engine = engine.name
    response.intent = IntentMapping.intent(analysis.group)
    response.confidence = Float(analysis.confidence)
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
