import MeshCore
import MeshGateway
import Synchronization

/// An `EdgeExchange` held in memory, for driving an edge protocol without sockets: the request is given,
/// the response is recorded as written (head, body chunks, whether it was finished).
final class RESTTestExchange: EdgeExchange, Sendable {
  struct Response {
    var status: Int?
    var headers: [(String, String)] = []
    var chunks: [[UInt8]] = []
    var finished = false
    var headWrites = 0

    var body: String { String(decoding: chunks.flatMap { $0 }, as: UTF8.self) }
    func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }
  }

  let request: EdgeRequestHead
  private let body: Mutex<[[UInt8]]>
  private let recorded = Mutex(Response())

  init(_ method: String, _ target: String, headers: [(String, String)] = [], body: String = "",
       isSecure: Bool = false) {
    request = EdgeRequestHead(method: method, target: target, headers: headers.map { (name: $0.0, value: $0.1) },
                              httpVersion: "HTTP/1.1", isSecure: isSecure, peer: "ipv4:127.0.0.1:5000")
    self.body = Mutex(body.isEmpty ? [] : [Array(body.utf8)])
  }

  var response: Response { recorded.withLock { $0 } }

  func readBodyChunk() async throws -> [UInt8]? {
    body.withLock { $0.isEmpty ? nil : $0.removeFirst() }
  }

  func writeHead(status: Int, headers: [(String, String)]) async throws {
    recorded.withLock {
      $0.status = $0.status ?? status
      $0.headers = headers
      $0.headWrites += 1
    }
  }

  func write(_ bytes: [UInt8]) async throws {
    recorded.withLock {
      if $0.status == nil { $0.status = 200 }
      if !bytes.isEmpty { $0.chunks.append(bytes) }
    }
  }

  func finish(trailers: [(String, String)]) {
    recorded.withLock { $0.finished = true }
  }
}
