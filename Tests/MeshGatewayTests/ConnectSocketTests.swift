import Foundation
import MeshCore
import MeshGateway
import MeshTestSupport
import Testing

@Suite("Connect through the gateway's front over sockets, with connectrpc and curl", .serialized)
struct ConnectSocketTests {
  @Test("connectrpc (PyPI), proto and JSON, h2c and HTTP/1.1: unary, GET, server/client/bidi streams, errors, deadlines",
        arguments: ["h2", "http1"])
  func connectrpc(version: String) async throws {
    let front = try GRPCWebGatewayFront.start()
    let port = version == "h2" ? front.h2Port : front.http1Port
    let run = try await edgeClient(try Repository.python, [edgeClientsPeer, "connect", "http://127.0.0.1:\(port)", version])
    await front.stop()
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains("18 passed, 0 failed"), "\(run.output)")
  }

  @Test("curl one-liners over h2c and HTTP/1.1: POST JSON, GET, an error body")
  func curl() async throws {
    let front = try GRPCWebGatewayFront.start()
    defer { Task { await front.stop() } }
    for (base, flags, version) in front.versions {
      let service = base + "/grpc.testing.TestService"
      let empty = try await edgeClient("/usr/bin/curl", ["-sS"] + flags + ["-d", "{}", "-H", "content-type: application/json",
                                                                           service + "/EmptyCall"])
      #expect(empty.output == "{}", "\(version) \(empty.output)")
      let get = try await edgeClient("/usr/bin/curl", ["-sS", "-i"] + flags + [
        "--get", "--data-urlencode", "encoding=json", "--data-urlencode", #"message={"responseSize":1}"#,
        service + "/CacheableUnaryCall"])
      #expect(get.output.hasPrefix("HTTP/1.1 200") || get.output.hasPrefix("HTTP/2 200"), "\(version) \(get.output)")
      #expect(get.output.lowercased().contains("etag: \""))
      #expect(get.output.hasSuffix(#"{"payload":{"body":"AA=="}}"#), "\(version) \(get.output)")
      let error = try await edgeClient("/usr/bin/curl", ["-sS", "-i"] + flags + [
        "-d", #"{"responseStatus":{"code":3,"message":"bad"}}"#, "-H", "content-type: application/json", service + "/UnaryCall"])
      #expect(error.output.hasPrefix("HTTP/1.1 400") || error.output.hasPrefix("HTTP/2 400"), "\(version) \(error.output)")
      #expect(error.output.hasSuffix(#"{"code":"invalid_argument","message":"bad"}"#), "\(version) \(error.output)")
    }
  }
}
