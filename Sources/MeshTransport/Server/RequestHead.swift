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
  /// Set before the first field when a relay may take the request: its metadata fields are then kept as
  /// received in `fields` (no `String` per field), and `metadata` is made from them only when the usual
  /// path takes the request (`makeMetadata`).
  var keepsFields = false
  /// The metadata fields as received, when `keepsFields`.
  var fields = RequestHeaderFields()
  /// Header list size as HTTP/2 counts it (name + value + 32 per field).
  private(set) var listSize = 0
  /// A `-bin` value that was not valid base64; reported when the headers are complete.
  var invalidBinaryHeader: String?
  /// Set when the list grew past the limit: later fields are dropped (only `content-type` is still
  /// read, to choose how to answer), and the request is answered 431 or RESOURCE_EXHAUSTED.
  private(set) var overflowed = false
  /// How many metadata fields so far equal the previous request's first ones, in order; they are
  /// not copied into `metadata` until one differs (or `finish` finds fewer).
  private var repeatedEntries = 0
  /// Set at the first metadata field that differs from the previous request's: from then on
  /// `metadata` is built field by field.
  private var differsFromPrevious = false

  /// The usual `content-type`, shared so that most requests make no string for it.
  private static let plainGRPC = "application/grpc"

  /// Adds one field of a request with nothing to share with a previous one (its `metadata` is complete
  /// without `finish`); false when the list grows past `limit`.
  mutating func add(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, limit: Int) -> Bool {
    var nothingShared = PreviousRequestHead()
    return add(name: name, value: value, limit: limit, previous: &nothingShared)
  }

  /// Adds one field; past `limit`, records the overflow and keeps nothing more (memory stays bounded
  /// while the rest of the header block is read, so the request can get a status). Call
  /// `finish(previous:)` after the last field: `metadata` is complete only then.
  /// - Parameters:
  ///   - previous: what the connection kept of its previous request: its `:path`, `:authority` and
  ///     metadata are shared when this request repeats them, so a client calling one method with the
  ///     same metadata makes no string for them after its first call.
  mutating func add(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, limit: Int,
                    previous: inout PreviousRequestHead) -> Bool {
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
      if !Self.equals(value, string: previous.path) { previous.path = String(decoding: value, as: UTF8.self) }
      path = previous.path
    } else if Self.equals(name, ":authority") || Self.equals(name, "host") {
      if authority == nil {
        if let last = previous.authority, Self.equals(value, string: last) {
          authority = last
        } else {
          authority = String(decoding: value, as: UTF8.self)
          previous.authority = authority
        }
      }
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
    } else if keepsFields {
      fields.append(name: name, value: value)
      // Checked now as `addMetadata` would, so the request is refused the same way whichever path takes it.
      if Self.hasBinarySuffix(name), invalidBinaryHeader == nil,
         (try? Base64.decodeValues(String(decoding: value, as: UTF8.self))) == nil {
        invalidBinaryHeader = String(decoding: name, as: UTF8.self)
      }
    } else {
      addMetadata(name: name, value: value, previous: &previous)
    }
    return true
  }

  /// Makes `metadata` from the kept fields (the usual path took a request a relay could have taken),
  /// sharing the previous request's as `add` and `finish` would.
  mutating func makeMetadata(previous: inout PreviousRequestHead) {
    guard keepsFields else { return }
    keepsFields = false
    let kept = fields
    kept.forEach { name, value in
      addMetadata(name: name, value: value, previous: &previous)
      return true
    }
    finish(previous: &previous)
  }

  private static func hasBinarySuffix(_ name: UnsafeRawBufferPointer) -> Bool {
    name.count >= 4 && equals(UnsafeRawBufferPointer(rebasing: name[(name.count - 4)...]), "-bin")
  }

  /// One metadata field: counted while the request repeats the previous one's, added otherwise.
  private mutating func addMetadata(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer,
                                    previous: inout PreviousRequestHead) {
    if !differsFromPrevious {
      if repeatedEntries < previous.entries.count, Self.matches(previous.entries[repeatedEntries], name: name, value: value) {
        repeatedEntries += 1
        return
      }
      differsFromPrevious = true
      for entry in previous.entries.prefix(repeatedEntries) { metadata.add(entry) }
    }
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

  /// Completes `metadata` after the last field, and remembers this request for the next one.
  mutating func finish(previous: inout PreviousRequestHead) {
    if keepsFields {
      fields.markReceived()
      return
    }
    if !differsFromPrevious {
      if repeatedEntries == previous.entries.count {
        // The same metadata as the previous request: share its storage.
        metadata = previous.metadata
        return
      }
      for entry in previous.entries.prefix(repeatedEntries) { metadata.add(entry) }
    }
    // An oversized list is refused and only partly kept: not worth remembering.
    guard !overflowed else { return }
    previous.metadata = metadata
    previous.entries = Array(metadata)
  }

  /// Whether a text entry has this name and value (a `-bin` entry keeps decoded bytes: never).
  private static func matches(_ entry: Metadata.Entry, name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
    guard case .string(let text) = entry.value else { return false }
    return equals(name, string: entry.key) && equals(value, string: text)
  }

  /// Literals come here, not to the `String` overload (which a string literal would prefer if the
  /// label did not set them apart): no string is made, copied and released per comparison.
  @inline(__always)
  private static func equals(_ bytes: UnsafeRawBufferPointer, _ literal: StaticString) -> Bool {
    bytes.count == literal.utf8CodeUnitCount
      && (bytes.count == 0 || memcmp(bytes.baseAddress!, literal.utf8Start, bytes.count) == 0)
  }

  @inline(__always)
  private static func equals(_ bytes: UnsafeRawBufferPointer, string: String) -> Bool {
    // Read in place through the string's span, borrowed: a `var` copy for `withUTF8`, and
    // `withContiguousStorageIfAvailable`, retained and released its storage on every comparison.
    string.utf8Span.span.withUnsafeBytes { expected in
      guard expected.count == bytes.count else { return false }
      guard let base = bytes.baseAddress, let other = expected.baseAddress else { return true }
      return memcmp(base, other, bytes.count) == 0
    }
  }
}

/// What a connection keeps of its previous request head, so that the next one, which usually repeats
/// it (one client calling one method with the same metadata), shares its strings and metadata
/// instead of making them again. Bounded by the header list limit.
struct PreviousRequestHead {
  /// The previous `:path`.
  var path = ""
  /// The previous `:authority` (or `host`).
  var authority: String?
  /// The previous request's metadata, shared by a request that repeats it.
  var metadata = Metadata()
  /// The same entries, for matching field by field as they arrive.
  var entries: [Metadata.Entry] = []
  /// The method parsed from the previous `:path` by a call the connection's routes did not know (a relay's
  /// or the fallback's), shared by the next call to the same path (`method(forPath:)`).
  var parsedMethod: MethodDescriptor?

  /// The method of an unrouted call's `path`: the previous one's when the path is the same, else parsed
  /// (nil when it is not `/service/method`). Parsing made two `String`s per call (the service's on the
  /// heap), ~0.65k instructions per relayed call; a repeated path is the same `String` as the previous
  /// one (`RequestHead.add` shares it), so the comparison ends at its first, identity check.
  mutating func method(forPath path: String) -> MethodDescriptor? {
    if let parsedMethod, parsedMethod.path == path { return parsedMethod }
    guard let parsed = MethodDescriptor(path: path) else { return nil }
    parsedMethod = parsed
    return parsed
  }
}
