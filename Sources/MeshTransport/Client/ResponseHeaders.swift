public import MeshCore

/// The header fields of one response HEADERS frame (headers or trailers), as a client collects them.
struct ResponseHeaders {
  var httpStatus: Int?
  var contentType: String?
  var encoding: String?
  var grpcStatus: Int?
  var grpcMessage: String?
  var metadata = Metadata()
  private(set) var listSize = 0

  /// Adds one field; false when the list grows past `limit`.
  mutating func add(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, limit: Int) -> Bool {
    listSize += name.count + value.count + 32
    guard listSize <= limit else { return false }
    let name = String(decoding: name, as: UTF8.self)
    let text = String(decoding: value, as: UTF8.self)
    switch name {
    case ":status": httpStatus = Int(text)
    case "content-type": contentType = text
    case "grpc-encoding": encoding = text
    case "grpc-status": grpcStatus = Int(text) ?? Status.Code.unknown.rawValue
    case "grpc-message": grpcMessage = StatusMessageCoding.decode(text)
    case "grpc-accept-encoding": break
    default:
      if name.hasPrefix(":") { break }
      if name.hasSuffix("-bin") {
        // Several values may be joined with commas; a value that is not base64 is dropped rather than
        // failing the call it came with.
        for bytes in (try? Base64.decodeValues(text)) ?? [] { metadata.addBinary(bytes, forKey: name) }
      } else {
        metadata.addString(text, forKey: name)
      }
    }
    return true
  }

  /// The call's status from trailers (or a Trailers-Only response), following
  /// doc/http-grpc-status-mapping.md when `grpc-status` is missing.
  var status: Status {
    if let httpStatus, httpStatus != 200 {
      return Status(code: Status.Code(httpStatus: httpStatus), message: "HTTP status \(httpStatus)")
    }
    guard let code = grpcStatus else {
      return Status(code: .unknown, message: "The response ended without grpc-status.")
    }
    return Status(code: Status.Code(rawValue: code), message: grpcMessage ?? "")
  }
}
