import Foundation
import MeshChatService
import MeshCore
import MeshPostgresTestSupport
import MeshProcessorService
import MeshProtos
import MeshServiceKit
import MeshTestSupport
import Testing

/// The optional LLM backend through the real chat, processor, nlu and context servers, with a real HTTP
/// server that speaks OpenAI's streaming protocol (a Python peer): its text streams to the user and is
/// the reply; a slow one, a failing one (then not called at all once the circuit opens) and one that
/// invents a number leave the reply to the templates, each counted under its reason.
@Suite(.postgresCluster, .serialized) struct LLMReplyTests {
  static let peer = Repository.root.appendingPathComponent("Tests/MeshLLMTests/Peers/openai_stream_server.py").path
  static let text = "Hi! I can help you with your orders, products, returns and refunds."
  static let template = "Hello! I can check or track an order"

  /// What the peer was asked: calls per model, and the last request's authorization and body.
  static func calls(port: Int) async throws -> [String: Any] {
    let process = try PeerProcess("/usr/bin/curl", ["-sS", "--max-time", "10", "http://127.0.0.1:\(port)/calls"])
    _ = try await process.waitForExit(seconds: 20)
    let line = process.text.split(separator: "\n").last.map(String.init) ?? ""
    return (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]) ?? [:]
  }

  static func send(_ chat: Mesh_Chat_V1_ChatService.Client, _ text: String, user: String) async throws -> Mesh_Chat_V1_ChatMessage {
    var request = Mesh_Chat_V1_SendMessageRequest()
    request.text = text
    request.locale = "en"
    let response = try await chat.sendMessage(request, metadata: ServiceHarness.user(user), options: CallOptions(timeout: .seconds(30)))
    return try #require(response.reply)
  }

  static func stream(_ chat: Mesh_Chat_V1_ChatService.Client, _ text: String, user: String) async throws -> [Mesh_Chat_V1_ReplyChunk] {
    var request = Mesh_Chat_V1_SendMessageRequest()
    request.text = text
    request.locale = "en"
    return try await chat.streamReply(request, metadata: ServiceHarness.user(user), options: CallOptions(timeout: .seconds(30))) {
      var chunks: [Mesh_Chat_V1_ReplyChunk] = []
      for try await chunk in $0 { chunks.append(chunk) }
      return chunks
    }
  }

  /// The fallbacks counted so far, by reason.
  static func fallbacks() -> [LLMFallbackReason: UInt64] {
    Dictionary(uniqueKeysWithValues: LLMFallbackReason.allCases.map { ($0, $0.count) })
  }

  /// Waits until the fallbacks counted since `before` are `expected` (a turn is counted just after its
  /// commit, so just after the reply can be read).
  static func expectFallbacks(since before: [LLMFallbackReason: UInt64], _ expected: [LLMFallbackReason: UInt64],
                              sourceLocation: SourceLocation = #_sourceLocation) async throws {
    func counted() -> [LLMFallbackReason: UInt64] {
      fallbacks().reduce(into: [:]) { delta, entry in
        let added = entry.value - (before[entry.key] ?? 0)
        if added > 0 { delta[entry.key] = added }
      }
    }
    let deadline = ContinuousClock.now + .seconds(20)
    while counted() != expected, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
    #expect(counted() == expected, sourceLocation: sourceLocation)
  }

  @Test func theModelsStreamedTextIsTheReplyAndTheTemplatesAnswerWhenItFails() async throws {
    let mesh = try await ChatFlowTests.Mesh.start()
    let keyFile = FileManager.default.temporaryDirectory.appendingPathComponent("llm-key-\(UUID().uuidString)").path
    try "sk-test-key\n".write(toFile: keyFile, atomically: true, encoding: .utf8)
    let server = try PeerProcess(try Repository.python, [Self.peer, "--port", "0", "--text", Self.text, "--delay", "0.2",
                                                         "--key", "sk-test-key"])
    var processor: RunningService?
    do {
      let port = try PeerProcess.port(of: try await server.waitForLine(startingWith: "listening on", seconds: 30))
      func startProcessor(_ settings: [String: String]) async throws {
        if let running = processor { await running.shutdown(gracePeriod: .seconds(1)) }
        processor = nil
        var configuration = mesh.base
        configuration.settings["workers"] = "2"
        configuration.settings["llm_endpoint"] = "http://127.0.0.1:\(port)/v1"
        configuration.settings["llm_key_file"] = keyFile
        configuration.settings.merge(settings) { $1 }
        processor = try await ProcessorServer.start(configuration)
      }
      try await ServiceHarness.withClient(mesh.chat) { client in
        let chat = Mesh_Chat_V1_ChatService.Client(wrapping: client)

        // A model that answers: its text streams in pieces and is the reply; the buttons stay the policy's.
        var before = Self.fallbacks()
        try await startProcessor(["llm_model": "text", "llm_timeout_ms": "8000"])
        let chunks = try await Self.stream(chat, "hello there", user: "u-llm")
        let deltas = chunks.compactMap { chunk -> String? in
          if case .textDelta(let text)? = chunk.chunk { return text } else { return nil }
        }
        let final = try #require(chunks.last?.finalMessage)
        #expect(deltas.count >= 2, "the text came in \(deltas.count) piece(s)")
        #expect(deltas.joined() == Self.text)
        #expect(final.text == Self.text)
        #expect(final.quickReplies.options.contains("Find a product"))
        #expect(chunks.map(\.sequence) == Array(1...Int32(chunks.count)))
        #expect(try await Self.send(chat, "hello there", user: "u-llm").text == Self.text)
        // The prompt: the rule, the user's words and the template's true reply; the key as a bearer token.
        let asked = try await Self.calls(port: port)
        let last = asked["last"] as? [String: Any]
        #expect(last?["authorization"] as? String == "Bearer sk-test-key")
        let body = last?["body"] as? [String: Any]
        #expect(body?["stream"] as? Bool == true && body?["model"] as? String == "text")
        let prompt = ((body?["messages"] as? [[String: Any]]) ?? []).compactMap { $0["content"] as? String }.joined(separator: "\n")
        #expect(prompt.contains("Use ONLY the facts") && prompt.contains("The customer wrote:\nhello there") && prompt.contains(Self.template))
        try await Self.expectFallbacks(since: before, [:])

        // Too slow for the timeout: the template answers.
        before = Self.fallbacks()
        try await startProcessor(["llm_model": "slow", "llm_timeout_ms": "700"])
        #expect(try await Self.send(chat, "hello there", user: "u-llm").text.hasPrefix(Self.template))
        try await Self.expectFallbacks(since: before, [.timeout: 1])

        // A number the facts do not have ("order 99999 arrives on 12 May"): streamed, then replaced by the template.
        before = Self.fallbacks()
        try await startProcessor(["llm_model": "numbers"])
        let invented = try await Self.stream(chat, "hello there", user: "u-llm")
        #expect(invented.last?.finalMessage.text.hasPrefix(Self.template) == true)
        try await Self.expectFallbacks(since: before, [.ungrounded: 1])

        // Failing: two failures open the circuit; then the templates answer without calling the model.
        before = Self.fallbacks()
        try await startProcessor(["llm_model": "error", "llm_breaker_failures": "2", "llm_breaker_open_ms": "600000"])
        for _ in 0..<4 {
          #expect(try await Self.send(chat, "hello there", user: "u-llm").text.hasPrefix(Self.template))
        }
        #expect((try await Self.calls(port: port)["calls"] as? [String: Any])?["error"] as? Int == 2)
        try await Self.expectFallbacks(since: before, [.error: 2, .circuitOpen: 2])
      }
    } catch {
      if let processor { await processor.shutdown(gracePeriod: .seconds(1)) }
      server.stop()
      try? FileManager.default.removeItem(atPath: keyFile)
      await mesh.stop()
      throw error
    }
    if let processor { await processor.shutdown(gracePeriod: .seconds(1)) }
    server.stop()
    try? FileManager.default.removeItem(atPath: keyFile)
    await mesh.stop()
  }
}
