import MeshCore
import Synchronization
import Testing

/// Records its name on the way in and out, so the order of the chain shows in the log.
struct RecordingInterceptor: ServerInterceptor {
  let name: String
  let log: CallLog

  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    log.append("\(name) in")
    defer { log.append("\(name) out") }
    try await next(stream, context)
  }
}

/// Lets a call through only with `authorization: Bearer good`; replaces the credential with the
/// principal, so the service never sees the token.
struct AuthenticatingInterceptor: ServerInterceptor {
  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    guard context.requestMetadata.firstString(forKey: "authorization") == "Bearer good" else {
      throw RPCError(code: .unauthenticated, message: "A valid token is required.")
    }
    var metadata = context.requestMetadata
    metadata.removeAll(forKey: "authorization")
    metadata.addString("alice", forKey: "x-principal")
    context.requestMetadata = metadata
    try await next(stream, context)
  }
}

/// Counts the messages each way by wrapping the stream, and reports the counts in the trailers,
/// whatever the status.
struct CountingInterceptor: ServerInterceptor {
  final class CountingStream: ForwardingServerCallStream, @unchecked Sendable {
    let received = Atomic<Int>(0)
    let sent = Atomic<Int>(0)

    override func receive() async throws -> [UInt8]? {
      let message = try await base.receive()
      if message != nil { received.add(1, ordering: .relaxed) }
      return message
    }

    override func send(_ message: [UInt8], compress: Bool) async throws {
      sent.add(1, ordering: .relaxed)
      // Every response message is marked, to show an interceptor can rewrite messages.
      try await base.send(message + [0xEE], compress: compress)
    }
  }

  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    let counting = CountingStream(base: stream)
    defer {
      var trailers = context.trailingResponseMetadata
      trailers.addString("\(counting.received.load(ordering: .relaxed))", forKey: "x-received")
      trailers.addString("\(counting.sent.load(ordering: .relaxed))", forKey: "x-sent")
      context.trailingResponseMetadata = trailers
    }
    try await next(counting, context)
  }
}

/// Answers `Unary` itself with a fixed message, without calling the handler.
struct AnsweringInterceptor: ServerInterceptor {
  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    guard context.method == RawEchoService.unary.descriptor else { return try await next(stream, context) }
    try await stream.sendInitialMetadata([("x-answered-by", "interceptor")])
    try await stream.send([42], compress: false)
  }
}

/// Maps `FAILED_PRECONDITION` from the next stages to `ABORTED`.
struct ErrorMappingInterceptor: ServerInterceptor {
  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    do {
      try await next(stream, context)
    } catch let error as RPCError where error.code == .failedPrecondition {
      throw RPCError(code: .aborted, message: "mapped: \(error.message)", metadata: error.metadata)
    }
  }
}

@Suite("Server interceptors, in memory")
struct ServerInterceptorTests {
  let log = CallLog()

  func client(_ interceptors: [any ServerInterceptor]) -> GRPCClient {
    GRPCClient(transport: InMemoryTransport(services: [RawEchoService(log: log)], interceptors: interceptors))
  }

  @Test func interceptorsRunInOrderAroundTheHandler() async throws {
    let client = client([RecordingInterceptor(name: "first", log: log), RecordingInterceptor(name: "second", log: log)])
    _ = try await client.unary(RawEchoService.unary, request: RawMessage([1]))
    #expect(log.all == ["first in", "second in", "handler", "second out", "first out"])
  }

