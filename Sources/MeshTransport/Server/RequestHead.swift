public import MeshCore
internal import Glibc

/// The request headers of one server stream, collected as nghttp2 reports them.
struct RequestHead {
  var method = ""
  var path = ""
  /// `:authority` (or `host`): a gateway routes by it.
  var authority: String?
  var contentType: String?
  var timeout: String?
  var encoding: String?
  var acceptEncoding: String?
  var metadata = Metadata()
  /// Header list size as HTTP/2 counts it (name + value + 32 per field).
  private(set) var listSize = 0
  /// A `-bin` value that was not valid base64; reported when the headers are complete.
  var invalidBinaryHeader: String?
  /// Set when the list grew past the limit: later fields are dropped (only `content-type` is still
  /// read, to choose how to answer), and the request is answered 431 or RESOURCE_EXHAUSTED.
  private(set) var overflowed = false

  /// The usual `content-type`, shared so that most requests make no string for it.
  private static let plainGRPC = "application/grpc"

  /// Adds one field; false when the list grows past `limit`.
  mutating func add(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, limit: Int) -> Bool {
    var lastPath = ""
    return add(name: name, value: value, limit: limit, lastPath: &lastPath)
  }

  /// Adds one field; past `limit`, records the overflow and keeps nothing more (memory stays bounded
  /// while the rest of the header block is read, so the request can get a status).
  /// - Parameters:
  ///   - lastPath: the connection's previous `:path`; reused when this one is the same, so a
  ///     connection calling one method makes its path string once.
  mutating func add(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, limit: Int,
                    lastPath: inout String) -> Bool {
    listSize += name.count + value.count + 32
    guard listSize <= limit, !overflowed else {
      overflowed = true
      if Self.equals(name, "content-type"), value.count <= 256 { contentType = String(decoding: value, as: UTF8.self) }
      return false
    }
    // Names are compared as bytes: making a String of every name cost more than the rest of the
    // parsing. nghttp2 has already checked that request header names are lower-case.
    if Self.equals(name, ":method") {
      method = Self.equals(value, "POST") ? "POST" : String(decoding: value, as: UTF8.self)
    } else if Self.equals(name, ":path") {
      if !Self.equals(value, lastPath) { lastPath = String(decoding: value, as: UTF8.self) }
      path = lastPath
    } else if Self.equals(name, ":authority") || Self.equals(name, "host") {
      if authority == nil { authority = String(decoding: value, as: UTF8.self) }
    } else if Self.equals(name, ":scheme") || Self.equals(name, "te") {
      // Not used by gRPC.
    } else if Self.equals(name, "content-type") {
      contentType = Self.equals(value, "application/grpc") ? Self.plainGRPC : String(decoding: value, as: UTF8.self)
    } else if Self.equals(name, "grpc-timeout") {
      timeout = String(decoding: value, as: UTF8.self)
    } else if Self.equals(name, "grpc-encoding") {
      encoding = String(decoding: value, as: UTF8.self)
    } else if Self.equals(name, "grpc-accept-encoding") {
      acceptEncoding = String(decoding: value, as: UTF8.self)
    } else {
      let name = String(decoding: name, as: UTF8.self)
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

  @inline(__always)
  private static func equals(_ bytes: UnsafeRawBufferPointer, _ literal: StaticString) -> Bool {
    bytes.count == literal.utf8CodeUnitCount
      && (bytes.count == 0 || memcmp(bytes.baseAddress!, literal.utf8Start, bytes.count) == 0)
  }

  @inline(__always)
  private static func equals(_ bytes: UnsafeRawBufferPointer, _ string: String) -> Bool {
    var string = string
    return string.withUTF8 { utf8 in
      utf8.count == bytes.count && (bytes.count == 0 || memcmp(bytes.baseAddress!, utf8.baseAddress!, bytes.count) == 0)
    }
  }
}
