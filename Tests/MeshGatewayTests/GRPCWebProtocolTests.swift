import MeshCore
import MeshGateway
import MeshInterop
import MeshProtos
import Testing

@Suite("gRPC-Web over the in-process TestService, without sockets")
struct GRPCWebProtocolTests {
  private let dispatcher = RouterDispatcher(services: [TestServiceProvider()])
  private let grpcWeb = GRPCWebProtocol(configuration: GRPCWebConfiguration(
    maxMessageSize: 64 * 1024, cors: EdgeCORSPolicy(allowedOrigins: ["https://shop.example"])))

  private static func frame(_ message: some WireMessage) throws -> [UInt8] {
    LengthPrefixedFrame(flags: 0, payload: try message.wireBytes()).encoded
  }

  /// Splits a response body into its frames.
  private static func frames(_ body: [UInt8], isText: Bool) throws -> [LengthPrefixedFrame] {
    let binary = isText ? try #require(EdgeBase64.decode(String(decoding: body, as: UTF8.self))) : body
    var decoder = LengthPrefixedFrameDecoder(maxPayloadSize: 1 << 24)
    decoder.append(binary)
    var frames: [LengthPrefixedFrame] = []
    while let frame = try decoder.next() { frames.append(frame) }
    try decoder.finish()
    return frames
  }

  private func call(_ path: String, body: [UInt8], contentType: String = "application/grpc-web+proto",
                    headers: [(String, String)] = [], chunk: Int = .max) async -> GRPCWebTestExchange {
    let isText = contentType.contains("text")
    let bytes = isText ? Array(EdgeBase64.encode(body).utf8) : body
    let chunks = stride(from: 0, to: bytes.count, by: max(1, min(chunk, bytes.count))).map {
      Array(bytes[$0..<min($0 + chunk, bytes.count)])
    }
    let exchange = GRPCWebTestExchange(target: path, headers: [("content-type", contentType)] + headers, body: chunks)
    #expect(grpcWeb.accepts(exchange.request))
    await grpcWeb.handle(exchange, dispatcher: dispatcher)
    #expect(exchange.finished)
    return exchange
  }

  @Test("Unary call, binary and text, bodies in small chunks", arguments: [
    "application/grpc-web", "application/grpc-web+proto", "application/grpc-web-text", "application/grpc-web-text+proto",
  ])
  func unary(contentType: String) async throws {
    var request = Grpc_Testing_SimpleRequest()
    request.responseSize = Int32(1000)
    let exchange = await call("/grpc.testing.TestService/UnaryCall", body: try Self.frame(request),
                              contentType: contentType, chunk: 7)
    #expect(exchange.status == 200)
    #expect(exchange.header("content-type")?.hasPrefix(contentType) == true)
    let frames = try Self.frames(exchange.body, isText: contentType.contains("text"))
    #expect(frames.count == 2)
    let response = try Grpc_Testing_SimpleResponse(wireBytes: frames[0].payload)
    #expect(response.payload?.body.count == 1000)
    #expect(frames[1].flags == 0x80)
    let trailers = try #require(GRPCWebTrailers.parse(frames[1].payload))
    #expect(trailers.first { $0.0 == "grpc-status" }?.1 == "0")
  }

  @Test("Server streaming: one data frame per response, then the trailers")
  func serverStreaming() async throws {
    var request = Grpc_Testing_StreamingOutputCallRequest()
    request.responseParameters = [10, 20, 30].map {
      var parameters = Grpc_Testing_ResponseParameters()
      parameters.size = Int32($0)
      return parameters
    }
    let exchange = await call("/grpc.testing.TestService/StreamingOutputCall", body: try Self.frame(request),
                              contentType: "application/grpc-web-text")
    let frames = try Self.frames(exchange.body, isText: true)
    #expect(frames.map(\.flags) == [0, 0, 0, 0x80])
    let sizes = try frames.dropLast().map { try Grpc_Testing_StreamingOutputCallResponse(wireBytes: $0.payload).payload?.body.count }
    #expect(sizes == [10, 20, 30])
  }

  @Test("Client streaming (not in gRPC-Web for browsers) runs half-duplex on every message of the body")
  func clientStreamingHalfDuplex() async throws {
    var body: [UInt8] = []
    for size in [2, 5] {
      var request = Grpc_Testing_StreamingInputCallRequest()
      var payload = Grpc_Testing_Payload()
      payload.body = Array(repeating: 0, count: size)
      request.payload = payload
      body += try Self.frame(request)
    }
    let exchange = await call("/grpc.testing.TestService/StreamingInputCall", body: body, chunk: 3)
    let frames = try Self.frames(exchange.body, isText: false)
    #expect(frames.map(\.flags) == [0, 0x80])
    #expect(try Grpc_Testing_StreamingInputCallResponse(wireBytes: frames[0].payload).aggregatedPayloadSize == 7)
  }

  @Test("An error before any message is Trailers-Only: status and metadata in the head, empty body")
  func trailersOnly() async throws {
    var request = Grpc_Testing_SimpleRequest()
    var status = Grpc_Testing_EchoStatus()
    status.code = 5
    status.message = "nothing here ✓"
    request.responseStatus = status
    let exchange = await call("/grpc.testing.TestService/UnaryCall", body: try Self.frame(request),
                              headers: [("x-grpc-test-echo-initial", "hello"), ("origin", "https://shop.example")])
    #expect(exchange.status == 200)
    #expect(exchange.body.isEmpty)
    #expect(exchange.header("grpc-status") == "5")
    #expect(exchange.header("grpc-message") == "nothing here %E2%9C%93")
    #expect(exchange.header("access-control-allow-origin") == "https://shop.example")
    let exposed = exchange.header("access-control-expose-headers") ?? ""
    #expect(exposed.contains("grpc-status") && exposed.contains("grpc-message"))
  }

