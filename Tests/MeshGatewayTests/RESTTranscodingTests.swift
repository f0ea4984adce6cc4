import MeshCore
@testable import MeshGateway
import MeshInterop
import MeshProtobuf
import MeshProtos
import Synchronization
import Testing

/// REST/JSON transcoding of MeshInterop's TestService through `RouterDispatcher`, with bindings given
/// as configuration (grpc's test.proto carries no annotations), driven through an in-memory exchange.
@Suite("REST/JSON transcoding")
struct RESTTranscodingTests {
  static let bindings: [String: [ProtoHTTPRule]] = [
    "/grpc.testing.TestService/EmptyCall": [ProtoHTTPRule(method: "GET", path: "/v1/test/empty")],
    "/grpc.testing.TestService/UnaryCall": [
      ProtoHTTPRule(method: "POST", path: "/v1/test/unary", body: "*"),
      ProtoHTTPRule(method: "GET", path: "/v1/test/unary/{response_size}"),
      ProtoHTTPRule(method: "GET", path: "/v1/test/payload/{response_size}", responseBody: "payload"),
      ProtoHTTPRule(method: "PUT", path: "/v1/test/status/{response_status.code}", body: "payload"),
    ],
    "/grpc.testing.TestService/StreamingOutputCall": [ProtoHTTPRule(method: "POST", path: "/v1/test/stream", body: "*")],
  ]

  static func rest() throws -> RESTProtocol {
    let methods = ProtoRegistry.methods.values.filter { bindings[$0.path] != nil }
    return RESTProtocol(routes: try RESTRoute.table(methods: methods, messages: ProtoRegistry.messages,
                                                    overrides: bindings))
  }

  static func call(_ exchange: RESTTestExchange, interceptors: [any ServerInterceptor] = []) async throws
    -> RESTTestExchange.Response
  {
    let rest = try rest()
    #expect(rest.accepts(exchange.request))
    await rest.handle(exchange, dispatcher: RouterDispatcher(services: [TestServiceProvider()], interceptors: interceptors))
    let response = exchange.response
    #expect(response.finished)
    return response
  }

  @Test("GET with a path variable and query parameters; the response as proto3 JSON")
  func unaryGet() async throws {
    let response = try await Self.call(RESTTestExchange("GET", "/v1/test/unary/3?fill_username=false&responseType=COMPRESSABLE"))
    #expect(response.status == 200)
    #expect(response.header("content-type") == "application/json")
    #expect(response.body == #"{"payload":{"body":"AAAA"}}"#)
  }

