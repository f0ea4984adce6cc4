import MeshHTTP
import Testing

/// A request that asks for an upgrade the server does not offer (h2c, as `curl --http2` sends on an
/// http:// URL) is answered as a plain one, body included, however the body is split across reads. The
/// parser flags the upgrade from the head on: the decoder started over at the first read that ended
/// inside the body and failed the rest with 400 (HPE_INVALID_METHOD).
@Suite("HTTP upgrade request with a body")
struct HTTPUpgradeBodyDecoderTests {
  static let head = "POST /echo HTTP/1.1\r\nHost: a\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
    + "HTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n"

  @Test("The body split across reads, with a length or chunked; the next request follows",
        arguments: ["Content-Length: 10\r\n\r\n01234|56789", "Transfer-Encoding: chunked\r\n\r\n5\r\n01234\r\n|5\r\n56789\r\n0\r\n\r\n"])
  func bodyAcrossReads(framing: String) throws {
    let decoder = HTTPRequestDecoder(limits: HTTPDecoderLimits())
    let parts = (Self.head + framing).split(separator: "|", omittingEmptySubsequences: false)
    var events = decoder.feed(Array(parts[0].utf8))
    events += decoder.feed(Array(parts[1].utf8))
    events += decoder.feed(Array("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
    var requests: [HTTPRequest] = []
    for event in events {
      switch event {
      case .request(let request): requests.append(request)
      case .failure(let status, let reason): Issue.record("failed: \(status) \(reason)")
      default: break
      }
    }
    #expect(requests.map(\.path) == ["/echo", "/hello"])
    #expect(requests.first?.body == Array("0123456789".utf8))
  }
}
