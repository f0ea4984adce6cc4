import Foundation
import MeshCore
import MeshGateway
import MeshHTTP
import MeshInterop
import MeshTestSupport
import MeshTransport
import Testing

/// REST/JSON and static files over real sockets through the gateway's front, with independent clients:
/// curl over h2c (the transport's server) and HTTP/1.1 (MeshHTTP's), and Python's `requests`.
@Suite("REST/JSON and static files over sockets", .serialized)
struct RESTSocketTests {
  /// The REST and static-file protocols served over both HTTP versions, with a web folder of their own.
  final class Stack {
    let servers: FrontServers
    let folder: URL

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("rest-web-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data("<!doctype html><title>chat</title>".utf8).write(to: folder.appendingPathComponent("index.html"))
      let front = EdgeFront(
        protocols: [try RESTTranscodingTests.rest(), StaticFiles(configuration: StaticFilesConfiguration(root: folder.path))],
        dispatcher: RouterDispatcher(services: [TestServiceProvider()], interceptors: [FailAfterMessagesInterceptor(messages: 2)]))
      servers = try FrontServers(front: front)
    }

    func stop() async {
      await servers.stop()
      try? FileManager.default.removeItem(at: folder)
    }

    var base: String { "http://127.0.0.1:\(servers.http1Port)" }

    /// Runs `body` against both servers: curl's arguments for h2c, then for HTTP/1.1.
    func both(_ body: (_ base: String, _ flags: [String], _ version: String) async throws -> Void) async throws {
      try await servers.both(body)
    }

    func python(_ arguments: [String]) async throws -> [String: Any] {
      let script = Repository.root.appendingPathComponent("Tests/MeshGatewayTests/Peers/rest_peer.py").path
      let process = try PeerProcess(try Repository.python, [script] + arguments)
      let status = try await process.waitForExit(seconds: 60)
      guard status == 0, let line = process.text.split(separator: "\n").last,
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw RESTPeerFailure("rest_peer failed (\(status)): \(process.text)")
      }
      return object
    }
  }

  @Test("curl over h2c and HTTP/1.1: unary GET and POST, error statuses, NDJSON and SSE streaming, a static page")
  func curlBothVersions() async throws {
    let stack = try Stack()
    do {
      try await stack.both { base, flags, version in
        var text = try await curl(flags + ["-i", base + "/v1/test/unary/3"])
        #expect(text.hasPrefix("\(version) 200"), "\(text)")
        #expect(text.lowercased().contains("content-type: application/json"))
        #expect(text.hasSuffix(#"{"payload":{"body":"AAAA"}}"#))
        text = try await curl(flags + ["-i", "-X", "POST", "-H", "content-type: application/json",
                                       "--data", #"{"responseStatus":{"code":16,"message":"who?"}}"#, base + "/v1/test/unary"])
        #expect(text.hasPrefix("\(version) 401"))
        #expect(text.hasSuffix(#"{"code":16,"message":"who?","details":[]}"#))
        text = try await curl(flags + ["-i", "-X", "POST", "--data", "{}", base + "/v1/test/unary"])
        #expect(text.hasPrefix("\(version) 415"))  // curl's --data is a form unless told otherwise
        text = try await curl(flags + ["-N", "-X", "POST", "-H", "content-type: application/json", "--data",
                                       #"{"responseParameters":[{"size":1},{"size":2}]}"#, base + "/v1/test/stream"])
        #expect(text == "{\"result\":{\"payload\":{\"body\":\"AA==\"}}}\n{\"result\":{\"payload\":{\"body\":\"AAA=\"}}}\n")
        text = try await curl(flags + ["-N", "-X", "POST", "-H", "accept: text/event-stream", "-H", "content-type: application/json",
                                       "--data", #"{"responseParameters":[{"size":1},{"size":1},{"size":1}]}"#,
                                       base + "/v1/test/stream"])
        #expect(text.hasPrefix("data: {\"payload\":{\"body\":\"AA==\"}}\n\n"))
        #expect(text.hasSuffix("event: error\ndata: {\"code\":14,\"message\":\"the upstream went away\",\"details\":[]}\n\n"))
        text = try await curl(flags + ["-i", "-X", "DELETE", base + "/v1/test/unary"])
        #expect(text.hasPrefix("\(version) 405"))
        #expect(text.lowercased().contains("allow: post"))
        text = try await curl(flags + ["-i", base + "/chat/1"])
        #expect(text.contains("<title>chat</title>"))
        #expect(text.lowercased().contains("x-content-type-options: nosniff"))
        let etag = try #require(text.split(separator: "\r\n").first { $0.lowercased().hasPrefix("etag:") }?.dropFirst(5)
          .trimmingCharacters(in: .whitespaces))
        text = try await curl(flags + ["-i", "-H", "if-none-match: \(etag)", base + "/"])
        #expect(text.hasPrefix("\(version) 304"))
        text = try await curl(flags + ["-i", base + "/%2e%2e/etc/passwd"])
        #expect(text.hasPrefix("\(version) 400"))
      }
    } catch {
      await stack.stop()
      throw error
    }
    await stack.stop()
  }

  @Test("Python requests: Server-Sent Events, and a stream that fails mid-way ends with an error event/line")
  func serverSentEvents() async throws {
    let stack = try Stack()
    do {
      let body = #"{"responseParameters":[{"size":1},{"size":1},{"size":1}]}"#
      var result = try await stack.python(["POST", stack.base + "/v1/test/stream", body, "text/event-stream"])
      #expect(result["status"] as? Int == 200)
      let events = try #require(result["events"] as? [[String: Any]])
      #expect(events.count == 3)
      #expect(events.prefix(2).allSatisfy { $0["event"] as? String == "message" })
      #expect(events.last?["event"] as? String == "error")
      #expect((events.last?["data"] as? [String: Any])?["code"] as? Int == 14)
      result = try await stack.python(["POST", stack.base + "/v1/test/stream", body])
      let lines = try #require(result["lines"] as? [[String: Any]])
      #expect(lines.count == 3)
      #expect((lines.last?["error"] as? [String: Any])?["message"] as? String == "the upstream went away")
      result = try await stack.python(["GET", stack.base + "/v1/test/unary/1?fill_username=perhaps"])
      #expect(result["status"] as? Int == 400)
      #expect((result["body"] as? String)?.contains("fill_username") == true)
    } catch {
      await stack.stop()
      throw error
    }
    await stack.stop()
  }
}

/// A peer (curl, Python) that failed, with its output.
struct RESTPeerFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
