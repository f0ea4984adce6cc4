import Foundation
import MeshCore
import MeshGateway
import MeshInterop
import MeshTestSupport
import Testing

/// REST/JSON and static files over real sockets (HTTP/1.1) with independent clients: curl and Python's
/// `requests`. The front is `RESTSocketFront` (MeshHTTP's server) until the gateway's own is on main.
@Suite("REST/JSON and static files over sockets", .serialized)
struct RESTSocketTests {
  final class Stack {
    let front: RESTSocketFront
    let folder: URL

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("rest-web-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data("<!doctype html><title>chat</title>".utf8).write(to: folder.appendingPathComponent("index.html"))
      front = try RESTSocketFront(
        protocols: [try RESTTranscodingTests.rest(), StaticFiles(configuration: StaticFilesConfiguration(root: folder.path))],
        dispatcher: RouterDispatcher(services: [TestServiceProvider()], interceptors: [FailAfterMessagesInterceptor(messages: 2)]))
    }

    func stop() async {
      await front.stop()
      try? FileManager.default.removeItem(at: folder)
    }

    var base: String { "http://127.0.0.1:\(front.port)" }

    func curl(_ arguments: [String]) async throws -> String {
      let process = try PeerProcess("/usr/bin/curl", ["-sS", "--max-time", "20"] + arguments)
      let status = try await process.waitForExit(seconds: 30)
      guard status == 0 else { throw RESTPeerFailure("curl failed (\(status)): \(process.text)") }
      return process.text
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

  @Test("curl: unary GET and POST, an error status, NDJSON streaming, a static page")
  func curl() async throws {
    let stack = try Stack()
    do {
      var text = try await stack.curl(["-i", stack.base + "/v1/test/unary/3"])
      #expect(text.hasPrefix("HTTP/1.1 200"))
      #expect(text.lowercased().contains("content-type: application/json"))
      #expect(text.hasSuffix(#"{"payload":{"body":"AAAA"}}"#))
      text = try await stack.curl(["-i", "-X", "POST", "-H", "content-type: application/json",
                                   "--data", #"{"responseStatus":{"code":16,"message":"who?"}}"#, stack.base + "/v1/test/unary"])
      #expect(text.hasPrefix("HTTP/1.1 401"))
      #expect(text.hasSuffix(#"{"code":16,"message":"who?","details":[]}"#))
      text = try await stack.curl(["-i", "-X", "POST", "--data", "{}", stack.base + "/v1/test/unary"])
      #expect(text.hasPrefix("HTTP/1.1 415"))  // curl's --data is a form unless told otherwise
      text = try await stack.curl(["-N", "-X", "POST", "-H", "content-type: application/json", "--data", #"{"responseParameters":[{"size":1},{"size":2}]}"#,
                                   stack.base + "/v1/test/stream"])
      #expect(text == "{\"result\":{\"payload\":{\"body\":\"AA==\"}}}\n{\"result\":{\"payload\":{\"body\":\"AAA=\"}}}\n")
      text = try await stack.curl(["-i", "-X", "DELETE", stack.base + "/v1/test/unary"])
      #expect(text.hasPrefix("HTTP/1.1 405"))
      #expect(text.lowercased().contains("allow: post"))
      text = try await stack.curl([stack.base + "/chat/1"])
      #expect(text.contains("<title>chat</title>"))
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
