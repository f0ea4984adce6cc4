@testable import MeshTransport
import Testing

extension ResponseHeaders {
  /// A header block made of `fields`, as the connection would collect it, for the client state machine's tests.
  static func block(_ fields: [(String, String)]) -> ResponseHeaders {
    var headers = ResponseHeaders()
    for (name, value) in fields {
      let added = Array(name.utf8).withUnsafeBytes { n in
        Array(value.utf8).withUnsafeBytes { v in headers.add(name: n, value: v, limit: 64 << 10) }
      }
      #expect(added)
    }
    return headers
  }
}