  @Test("POST with body * (JSON and proto names both); a path-bound field of the body (nested) and a body field")
  func bodies() async throws {
    var response = try await Self.call(RESTTestExchange("POST", "/v1/test/unary", headers: [("content-type", "application/json")],
                                                        body: #"{"response_size": 1, "fillUsername": false}"#))
    #expect(response.status == 200)
    #expect(response.body == #"{"payload":{"body":"AA=="}}"#)
    // {response_status.code} is a nested field path; the body fills `payload` only.
    response = try await Self.call(RESTTestExchange("PUT", "/v1/test/status/7", body: #"{"body": "AAE="}"#))
    #expect(response.status == 403)
    #expect(response.body == #"{"code":7,"message":"","details":[]}"#)
  }

  @Test("Members, enum names and query parameters the request type lacks are skipped (grpc-gateway's choice)")
  func unknownNamesSkipped() async throws {
    var response = try await Self.call(RESTTestExchange(
      "GET", "/v1/test/unary/2?_=1733450000&utm_source=mail&payload.color=red&fill_username=false"))
    #expect(response.status == 200)
    #expect(response.body == #"{"payload":{"body":"AAA="}}"#)
    response = try await Self.call(RESTTestExchange(
      "POST", "/v1/test/unary", body: #"{"responseSize": 1, "addedInV2": {"x": [1]}, "responseType": "RANDOM_V2"}"#))
    #expect(response.status == 200)
    #expect(response.body == #"{"payload":{"body":"AA=="}}"#)
    // A known field with a wrong value is still refused by name.
    response = try await Self.call(RESTTestExchange("GET", "/v1/test/unary/2?fill_username=maybe&_=1"))
    #expect(response.status == 400)
    #expect(response.body.contains("fill_username"))
  }

  @Test("response_body makes one field of the response the body")
  func responseBody() async throws {
    let response = try await Self.call(RESTTestExchange("GET", "/v1/test/payload/2"))
    #expect(response.status == 200)
    #expect(response.body == #"{"body":"AAA="}"#)
  }

  @Test("A failed call is google.rpc.Status JSON with the status of StatusMapping")
  func failures() async throws {
    let response = try await Self.call(RESTTestExchange(
      "POST", "/v1/test/unary", body: #"{"responseStatus": {"code": 5, "message": "no \"such\" thing"}}"#))
    #expect(response.status == 404)
    #expect(response.header("content-type") == "application/json")
    #expect(response.body == #"{"code":5,"message":"no \"such\" thing","details":[]}"#)
  }

  @Test("Bad input is 400 naming what is wrong", arguments: [
    ("POST", "/v1/test/unary", #"{"responseSize": "#, "Invalid JSON"),
    ("POST", "/v1/test/unary", #"{"responseSize": "x"}"#, "32-bit"),
    ("GET", "/v1/test/unary/abc", "", "response_size"),
    ("GET", "/v1/test/unary/99999999999", "", "32-bit"),
    ("GET", "/v1/test/unary/1?fill_username=maybe", "", "fill_username"),
    ("GET", "/v1/test/unary/1?payload.body=x", "", "base64"),
    ("GET", "/v1/test/unary/1?response_size=2", "", "already bound by the path"),
    ("GET", "/v1/test/unary/1?payload=x", "", "payload"),
    ("GET", "/v1/test/unary/1?fill_username=%zz", "", "percent-encoded"),
  ])
  func badInput(method: String, target: String, body: String, mention: String) async throws {
    let response = try await Self.call(RESTTestExchange(method, target, body: body))
    #expect(response.status == 400)
    #expect(response.body.hasPrefix(#"{"code":3,"message":"#))
    #expect(response.body.contains(mention), "\(response.body)")
  }

  @Test("A non-JSON body is 415; an unknown path under /v1/ is a JSON 404; a wrong method 405 with Allow")
  func routing() async throws {
    var response = try await Self.call(RESTTestExchange("POST", "/v1/test/unary", headers: [("content-type", "text/plain")],
                                                        body: "hello"))
    #expect(response.status == 415)
    response = try await Self.call(RESTTestExchange("GET", "/v1/no/such/route"))
    #expect(response.status == 404)
    #expect(response.body.hasPrefix(#"{"code":5,"#))
    response = try await Self.call(RESTTestExchange("DELETE", "/v1/test/unary"))
    #expect(response.status == 405)
    #expect(response.header("allow") == "POST")
    let rest = try Self.rest()
    #expect(!rest.accepts(RESTTestExchange("GET", "/index.html").request))
    #expect(!rest.accepts(RESTTestExchange("POST", "/v1/test/unary", headers: [("content-type", "application/grpc-web")]).request))
  }

  @Test("Request headers become metadata and response metadata comes back as grpc-metadata- headers")
  func metadata() async throws {
    let response = try await Self.call(RESTTestExchange("GET", "/v1/test/empty", headers: [("x-grpc-test-echo-initial", "hello")]))
    #expect(response.status == 200)
    #expect(response.body == "{}")
    #expect(response.header("grpc-metadata-x-grpc-test-echo-initial") == "hello")
  }

  @Test("Server streaming is NDJSON by default, one {\"result\":…} per line")
  func ndjson() async throws {
    let response = try await Self.call(RESTTestExchange(
      "POST", "/v1/test/stream", body: #"{"responseParameters": [{"size": 1}, {"size": 2}, {"size": 3}]}"#))
    #expect(response.status == 200)
    #expect(response.header("content-type") == "application/x-ndjson")
    #expect(response.chunks.count == 3)
    #expect(response.body == """
      {"result":{"payload":{"body":"AA=="}}}
      {"result":{"payload":{"body":"AAA="}}}
      {"result":{"payload":{"body":"AAAA"}}}

      """)
  }

  @Test("Server streaming as Server-Sent Events when the client accepts text/event-stream")
  func serverSentEvents() async throws {
    let response = try await Self.call(RESTTestExchange(
      "POST", "/v1/test/stream", headers: [("accept", "text/event-stream")],
      body: #"{"responseParameters": [{"size": 1}, {"size": 1}]}"#))
    #expect(response.status == 200)
    #expect(response.header("content-type") == "text/event-stream")
    #expect(response.body == "data: {\"payload\":{\"body\":\"AA==\"}}\n\ndata: {\"payload\":{\"body\":\"AA==\"}}\n\n")
  }

  @Test("A stream that fails after it started ends with an error object, as a line or an error event")
  func failingStream() async throws {
    let body = #"{"responseParameters": [{"size": 1}, {"size": 1}, {"size": 1}]}"#
    let failing = FailAfterMessagesInterceptor(messages: 2)
    var response = try await Self.call(RESTTestExchange("POST", "/v1/test/stream", body: body), interceptors: [failing])
    #expect(response.status == 200)
    let lines = response.body.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.last == #"{"error":{"code":14,"message":"the upstream went away","details":[]}}"#)
    response = try await Self.call(RESTTestExchange("POST", "/v1/test/stream", headers: [("accept", "text/event-stream")],
                                                    body: body), interceptors: [failing])
    #expect(response.body.hasSuffix("event: error\ndata: {\"code\":14,\"message\":\"the upstream went away\",\"details\":[]}\n\n"))
    // Failing before the first message: a plain error response with its HTTP status.
    response = try await Self.call(RESTTestExchange("POST", "/v1/test/stream",
                                                    body: #"{"responseStatus": {"code": 8, "message": "later"}}"#))
    #expect(response.status == 429)
    #expect(response.body == #"{"code":8,"message":"later","details":[]}"#)
  }

  @Test("A refusal by a filter is JSON with the error's metadata as headers")
  func reject() async throws {
    let exchange = RESTTestExchange("GET", "/v1/test/empty")
    var metadata = Metadata()
    metadata.addString("3", forKey: "retry-after")
    try await Self.rest().reject(RPCError(code: .resourceExhausted, message: "slow down", metadata: metadata), on: exchange)
    #expect(exchange.response.status == 429)
    #expect(exchange.response.header("retry-after") == "3")
    #expect(exchange.response.body == #"{"code":8,"message":"slow down","details":[]}"#)
  }
}

/// Ends a call with UNAVAILABLE once a number of response messages went out: an upstream lost mid-stream.
struct FailAfterMessagesInterceptor: ServerInterceptor {
  let messages: Int

  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    try await next(Counting(base: stream, limit: messages), context)
  }

  private final class Counting: ForwardingServerCallStream, @unchecked Sendable {
    let limit: Int
    let sent = Mutex(0)

    init(base: any ServerCallStream, limit: Int) {
      self.limit = limit
      super.init(base: base)
    }

    override func send(_ message: [UInt8], compress: Bool) async throws {
      let count = sent.withLock { value -> Int in
        value += 1
        return value
      }
      guard count <= limit else { throw RPCError(code: .unavailable, message: "the upstream went away") }
      try await super.send(message, compress: compress)
    }
  }
}
