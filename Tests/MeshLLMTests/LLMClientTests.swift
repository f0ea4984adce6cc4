import Foundation
import MeshHTTP
import MeshLLM
import MeshTestSupport
import MeshTransport
import Testing

/// The client against a real HTTP server that speaks OpenAI's streaming protocol (a Python peer):
/// text streamed in pieces, a server too slow for the timeout, one that fails (and the breaker that
/// then stops calling it), an error inside the stream, the bearer key.
@Suite struct LLMClientTests {
  static let peer = Repository.root.appendingPathComponent("Tests/MeshLLMTests/Peers/openai_stream_server.py").path
  static let text = "Hello there! I can help with your orders, products and refunds."

  /// Runs `body` with the peer's base URL and a way to read its call counts; stops the peer after.
  static func withServer(key: String = "", _ body: (String, @Sendable () async throws -> [String: Int]) async throws -> Void) async throws {
    let process = try PeerProcess(try Repository.python, [peer, "--port", "0", "--text", text, "--delay", "0.05", "--key", key])
    defer { process.stop() }
    let port = try PeerProcess.port(of: try await process.waitForLine(startingWith: "listening on", seconds: 30))
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let http = HTTPClient(group: group)
    defer { http.shutdown() }
    let calls: @Sendable () async throws -> [String: Int] = {
      let response = try await http.execute(try HTTPClientRequest(method: "GET", url: "http://127.0.0.1:\(port)/calls"))
      struct Calls: Decodable { let calls: [String: Int] }
      return try JSONDecoder().decode(Calls.self, from: Data(response.body)).calls
    }
    try await body("http://127.0.0.1:\(port)/v1", calls)
  }

  static func client(_ endpoint: String, model: String, key: String? = nil, timeout: Duration = .seconds(20), failures: Int = 3,
                     group: EventLoopGroup) throws -> LLMClient {
    try LLMClient(configuration: LLMConfiguration(endpoint: endpoint, model: model, apiKey: key, timeout: timeout,
                                                  breaker: .init(failureThreshold: failures, openDuration: .seconds(60))),
                  group: group)
  }

  static let prompt = [LLMMessage(role: "system", content: "Use only the facts."), LLMMessage(role: "user", content: "hello")]

  @Test func theTextStreamsInPiecesAndIsReturnedWhole() async throws {
    try await Self.withServer { endpoint, _ in
      let group = EventLoopGroup(threads: 1)
      defer { group.shutdown() }
      let client = try Self.client(endpoint, model: "text", group: group)
      defer { client.shutdown() }
      let seen = Seen()
      let text = try await client.complete(Self.prompt) { await seen.add($0) }
      #expect(text == Self.text)
      let texts = await seen.texts
      // One call per piece of three words, each the whole text so far.
      #expect(texts.count == 4)
      #expect(texts.first == "Hello there! I ")
      #expect(texts.last == Self.text)
      #expect(zip(texts, texts.dropFirst()).allSatisfy { $1.hasPrefix($0) && $1.count > $0.count })
      // Again on the same client: nothing left over from the first stream.
      #expect(try await client.complete(Self.prompt) == Self.text)
    }
  }

  @Test func aSlowServerTimesOut() async throws {
    try await Self.withServer { endpoint, _ in
      let group = EventLoopGroup(threads: 1)
      defer { group.shutdown() }
      // 3 s, not less: the whole suite starts at once on 2 cores, and a 500 ms timeout once passed
      // before the first piece, sent at once by the server, was read.
      let client = try Self.client(endpoint, model: "slow", timeout: .seconds(3), group: group)
      defer { client.shutdown() }
      let started = ContinuousClock.now
      let seen = Seen()
      await #expect(throws: ChatCompletionError.timeout) { try await client.complete(Self.prompt) { await seen.add($0) } }
      // The first piece did arrive before the timeout; the call did not wait for the server's 120 s. The bound is far
      // from the 3 s timeout on purpose: it tells giving up from waiting, not speed (under CI's load a 3 s timeout once
      // fired after 22 s, when the bound was 20 s).
      #expect(await seen.texts == ["Hello"])
      #expect(ContinuousClock.now - started < .seconds(100))
    }
  }

  @Test func failuresOpenTheCircuitAndThenNoCallIsMade() async throws {
    try await Self.withServer { endpoint, calls in
      let group = EventLoopGroup(threads: 1)
      defer { group.shutdown() }
      let client = try Self.client(endpoint, model: "error", failures: 3, group: group)
      defer { client.shutdown() }
      for _ in 0..<3 {
        await #expect(throws: ChatCompletionError.status(500)) { try await client.complete(Self.prompt) }
      }
      for _ in 0..<5 {
        await #expect(throws: ChatCompletionError.circuitOpen) { try await client.complete(Self.prompt) }
      }
      #expect(try await calls()["error"] == 3)

      let broken = try Self.client(endpoint, model: "midstream", group: group)
      defer { broken.shutdown() }
      await #expect(throws: ChatCompletionError.reported("the model crashed")) { try await broken.complete(Self.prompt) }
      // Nobody listening at all.
      let nobody = try Self.client("http://127.0.0.1:1/v1", model: "text", group: group)
      defer { nobody.shutdown() }
      await #expect(throws: ChatCompletionError.self) { try await nobody.complete(Self.prompt) }
    }
  }

  @Test func theKeyIsSentAsABearerToken() async throws {
    try await Self.withServer(key: "sk-test-key") { endpoint, _ in
      let group = EventLoopGroup(threads: 1)
      defer { group.shutdown() }
      let keyed = try Self.client(endpoint, model: "text", key: "sk-test-key", group: group)
      defer { keyed.shutdown() }
      #expect(try await keyed.complete(Self.prompt) == Self.text)
      let wrong = try Self.client(endpoint, model: "text", key: "sk-wrong", group: group)
      defer { wrong.shutdown() }
      await #expect(throws: ChatCompletionError.status(401)) { try await wrong.complete(Self.prompt) }
    }
  }
}

/// The texts a completion handed on, in order.
actor Seen {
  var texts: [String] = []
  func add(_ text: String) { texts.append(text) }
}
