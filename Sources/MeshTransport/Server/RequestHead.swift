public import MeshCore

/// The request headers of one server stream, collected as nghttp2 reports them.
struct RequestHead {
  var method = ""
  var path = ""
  var contentType: String?
  var timeout: String?
  var encoding: String?
  var acceptEncoding: String?
  var metadata = Metadata()
  /// Header list size as HTTP/2 counts it (name + value + 32 per field).
  private(set) var listSize = 0
  /// A `-bin` value that was not valid base64; reported when the headers are complete.
  var invalidBinaryHeader: String?

  /// Adds one field; false when the list grows past `limit`.
  mutating func add(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, limit: Int) -> Bool {
    listSize += name.count + value.count + 32
    guard listSize <= limit else { return false }
    let name = String(decoding: name, as: UTF8.self)
    switch name {
    case ":method": method = String(decoding: value, as: UTF8.self)
    case ":path": path = String(decoding: value, as: UTF8.self)
    case ":scheme", ":authority", "te": break
    case "content-type": contentType = String(decoding: value, as: UTF8.self)
    case "grpc-timeout": timeout = String(decoding: value, as: UTF8.self)
    case "grpc-encoding": encoding = String(decoding: value, as: UTF8.self)
    case "grpc-accept-encoding": acceptEncoding = String(decoding: value, as: UTF8.self)
    default:
      if name.hasSuffix("-bin") {
        // A binary header may join several values with commas, each encoded on its own.
        do {
          for bytes in try Base64.decodeValues(String(decoding: value, as: UTF8.self)) {
            metadata.addBinary(bytes, forKey: name)
          }
        } catch {
          invalidBinaryHeader = name
        }
      } else {
        metadata.addString(String(decoding: value, as: UTF8.self), forKey: name)
      }
    }
    return true
  }
}
