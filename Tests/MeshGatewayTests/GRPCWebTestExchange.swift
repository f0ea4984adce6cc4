import MeshCore
import MeshGateway
import Synchronization

/// An in-memory `EdgeExchange` for the edge protocols' tests: the body comes in the chunks given, and
/// the response (head, body bytes, end) is recorded. Shared by the gRPC-Web and Connect tests.
final class GRPCWebTestExchange: EdgeExchange {
  let request: EdgeRequestHead
  private struct State {
    var chunks: [[UInt8]]
    var status: Int?
    var headers: [(String, String)] = []
    var body: [UInt8] = []
    var finished = false
    var writes = 0
  }
  private let state: Mutex<State>

  init(method: String = "POST", target: String, headers: [(String, String)], body: [[UInt8]] = [],
       httpVersion: String = "HTTP/1.1") {
    request = EdgeRequestHead(method: method, target: target, headers: headers.map { (name: $0.0, value: $0.1) },
                              httpVersion: httpVersion, isSecure: false, peer: "ipv4:127.0.0.1:1")
    state = Mutex(State(chunks: body))
  }

  func readBodyChunk() async throws -> [UInt8]? {
    state.withLock { $0.chunks.isEmpty ? nil : $0.chunks.removeFirst() }
  }

  func writeHead(status: Int, headers: [(String, String)]) async throws {
    state.withLock { state in
      precondition(state.status == nil, "head written twice")
      state.status = status
      state.headers = headers
    }
  }

  func write(_ bytes: [UInt8]) async throws {
    state.withLock { state in
      precondition(!state.finished, "write after finish")
      if state.status == nil { state.status = 200 }
      state.body += bytes
      state.writes += 1
    }
  }

  func finish(trailers: [(String, String)]) {
    state.withLock { $0.finished = true }
  }

  var status: Int? { state.withLock { $0.status } }
  var responseHeaders: [(String, String)] { state.withLock { $0.headers } }
  var body: [UInt8] { state.withLock { $0.body } }
  var finished: Bool { state.withLock { $0.finished } }

  func header(_ name: String) -> String? { responseHeaders.first { $0.0 == name }?.1 }
}
