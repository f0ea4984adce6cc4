import Foundation
import MeshHTTP
import MeshTestSupport
import MeshTransport

/// A small service for the live tests, on a fresh port.
struct TestHTTPService {
  struct Failure: Error {}

  static func router() -> HTTPRouter {
    var router = HTTPRouter()
    router.add("GET", "/hello") { _ in .text(200, "hello") }
    router.add("POST", "/echo") { request in
      HTTPResponse(status: 200, headers: ["Content-Type": request.headers["Content-Type"] ?? "application/octet-stream"],
                   body: .bytes(request.body))
    }
    router.add("GET", "/items/{id}") { request in
      .text(200, "{\"id\":\"\(request.pathParameters["id"] ?? "")\"}", contentType: "application/json")
    }
    router.add("GET", "/stream") { _ in
      HTTPResponse(status: 200, headers: ["Content-Type": "application/x-ndjson"], body: .stream { writer in
        for index in 0..<5 {
          try await writer.write(Array("{\"line\":\(index)}\n".utf8))
          try await Task.sleep(for: .milliseconds(5))
        }
      })
    }
    router.add("GET", "/fail-stream") { _ in
      HTTPResponse(status: 200, body: .stream { writer in
        try await writer.write(Array("partial".utf8))
        throw Failure()
      })
    }
    // Three pieces 300 ms apart (Server-Sent Events style), and one that never ends.
    router.add("GET", "/drip") { _ in
      HTTPResponse(status: 200, headers: ["Content-Type": "text/event-stream"], body: .stream { writer in
        for index in 0..<3 {
          try await writer.write(Array("data: \(index)\n\n".utf8))
          try await Task.sleep(for: .milliseconds(300))
        }
      })
    }
    router.add("GET", "/drip-forever") { _ in
      HTTPResponse(status: 200, headers: ["Content-Type": "text/event-stream"], body: .stream { writer in
        while true {
          try await writer.write(Array("data: more\n\n".utf8))
          try await Task.sleep(for: .milliseconds(100))
        }
      })
    }
    router.add("GET", "/slow") { _ in
      try await Task.sleep(for: .seconds(2))
      return .text(200, "late")
    }
    return router
  }

  let group: EventLoopGroup
  let server: HTTPServer
  let port: Int

  /// - Parameter threads: the loops of server and client (one puts both ends of a connection on one loop).
  init(configuration: HTTPServerConfiguration = HTTPServerConfiguration(), threads: Int = 2) throws {
    group = EventLoopGroup(threads: threads)
    server = HTTPServer(handler: Self.router(), configuration: configuration, group: group)
    port = try server.start().port
  }

  func stop() async {
    await server.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
  }

  /// Runs the Python peer and decodes the JSON it prints.
  func peer(_ arguments: [String]) async throws -> [String: Any] {
    let script = Repository.root.appendingPathComponent("Tests/MeshHTTPTests/Peers/http_peer.py").path
    let process = try PeerProcess(try Repository.python, [script] + arguments)
    let status = try await process.waitForExit(seconds: 60)
    guard status == 0, let line = process.text.split(separator: "\n").last,
          let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    else { throw TestPeerFailure("peer failed (\(status)): \(process.text)") }
    return object
  }

  /// Sends raw bytes and returns the statuses received and whether the server closed.
  func raw(_ text: String, wait: Double = 2) async throws -> (statuses: [Int], closed: Bool, text: String) {
    let hex = Array(text.utf8).map { String(format: "%02x", $0) }.joined()
    let result = try await peer(["raw", "\(port)", hex, "\(wait)"])
    return ((result["statuses"] as? [Int]) ?? [], (result["closed"] as? Bool) ?? false, (result["text"] as? String) ?? "")
  }

  /// Runs curl and returns its output.
  func curl(_ arguments: [String]) async throws -> String {
    let process = try PeerProcess("/usr/bin/curl", ["-sS", "--max-time", "20"] + arguments)
    let status = try await process.waitForExit(seconds: 30)
    guard status == 0 else { throw TestPeerFailure("curl failed (\(status)): \(process.text)") }
    return process.text
  }
}
