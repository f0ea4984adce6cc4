/// Serialises response heads and chunk frames.
enum HTTPResponseEncoder {
  /// How the body of a response is delimited on the wire.
  enum Framing: Equatable {
    case length(Int)
    case chunked
    /// HTTP/1.0 has no chunks: a streamed body ends when the connection closes.
    case untilClose
  }

  /// The status line and header fields, ending with the empty line.
  /// - Parameter announceKeepAlive: an HTTP/1.0 client keeps the connection only when told so.
  static func head(status: Int, headers: HTTPHeaders, framing: Framing, close: Bool,
                   announceKeepAlive: Bool = false) -> [UInt8] {
    var text = "HTTP/1.1 \(status) \(HTTPReason.phrase(status))\r\n"
    for (name, value) in headers where !isFramingField(name) {
      // Values come from handlers; a CR or LF in one would split the response.
      guard !value.contains(where: { $0 == "\r" || $0 == "\n" }),
            !name.contains(where: { $0 == "\r" || $0 == "\n" || $0 == ":" })
      else { continue }
      text += "\(name): \(value)\r\n"
    }
    switch framing {
    case .length(let count): text += "Content-Length: \(count)\r\n"
    case .chunked: text += "Transfer-Encoding: chunked\r\n"
    case .untilClose: break
    }
    if close {
      text += "Connection: close\r\n"
    } else if announceKeepAlive {
      text += "Connection: keep-alive\r\n"
    }
    text += "\r\n"
    return Array(text.utf8)
  }

  private static func isFramingField(_ name: String) -> Bool {
    HTTPHeaders.same(name, "Content-Length") || HTTPHeaders.same(name, "Transfer-Encoding")
      || HTTPHeaders.same(name, "Connection")
  }

  /// One chunk: size in hex, the bytes, CRLF.
  static func chunk(_ bytes: [UInt8]) -> [UInt8] {
    var frame = Array(String(bytes.count, radix: 16).utf8) + [0x0D, 0x0A]
    frame.append(contentsOf: bytes)
    frame.append(contentsOf: [0x0D, 0x0A])
    return frame
  }

  /// The last chunk, with no trailers.
  static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)

  /// The interim response to `Expect: 100-continue`.
  static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

  /// A small JSON error body for responses the server makes itself.
  static func errorResponse(status: Int, reason: String) -> HTTPResponse {
    let escaped = reason.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return HTTPResponse(status: status, headers: ["Content-Type": "application/json"],
                        body: .bytes(Array("{\"error\":{\"code\":\"http_\(status)\",\"message\":\"\(escaped)\"}}".utf8)))
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
