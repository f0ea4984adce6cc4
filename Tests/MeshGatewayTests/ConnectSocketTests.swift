import Foundation
import MeshCore
import MeshGateway
import MeshInterop
import MeshTestSupport
import Testing

@Suite("Connect over HTTP/1.1 sockets, with connectrpc and curl", .serialized)
struct ConnectSocketTests {
  private static func harness() throws -> GRPCWebHTTP1Harness {
    let catalog = ConnectMethodCatalog(extraGetMethods: ["/grpc.testing.TestService/CacheableUnaryCall"])
    return try GRPCWebHTTP1Harness(protocols: [ConnectProtocol(configuration: ConnectConfiguration(catalog: catalog))],
                                   dispatcher: RouterDispatcher(services: [TestServiceProvider()]))
  }

  @Test("connectrpc (PyPI), proto and JSON: unary, GET, server/client/bidi streams, errors, deadlines")
  func connectrpc() async throws {
    let harness = try Self.harness()
    let run = try await edgeClient(try Repository.python, [edgeClientsPeer, "connect", "http://127.0.0.1:\(harness.port)"])
    await harness.stop()
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains("18 passed, 0 failed"), "\(run.output)")
  }

  @Test("curl one-liners: POST JSON, GET, and an error body")
  func curl() async throws {
    let harness = try Self.harness()
    let base = "http://127.0.0.1:\(harness.port)/grpc.testing.TestService"
    let empty = try await edgeClient("/usr/bin/curl", ["-sS", "-d", "{}", "-H", "content-type: application/json", base + "/EmptyCall"])
    let get = try await edgeClient("/usr/bin/curl", ["-sS", "-i", "--get", "--data-urlencode", "encoding=json",
                                                     "--data-urlencode", #"message={"responseSize":1}"#, base + "/CacheableUnaryCall"])
    let error = try await edgeClient("/usr/bin/curl", ["-sS", "-i", "-d", #"{"responseStatus":{"code":3,"message":"bad"}}"#,
                                                       "-H", "content-type: application/json", base + "/UnaryCall"])
    await harness.stop()
    #expect(empty.output == "{}", "\(empty.output)")
    #expect(get.output.hasPrefix("HTTP/1.1 200"), "\(get.output)")
    #expect(get.output.lowercased().contains("etag: \""))
    #expect(get.output.hasSuffix(#"{"payload":{"body":"AA=="}}"#), "\(get.output)")
    #expect(error.output.hasPrefix("HTTP/1.1 400"), "\(error.output)")
    #expect(error.output.hasSuffix(#"{"code":"invalid_argument","message":"bad"}"#), "\(error.output)")
  }
}