  @Test("Custom metadata: initial in the head (exposed to scripts), trailing -bin in the trailer frame")
  func customMetadata() async throws {
    let exchange = await call("/grpc.testing.TestService/UnaryCall", body: try Self.frame(Grpc_Testing_SimpleRequest()),
                              headers: [("x-grpc-test-echo-initial", "hello"),
                                        ("x-grpc-test-echo-trailing-bin", EdgeBase64.encode([0xCA, 0xFE])),
                                        ("origin", "https://shop.example")])
    #expect(exchange.header("x-grpc-test-echo-initial") == "hello")
    #expect(exchange.header("access-control-expose-headers")?.contains("x-grpc-test-echo-initial") == true)
    let frames = try Self.frames(exchange.body, isText: false)
    let last = try #require(frames.last)
    let trailers = try #require(GRPCWebTrailers.parse(last.payload))
    #expect(trailers.first { $0.0 == "x-grpc-test-echo-trailing-bin" }.flatMap { EdgeBase64.decode($0.1) } == [0xCA, 0xFE])
  }

  @Test("Malformed bodies end the call with a status, never a crash")
  func malformedBodies() async throws {
    let truncated = await call("/grpc.testing.TestService/UnaryCall", body: [0, 0, 0, 0, 9, 1, 2])
    #expect(truncated.header("grpc-status") == String(Status.Code.invalidArgument.rawValue))
    let oversized = await call("/grpc.testing.TestService/UnaryCall", body: [0, 0x7F, 0, 0, 0])
    #expect(oversized.header("grpc-status") == String(Status.Code.resourceExhausted.rawValue))
    let exchange = GRPCWebTestExchange(target: "/grpc.testing.TestService/UnaryCall",
                                       headers: [("content-type", "application/grpc-web-text")], body: [Array("AA*A".utf8)])
    await grpcWeb.handle(exchange, dispatcher: dispatcher)
    #expect(exchange.header("grpc-status") == String(Status.Code.invalidArgument.rawValue))
    let unknown = await call("/no.Such/Method", body: try Self.frame(Grpc_Testing_Empty()))
    #expect(unknown.header("grpc-status") == String(Status.Code.unimplemented.rawValue))
    let badTimeout = await call("/grpc.testing.TestService/EmptyCall", body: try Self.frame(Grpc_Testing_Empty()),
                                headers: [("grpc-timeout", "soon")])
    #expect(badTimeout.header("grpc-status") == String(Status.Code.invalidArgument.rawValue))
  }

  @Test("grpc-timeout ends a slow stream with DEADLINE_EXCEEDED after the messages already sent")
  func deadline() async throws {
    var request = Grpc_Testing_StreamingOutputCallRequest()
    request.responseParameters = [0, 2_000_000].map {
      var parameters = Grpc_Testing_ResponseParameters()
      parameters.size = 4
      parameters.intervalUs = Int32($0)
      return parameters
    }
    let exchange = await call("/grpc.testing.TestService/StreamingOutputCall", body: try Self.frame(request),
                              headers: [("grpc-timeout", "200m")])
    let frames = try Self.frames(exchange.body, isText: false)
    #expect(frames.map(\.flags) == [0, 0x80])
    let last = try #require(frames.last)
    let trailers = try #require(GRPCWebTrailers.parse(last.payload))
    #expect(trailers.first { $0.0 == "grpc-status" }?.1 == String(Status.Code.deadlineExceeded.rawValue))
  }

  @Test("CORS preflight: allowed origin gets 200 with methods and headers, another origin 403")
  func preflight() async {
    let headers = [("origin", "https://shop.example"), ("access-control-request-method", "POST"),
                   ("access-control-request-headers", "content-type,x-grpc-web,x-user-agent,authorization")]
    let allowed = GRPCWebTestExchange(method: "OPTIONS", target: "/grpc.testing.TestService/UnaryCall", headers: headers)
    #expect(grpcWeb.accepts(allowed.request))
    await grpcWeb.handle(allowed, dispatcher: dispatcher)
    #expect(allowed.status == 200)
    #expect(allowed.header("access-control-allow-origin") == "https://shop.example")
    #expect(allowed.header("access-control-allow-methods") == "POST")
    #expect(allowed.header("access-control-allow-headers")?.contains("authorization") == true)
    let refused = GRPCWebTestExchange(method: "OPTIONS", target: "/grpc.testing.TestService/UnaryCall",
                                      headers: [("origin", "https://evil.example")] + headers.dropFirst())
    await grpcWeb.handle(refused, dispatcher: dispatcher)
    #expect(refused.status == 403)
    #expect(refused.header("access-control-allow-origin") == nil)
  }

  @Test("Other content types are not gRPC-Web; another codec is refused in gRPC-Web's format")
  func contentTypes() async {
    for type in ["application/grpc", "application/json", "text/plain"] {
      #expect(!grpcWeb.accepts(GRPCWebTestExchange(target: "/a.B/C", headers: [("content-type", type)]).request))
    }
    let json = GRPCWebTestExchange(target: "/grpc.testing.TestService/EmptyCall",
                                   headers: [("content-type", "application/grpc-web+json")])
    #expect(grpcWeb.accepts(json.request))
    await grpcWeb.handle(json, dispatcher: dispatcher)
    #expect(json.header("grpc-status") == String(Status.Code.unimplemented.rawValue))
  }
}
