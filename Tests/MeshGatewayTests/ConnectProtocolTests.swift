import Foundation
import MeshCore
import MeshGateway
import MeshInterop
import MeshProtos
import Testing

@Suite("Connect over the in-process TestService, without sockets")
struct ConnectProtocolTests {
  private let dispatcher = RouterDispatcher(services: [TestServiceProvider()])
  private let connect = ConnectProtocol(configuration: ConnectConfiguration(
    maxMessageSize: 64 * 1024, cors: EdgeCORSPolicy(allowedOrigins: ["*"]),
    catalog: ConnectMethodCatalog(extraGetMethods: ["/grpc.testing.TestService/CacheableUnaryCall"])))

  private func call(_ path: String, method: String = "POST", body: [UInt8] = [], contentType: String? = nil,
                    headers: [(String, String)] = []) async -> GRPCWebTestExchange {
    let all = (contentType.map { [("content-type", $0)] } ?? []) + headers
    let exchange = GRPCWebTestExchange(method: method, target: path, headers: all, body: body.isEmpty ? [] : [body])
    #expect(connect.accepts(exchange.request), "\(method) \(path)")
    await connect.handle(exchange, dispatcher: dispatcher)
    #expect(exchange.finished)
    return exchange
  }

  private static func json(_ bytes: [UInt8]) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
  }

  @Test("Unary JSON: the curl one-liner's request and a proto3 JSON answer")
  func unaryJSON() async throws {
    let empty = await call("/grpc.testing.TestService/EmptyCall", body: Array("{}".utf8), contentType: "application/json")
    #expect(empty.status == 200)
    #expect(empty.header("content-type") == "application/json")
    #expect(String(decoding: empty.body, as: UTF8.self) == "{}")
    let exchange = await call("/grpc.testing.TestService/UnaryCall", body: Array(#"{"responseSize": 5}"#.utf8),
                              contentType: "application/json", headers: [("connect-protocol-version", "1")])
    #expect(exchange.status == 200)
    let payload = try #require(try Self.json(exchange.body)["payload"] as? [String: Any])
    #expect(payload["body"] as? String == "AAAAAAA=")
  }

  @Test("Unary proto, with echoed metadata: initial as headers, trailing with the trailer- prefix")
  func unaryProto() async throws {
    var request = Grpc_Testing_SimpleRequest()
    request.responseSize = 3
    let exchange = await call("/grpc.testing.TestService/UnaryCall", body: try request.wireBytes(),
                              contentType: "application/proto",
                              headers: [("x-grpc-test-echo-initial", "hi"),
                                        ("x-grpc-test-echo-trailing-bin", EdgeBase64.encode([1, 2, 3], padded: false))])
    #expect(exchange.status == 200)
    #expect(exchange.header("content-type") == "application/proto")
    #expect(try Grpc_Testing_SimpleResponse(wireBytes: exchange.body).payload?.body == [0, 0, 0])
    #expect(exchange.header("x-grpc-test-echo-initial") == "hi")
    #expect(exchange.header("trailer-x-grpc-test-echo-trailing-bin").flatMap { EdgeBase64.decode($0) } == [1, 2, 3])
  }

  @Test("Errors: Connect error body with StatusMapping's HTTP status")
  func errors() async throws {
    let exchange = await call("/grpc.testing.TestService/UnaryCall",
                              body: Array(#"{"responseStatus": {"code": 5, "message": "gone \"away\""}}"#.utf8),
                              contentType: "application/json")
    #expect(exchange.status == 404)
    #expect(exchange.header("content-type") == "application/json")
    let error = try Self.json(exchange.body)
    #expect(error["code"] as? String == "not_found")
    #expect(error["message"] as? String == #"gone "away""#)
    // An error's metadata is plain headers (a 401's www-authenticate, a 429's retry-after), not trailer- ones.
    let withMetadata = await call("/grpc.testing.TestService/UnaryCall",
                                  body: Array(#"{"responseStatus": {"code": 8, "message": "slow down"}}"#.utf8),
                                  contentType: "application/json",
                                  headers: [("x-grpc-test-echo-trailing-bin", EdgeBase64.encode([1, 2, 3], padded: false))])
    #expect(withMetadata.status == 429)
    #expect(withMetadata.header("x-grpc-test-echo-trailing-bin").flatMap { EdgeBase64.decode($0) } == [1, 2, 3])
    #expect(withMetadata.header("trailer-x-grpc-test-echo-trailing-bin") == nil)
    let unknown = await call("/grpc.testing.TestService/UnimplementedCall", body: Array("{}".utf8), contentType: "application/json")
    #expect(unknown.status == 501)
    #expect(try Self.json(unknown.body)["code"] as? String == "unimplemented")
  }

  @Test("Invalid JSON, wrong values and invalid protobuf are invalid_argument (400) with a clear message")
  func invalidBodies() async throws {
    for body in [#"{"responseSize": "#, #"{"responseSize": "many"}"#, #"{"payload": {"body": 1}}"#, "\u{FF}"] {
      let exchange = await call("/grpc.testing.TestService/UnaryCall", body: Array(body.utf8), contentType: "application/json")
      #expect(exchange.status == 400, "\(body)")
      let error = try Self.json(exchange.body)
      #expect(error["code"] as? String == "invalid_argument")
      #expect((error["message"] as? String)?.isEmpty == false)
    }
    let proto = await call("/grpc.testing.TestService/UnaryCall", body: [0x0A, 0xFF, 0x01], contentType: "application/proto")
    #expect(proto.status == 400)
    #expect((try Self.json(proto.body)["message"] as? String)?.contains("grpc.testing.SimpleRequest") == true)
  }

  @Test("JSON members and enum names the schema lacks are skipped, as connect-go does (a client on a newer schema)")
  func unknownJSONNamesSkipped() async throws {
    let body = #"{"responseSize": 2, "newInV2": {"a": [1, 2]}, "responseType": "NEW_TYPE", "payload": {"body": "", "tag": "x"}}"#
    let exchange = await call("/grpc.testing.TestService/UnaryCall", body: Array(body.utf8), contentType: "application/json")
    #expect(exchange.status == 200, "\(String(decoding: exchange.body, as: UTF8.self))")
    #expect(String(decoding: exchange.body, as: UTF8.self) == #"{"payload":{"body":"AAA="}}"#)
  }

  @Test("A proto body whose string holds U+0000 is refused at the edge, naming the field, never passed on cut")
  func protoStringWithNUL() async throws {
    // SimpleRequest.response_status (7) = EchoStatus { code: 2, message (2): "a\0b" }.
    let status: [UInt8] = [0x08, 0x02, 0x12, 0x03, 0x61, 0x00, 0x62]
    let body: [UInt8] = [0x3A, UInt8(status.count)] + status
    let exchange = await call("/grpc.testing.TestService/UnaryCall", body: body, contentType: "application/proto")
    #expect(exchange.status == 400)
    let error = try Self.json(exchange.body)
    #expect(error["code"] as? String == "invalid_argument")
    #expect((error["message"] as? String)?.contains("response_status.message holds U+0000") == true, "\(error)")
  }

  @Test("Bad protocol headers and compression are refused properly")
  func headers() async throws {
    let version = await call("/grpc.testing.TestService/EmptyCall", body: Array("{}".utf8), contentType: "application/json",
                             headers: [("connect-protocol-version", "2")])
    #expect(version.status == 400)
    let timeout = await call("/grpc.testing.TestService/EmptyCall", body: Array("{}".utf8), contentType: "application/json",
                             headers: [("connect-timeout-ms", "12345678901")])
    #expect(timeout.status == 400)
    let brotli = await call("/grpc.testing.TestService/EmptyCall", body: [0x1F, 0x8B], contentType: "application/json",
                            headers: [("content-encoding", "br")])
    #expect(brotli.status == 501)
    #expect(brotli.header("accept-encoding") == "gzip, identity")
    let brokenGzip = await call("/grpc.testing.TestService/EmptyCall", body: [0x1F, 0x8B, 8, 0], contentType: "application/json",
                                headers: [("content-encoding", "gzip")])
    #expect(brokenGzip.status == 400)
    let streamingAsUnary = await call("/grpc.testing.TestService/StreamingOutputCall", body: Array("{}".utf8),
                                      contentType: "application/json")
    #expect(streamingAsUnary.status == 415)
  }

  /// A gzip member holding `bytes` in one stored (uncompressed) deflate block: valid gzip without a compressor.
  static func storedGzip(_ bytes: [UInt8]) -> [UInt8] {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    crc ^= 0xFFFF_FFFF
    let length = UInt16(bytes.count)
    let le32 = { (value: UInt32) in (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    return [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 0x01, UInt8(length & 0xFF), UInt8(length >> 8),
            UInt8(~length & 0xFF), UInt8(~length >> 8)] + bytes + le32(crc) + le32(UInt32(bytes.count))
  }

  @Test("gzip requests: unary Content-Encoding, GET compression=gzip, streaming envelopes with flag 0x01")
  func gzip() async throws {
    let unary = await call("/grpc.testing.TestService/UnaryCall", body: Self.storedGzip(Array(#"{"responseSize":2}"#.utf8)),
                           contentType: "application/json", headers: [("content-encoding", "gzip")])
    #expect(unary.status == 200)
    #expect(String(decoding: unary.body, as: UTF8.self) == #"{"payload":{"body":"AAA="}}"#)
    let message = EdgeBase64.encode(Self.storedGzip(Array("{}".utf8)), urlSafe: true, padded: false)
    let get = await call("/grpc.testing.TestService/CacheableUnaryCall?encoding=json&base64=1&compression=gzip&message=\(message)",
                         method: "GET")
    #expect(get.status == 200)
    let envelope = LengthPrefixedFrame(flags: 1, payload: Self.storedGzip(Array(#"{"responseParameters":[{"size":1}]}"#.utf8)))
    let stream = await call("/grpc.testing.TestService/StreamingOutputCall", body: envelope.encoded,
                            contentType: "application/connect+json", headers: [("connect-content-encoding", "gzip")])
    #expect(try Self.envelopes(stream.body).map(\.flags) == [0, 2])
    let refused = await call("/grpc.testing.TestService/StreamingOutputCall", body: envelope.encoded,
                             contentType: "application/connect+json", headers: [("connect-content-encoding", "snappy")])
    let end = try #require(try Self.envelopes(refused.body).last)
    #expect((try Self.json(end.payload)["error"] as? [String: Any])?["code"] as? String == "unimplemented")
  }

  @Test("Connect-Timeout-Ms ends a slow call with deadline_exceeded (504)")
  func deadline() async throws {
    var request = Grpc_Testing_StreamingOutputCallRequest()
    var parameters = Grpc_Testing_ResponseParameters()
    parameters.intervalUs = 3_000_000
    request.responseParameters = [parameters]
    let body = LengthPrefixedFrame(flags: 0, payload: try request.wireBytes()).encoded
    let stream = await call("/grpc.testing.TestService/StreamingOutputCall", body: body,
                            contentType: "application/connect+proto", headers: [("connect-timeout-ms", "100")])
    let end = try #require(try Self.envelopes(stream.body).last)
    #expect(end.flags == 0x02)
    #expect((try Self.json(end.payload)["error"] as? [String: Any])?["code"] as? String == "deadline_exceeded")
  }

  @Test("GET for a method without side effects, base64 and percent-encoded, with a validator")
  func get() async throws {
    let json = #"{"responseSize":2}"#
    let encoded = json.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    let plain = await call("/grpc.testing.TestService/CacheableUnaryCall?connect=v1&encoding=json&message=\(encoded)",
                           method: "GET")
    #expect(plain.status == 200)
    #expect(String(decoding: plain.body, as: UTF8.self) == #"{"payload":{"body":"AAA="}}"#)
    let tag = try #require(plain.header("etag"))
    var request = Grpc_Testing_SimpleRequest()
    request.responseSize = 2
    let base64 = EdgeBase64.encode(try request.wireBytes(), urlSafe: true, padded: false)
    let binary = await call("/grpc.testing.TestService/CacheableUnaryCall?encoding=proto&base64=1&message=\(base64)",
                            method: "GET")
    #expect(binary.status == 200)
    #expect(binary.header("content-type") == "application/proto")
    let revalidated = await call("/grpc.testing.TestService/CacheableUnaryCall?encoding=json&message=\(encoded)",
                                 method: "GET", headers: [("if-none-match", tag)])
    #expect(revalidated.status == 304)
    #expect(revalidated.body.isEmpty)
    let notMarked = await call("/grpc.testing.TestService/UnaryCall?encoding=json&message=%7B%7D", method: "GET")
    #expect(notMarked.status == 405)
    let noEncoding = await call("/grpc.testing.TestService/CacheableUnaryCall?message=%7B%7D", method: "GET")
    #expect(noEncoding.status == 400)
    let badBase64 = await call("/grpc.testing.TestService/CacheableUnaryCall?encoding=proto&base64=1&message=@@", method: "GET")
    #expect(badBase64.status == 400)
  }

  private static func envelopes(_ body: [UInt8]) throws -> [LengthPrefixedFrame] {
    var decoder = LengthPrefixedFrameDecoder(maxPayloadSize: 1 << 24)
    decoder.append(body)
    var frames: [LengthPrefixedFrame] = []
    while let frame = try decoder.next() { frames.append(frame) }
    try decoder.finish()
    return frames
  }

  @Test("Server streaming in connect+json: one envelope per message, then the end-of-stream with trailers")
  func serverStreaming() async throws {
    let request = #"{"responseParameters":[{"size":1},{"size":2}]}"#
    let exchange = await call("/grpc.testing.TestService/StreamingOutputCall",
                              body: LengthPrefixedFrame(flags: 0, payload: Array(request.utf8)).encoded,
                              contentType: "application/connect+json",
                              headers: [("x-grpc-test-echo-trailing-bin", "AQI")])
    #expect(exchange.status == 200)
    #expect(exchange.header("content-type") == "application/connect+json")
    let envelopes = try Self.envelopes(exchange.body)
    #expect(envelopes.map(\.flags) == [0, 0, 2])
    #expect(String(decoding: envelopes[0].payload, as: UTF8.self) == #"{"payload":{"body":"AA=="}}"#)
    let end = try Self.json(envelopes[2].payload)
    #expect(end["error"] == nil)
  }

  @Test("Client streaming and bidi (half-duplex) in connect+proto")
  func clientAndBidiStreaming() async throws {
    var body: [UInt8] = []
    for size in [3, 4] {
      var request = Grpc_Testing_StreamingInputCallRequest()
      var payload = Grpc_Testing_Payload()
      payload.body = Array(repeating: 1, count: size)
      request.payload = payload
      body += LengthPrefixedFrame(flags: 0, payload: try request.wireBytes()).encoded
    }
    let input = await call("/grpc.testing.TestService/StreamingInputCall", body: body, contentType: "application/connect+proto")
    let envelopes = try Self.envelopes(input.body)
    #expect(envelopes.map(\.flags) == [0, 2])
    #expect(try Grpc_Testing_StreamingInputCallResponse(wireBytes: envelopes[0].payload).aggregatedPayloadSize == 7)

    var bidi: [UInt8] = []
    for size in [5, 6, 7] {
      bidi += LengthPrefixedFrame(flags: 0, payload: Array(#"{"responseParameters":[{"size":\#(size)}]}"#.utf8)).encoded
    }
    let duplex = await call("/grpc.testing.TestService/FullDuplexCall", body: bidi, contentType: "application/connect+json")
    #expect(try Self.envelopes(duplex.body).map(\.flags) == [0, 0, 0, 2])
  }

  @Test("Streaming errors: the end-of-stream carries the Connect error and metadata; bad envelopes too")
  func streamingErrors() async throws {
    let failing = #"{"responseStatus":{"code":7,"message":"no"}}"#
    let exchange = await call("/grpc.testing.TestService/StreamingOutputCall",
                              body: LengthPrefixedFrame(flags: 0, payload: Array(failing.utf8)).encoded,
                              contentType: "application/connect+json")
    #expect(exchange.status == 200)
    let end = try #require(try Self.envelopes(exchange.body).last)
    #expect(end.flags == 2)
    let error = try #require(try Self.json(end.payload)["error"] as? [String: Any])
    #expect(error["code"] as? String == "permission_denied")
    #expect(error["message"] as? String == "no")

    for bad in [[0, 0, 0, 0, 9, 1] as [UInt8], [2, 0, 0, 0, 0], [1, 0, 0, 0, 1, 0], [0, 0x7F, 0, 0, 0]] {
      let exchange = await call("/grpc.testing.TestService/StreamingInputCall", body: bad, contentType: "application/connect+proto")
      let end = try #require(try Self.envelopes(exchange.body).last)
      #expect(end.flags == 2)
      #expect((try Self.json(end.payload)["error"] as? [String: Any])?["code"] != nil, "\(bad)")
    }
  }

  @Test("Error details from grpc-status-details-bin go into the body as type and base64 value")
  func errorDetails() throws {
    // google.rpc.Status { code: 5, details: [Any { type_url: "type.googleapis.com/x.Y", value: [1,2] }] }
    let any: [UInt8] = [0x0A, 23] + Array("type.googleapis.com/x.Y".utf8) + [0x12, 2, 1, 2]
    let status: [UInt8] = [0x08, 5, 0x1A, UInt8(any.count)] + any
    var trailers = Metadata()
    trailers.addBinary(status, forKey: "grpc-status-details-bin")
    let json = ConnectErrorBody.errorJSON(Status(code: .notFound, message: "m"), trailers: trailers)
    #expect(json == #"{"code":"not_found","message":"m","details":[{"type":"x.Y","value":"AQI"}]}"#)
  }

  @Test("GET follows the protos' idempotency_level: NO_SIDE_EFFECTS methods yes, unmarked and streaming ones no")
  func getFromProtoOptions() throws {
    let catalog = ConnectMethodCatalog()
    #expect(try #require(catalog.method(path: "/mesh.listing.v1.ListingService/GetListing")).allowsGet)
    #expect(try #require(catalog.method(path: "/grpc.testing.TestService/UnaryCall")).allowsGet == false)
    #expect(try #require(catalog.method(path: "/grpc.testing.TestService/StreamingOutputCall")).allowsGet == false)
  }

  @Test("Preflight for Connect headers; REST paths and other content types are not Connect")
  func acceptance() async {
    let preflight = GRPCWebTestExchange(method: "OPTIONS", target: "/grpc.testing.TestService/UnaryCall",
                                        headers: [("origin", "http://localhost:3000"), ("access-control-request-method", "POST"),
                                                  ("access-control-request-headers", "connect-protocol-version,content-type")])
    #expect(connect.accepts(preflight.request))
    await connect.handle(preflight, dispatcher: dispatcher)
    #expect(preflight.status == 200)
    #expect(preflight.header("access-control-allow-methods") == "GET, POST")
    let rest = connect.accepts(GRPCWebTestExchange(target: "/v1/orders", headers: [("content-type", "application/json")]).request)
    #expect(!rest)
    let grpc = connect.accepts(GRPCWebTestExchange(target: "/a.B/C", headers: [("content-type", "application/grpc")]).request)
    #expect(!grpc)
  }
}