  @Test func shortCircuitWithAnErrorSkipsTheHandler() async throws {
    let client = client([AuthenticatingInterceptor(), RecordingInterceptor(name: "inner", log: log)])
    let error = await #expect(throws: RPCError.self) {
      _ = try await client.unary(RawEchoService.unary, request: RawMessage([1]), metadata: [("authorization", "Bearer bad")])
    }
    #expect(error?.code == .unauthenticated)
    #expect(log.calls.load(ordering: .relaxed) == 0)
    #expect(log.all.isEmpty)
  }

  @Test func interceptorChangesTheRequestMetadataTheServiceSees() async throws {
    let client = client([AuthenticatingInterceptor()])
    let response = try await client.unary(RawEchoService.unary, request: RawMessage([1]),
                                          metadata: [("authorization", "Bearer good")])
    // The echo service returns the request metadata it saw as its response headers.
    #expect(response.initialMetadata.firstString(forKey: "authorization") == nil)
    #expect(response.initialMetadata.firstString(forKey: "x-principal") == "alice")
  }

  @Test func shortCircuitWithAnAnswerSkipsTheHandler() async throws {
    let client = client([AnsweringInterceptor()])
    let response = try await client.unary(RawEchoService.unary, request: RawMessage([1]))
    #expect(response.message.bytes == [42])
    #expect(response.initialMetadata.firstString(forKey: "x-answered-by") == "interceptor")
    #expect(log.calls.load(ordering: .relaxed) == 0)
  }

  @Test func interceptorSeesEachMessageAndSetsTrailers() async throws {
    let client = client([CountingInterceptor()])
    let trailers = try await client.bidirectionalStreaming(RawEchoService.bidi) { writer, responses in
      var iterator = responses.makeAsyncIterator()
      for index in 0..<5 {
        try await writer.write(RawMessage([UInt8(index)]))
        #expect(try await iterator.next()?.bytes == [UInt8(index), 0xEE])
      }
      try await writer.finish()
      #expect(try await iterator.next() == nil)
      return await responses.trailingMetadata()
    }
    #expect(trailers.firstString(forKey: "x-received") == "5")
    #expect(trailers.firstString(forKey: "x-sent") == "5")
  }

  @Test func interceptorSetsTrailersOnErrorsAndMapsThem() async throws {
    let client = client([CountingInterceptor(), ErrorMappingInterceptor()])
    let error = await #expect(throws: RPCError.self) {
      _ = try await client.unary(RawEchoService.fail, request: RawMessage(Array("x".utf8)))
    }
    #expect(error?.code == .aborted)
    #expect(error?.message == "mapped: bad: x")
    #expect(error?.metadata.firstString(forKey: "x-detail") == "why")
    #expect(error?.metadata.firstString(forKey: "x-received") == "1")
  }
}

/// Adds a header to every call and records the status each call ended with.
struct StampingClientInterceptor: ClientInterceptor {
  let name: String
  let log: CallLog

  final class StatusRecorder: ForwardingClientCallStream, @unchecked Sendable {
    let name: String
    let log: CallLog
    init(base: any ClientCallStream, name: String, log: CallLog) {
      self.name = name
      self.log = log
      super.init(base: base)
    }

    override func finalStatus() async -> (Status, Metadata) {
      let (status, trailers) = await base.finalStatus()
      log.append("\(name) saw \(status.code)")
      return (status, trailers)
    }
  }

  func intercept(head: ClientCallHead,
                 next: @Sendable (ClientCallHead) async throws -> any ClientCallStream) async throws -> any ClientCallStream {
    log.append("\(name) opens")
    var head = head
    head.metadata.addString(name, forKey: "x-via")
    return StatusRecorder(base: try await next(head), name: name, log: log)
  }
}

/// Answers every call locally with a cached message.
struct CachingClientInterceptor: ClientInterceptor {
  func intercept(head: ClientCallHead,
                 next: @Sendable (ClientCallHead) async throws -> any ClientCallStream) async throws -> any ClientCallStream {
    AnsweredClientCallStream(initialMetadata: [("x-cache", "hit")], messages: [[9, 9]], status: Status(code: .ok))
  }
}

@Suite("Client interceptors, in memory")
struct ClientInterceptorTests {
  let log = CallLog()

  @Test func interceptorsRunInOrderAndChangeTheRequestMetadata() async throws {
    let transport = InMemoryTransport(services: [RawEchoService(log: log)])
    let client = GRPCClient(transport: transport, interceptors: [
      StampingClientInterceptor(name: "outer", log: log), StampingClientInterceptor(name: "inner", log: log),
    ])
    let response = try await client.unary(RawEchoService.unary, request: RawMessage([1]))
    #expect(response.initialMetadata.filter { $0.key == "x-via" }.map(\.value.stringValue) == ["outer", "inner"])
    #expect(log.all == ["outer opens", "inner opens", "handler", "inner saw OK", "outer saw OK"])
  }

  @Test func interceptorAnswersWithoutTheServer() async throws {
    let transport = InMemoryTransport(services: [RawEchoService(log: log)])
    let client = GRPCClient(transport: transport, interceptors: [CachingClientInterceptor()])
    let response = try await client.unary(RawEchoService.unary, request: RawMessage([1]))
    #expect(response.message.bytes == [9, 9])
    #expect(response.initialMetadata.firstString(forKey: "x-cache") == "hit")
    #expect(log.calls.load(ordering: .relaxed) == 0)
  }
}
