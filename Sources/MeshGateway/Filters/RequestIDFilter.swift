public import MeshConfig
import MeshCore
import MeshTransport

/// Gives every request an `x-request-id`: the client's when it is a reasonable token (1 to 128 characters
/// of `A-Z a-z 0-9 - _ . : + = /`), otherwise a fresh random one, so the access log and upstreams see the
/// same one.
///
/// Which responses carry the id is the mesh file's `gateway.limits.request_id_response`. By default
/// (`generated`) only those whose id the gateway made: then the client has no other way to learn the id it
/// can quote (CORS exposes the header to scripts for that), while a client that sent a valid id knows it
/// already. `always` echoes a kept id too (Envoy's `always_set_request_id_in_response`, for clients that read
/// the id from every response); `never` is Envoy's default, for a platform whose clients always send one or
/// never quote it. Each id in a response is a field nghttp2 Huffman-codes, never indexed (`HeaderBlock`: a
/// value new on every call would only push repeating fields out of the connection's HPACK table).
public struct RequestIDFilter: EdgeRequestFilter {
  /// The header's name.
  public static let header = "x-request-id"

  /// Which responses carry the id.
  public let response: RequestIDResponseSpec

  /// Creates the filter.
  /// - Parameter response: which responses carry the id.
  public init(response: RequestIDResponseSpec = .generated) { self.response = response }

  /// Keeps or sets the request id.
  /// - Parameter request: the head.
  public func filter(_ request: EdgeRequestHead) -> EdgeFilterResult {
    // The one id sent, found without building an array of them (this runs on every call).
    var sent: String?
    var count = 0
    for header in request.headers where header.name == Self.header {
      sent = header.value
      count += 1
    }
    if count == 1, let sent, Self.isValid(sent) {
      return .proceed(request, responseHeaders: response == .always ? [(Self.header, sent)] : [])
    }
    let id = Self.generate()
    var head = request
    if count > 0 { head.headers.removeAll { $0.name == Self.header } }
    head.headers.append((Self.header, id))
    return .proceed(head, responseHeaders: response == .never ? [] : [(Self.header, id)])
  }

  /// Whether a client's id may be kept (it ends up in logs and headers, so it must be short and plain).
  /// - Parameter id: the value sent.
  public static func isValid(_ id: String) -> Bool { isValid(bytes: id.utf8) }

  /// `isValid(_:)` on the value's bytes.
  static func isValid(bytes: some Collection<UInt8>) -> Bool {
    guard (1...128).contains(bytes.count) else { return false }
    return bytes.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
           UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "+"), UInt8(ascii: "="),
           UInt8(ascii: "/"):
        return true
      default:
        return false
      }
    }
  }

  /// A random id in the form of a UUID (version 4): 122 random bits, from `EdgeRandom` (unique, not secret:
  /// see there why that is enough for a request id).
  public static func generate() -> String {
    String(unsafeUninitializedCapacity: generatedLength) { generate(into: $0) }
  }

  /// A generated id's length: 32 hex digits and 4 dashes.
  static let generatedLength = 36

  /// Writes a fresh id (as `generate()` makes) into the first `generatedLength` bytes of `buffer`.
  /// - Parameter buffer: at least `generatedLength` bytes.
  /// - Returns: `generatedLength`.
  @discardableResult
  static func generate(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    precondition(buffer.count >= generatedLength, "a request id needs \(generatedLength) bytes")
    let version: UInt64 = 0x4000, variant: UInt64 = 0x8000_0000_0000_0000
    let high = EdgeRandom.next() & ~0xF000 | version
    let low = EdgeRandom.next() & ~0xC000_0000_0000_0000 | variant
    // 8-4-4-4-12: the digits of `high` then `low`, written 8 at a time (`EdgeRandom.hexDigits`), the
    // dashes over the places they go after the digits shift right.
    guard let base = buffer.baseAddress else { return 0 }
    let raw = UnsafeMutableRawPointer(base)
    let digits = (EdgeRandom.hexDigits(UInt32(truncatingIfNeeded: high >> 32)),
                  EdgeRandom.hexDigits(UInt32(truncatingIfNeeded: high)),
                  EdgeRandom.hexDigits(UInt32(truncatingIfNeeded: low >> 32)),
                  EdgeRandom.hexDigits(UInt32(truncatingIfNeeded: low)))
    withUnsafeBytes(of: digits) { hex in
      guard let hex = hex.baseAddress else { return }
      // hex[0..<8] -> 0..<8, [8..<12] -> 9..<13, [12..<16] -> 14..<18, [16..<20] -> 19..<23, [20..<32] -> 24..<36
      raw.copyMemory(from: hex, byteCount: 8)
      (raw + 9).copyMemory(from: hex + 8, byteCount: 4)
      (raw + 14).copyMemory(from: hex + 12, byteCount: 4)
      (raw + 19).copyMemory(from: hex + 16, byteCount: 4)
      (raw + 24).copyMemory(from: hex + 20, byteCount: 12)
    }
    buffer[8] = UInt8(ascii: "-")
    buffer[13] = UInt8(ascii: "-")
    buffer[18] = UInt8(ascii: "-")
    buffer[23] = UInt8(ascii: "-")
    return generatedLength
  }
}

extension RequestIDFilter: InPlaceEdgeFilter {
  /// Keeps or sets the request id in the relayed call's fields: a valid id the client sent stays (echoed only
  /// when `response` is `always`); otherwise a fresh one replaces it, and goes into the response unless
  /// `response` is `never`.
  func filter(inPlace head: inout RelayHead) -> InPlaceFilterResult {
    var count = 0
    var valid = false
    HeaderName.requestID.forEachValue(in: head.fields) { value in
      count += 1
      valid = Self.isValid(bytes: value)
      return count < 2
    }
    if count == 1, valid {
      if response == .always {
        HeaderName.requestID.withFirstValue(in: head.fields) { sent in
          if let sent { Self.echo(sent, in: &head) }
        }
      }
      return .proceed
    }
    // A fresh id written as bytes, into the fields and the response: no `String` made.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.generatedLength) { buffer in
      let id = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<Self.generate(into: buffer)])
      HeaderName.requestID.set(id, in: &head.fields, present: count > 0)
      if response != .never { Self.echo(id, in: &head) }
    }
    return .proceed
  }

  /// Adds the id to the call's response head.
  private static func echo(_ id: UnsafeRawBufferPointer, in head: inout RelayHead) {
    // By the `String` name: `RawHeaderFields.append` of two collections is generic (not specialized
    // across the module boundary), ~1.4k instructions.
    head.responseFields.append(name: header, value: id)
  }
}
