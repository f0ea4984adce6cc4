/// An HTTP request as a handler sees it: the head and the whole body.
public struct HTTPRequest: Sendable {
  /// The method, such as `GET`.
  public var method: String
  /// The request target as sent (path and query, percent-encoded).
  public var target: String
  /// The HTTP version's major and minor numbers.
  public var version: (major: Int, minor: Int)
  /// The header fields.
  public var headers: HTTPHeaders
  /// The body, de-chunked.
  public var body: [UInt8]
  /// Whether the connection stays open after the response (from the version and `Connection`).
  public var keepAlive: Bool
  /// The client's address, such as `ipv4:127.0.0.1:5000`.
  public var peer = "unknown"
  /// Whether TLS carried the request.
  public var isSecure = false
  /// Whether the body went past the decoder's `maxBodyBytes` (only with `HTTPDecoderLimits.handsOverOversizedBodies`):
  /// `body` then holds its first `maxBodyBytes + 1` bytes (none when a `Content-Length` announced it), the
  /// rest was never read, and the connection closes after the response.
  public var bodyExceedsLimit = false
  /// Parameters a router took from the path (`{id}` in `/orders/{id}`), percent-decoded.
  public var pathParameters: [String: String] = [:]

  /// Creates a request.
  /// - Parameters:
  ///   - method: the method.
  ///   - target: the path and query.
  ///   - headers: the header fields.
  ///   - body: the body.
  public init(method: String, target: String, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [],
              version: (major: Int, minor: Int) = (1, 1), keepAlive: Bool = true) {
    self.method = method
    self.target = target
    self.headers = headers
    self.body = body
    self.version = version
    self.keepAlive = keepAlive
  }

  /// The path part of the target, still percent-encoded.
  public var path: String {
    guard let mark = target.firstIndex(of: "?") else { return target }
    return String(target[..<mark])
  }

  /// The query's name/value pairs, percent-decoded (`+` is a space), in order.
  public var queryItems: [(name: String, value: String)] {
    guard let mark = target.firstIndex(of: "?") else { return [] }
    return target[target.index(after: mark)...].split(separator: "&").map { pair in
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = PercentDecoding.decode(parts[0], plusIsSpace: true) ?? String(parts[0])
      let value = parts.count > 1 ? (PercentDecoding.decode(parts[1], plusIsSpace: true) ?? String(parts[1])) : ""
      return (name, value)
    }
  }

  /// The first value of a query parameter.
  /// - Parameter name: the parameter's name.
  public func query(_ name: String) -> String? { queryItems.first { $0.name == name }?.value }
}

/// Percent-decoding of URL components.
enum PercentDecoding {
  /// Decodes `%XX` escapes; nil when an escape is malformed or the result is not UTF-8.
  static func decode(_ text: some StringProtocol, plusIsSpace: Bool = false) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
      switch byte {
      case UInt8(ascii: "%"):
        guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
          return nil
        }
        bytes.append(high << 4 | low)
      case UInt8(ascii: "+") where plusIsSpace: bytes.append(UInt8(ascii: " "))
      default: bytes.append(byte)
      }
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
