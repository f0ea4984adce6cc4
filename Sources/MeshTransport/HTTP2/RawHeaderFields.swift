internal import Glibc

/// A header block's fields as nghttp2 gave them: names and values as bytes, laid out in one buffer, with
/// no Swift `String` per field. A relay (issue 9) passes a response's headers and trailers on in this form,
/// and reads the one or two values it needs (`:status`, `grpc-status`) from the bytes.
public struct RawHeaderFields: Sendable, HeaderFieldBytes {
  /// Each field: the name's and the value's lengths (4 bytes each, little-endian), the name, the value.
  private var bytes: [UInt8] = []
  /// The number of fields.
  public private(set) var count = 0

  /// An empty block.
  public init() {}

  /// The block's size as laid out: names, values and 8 bytes per field (what a `HeaderBlock` of the same
  /// fields takes).
  public var byteCount: Int { bytes.count }

  /// The bytes the storage holds without growing (`HeaderStoragePool` keeps only usual sizes).
  var storageCapacity: Int { bytes.capacity }

  /// A block of fields given as text, in order (tests, blocks made by hand).
  /// - Parameter fields: names (lower case) and values.
  public init(_ fields: [(String, String)]) {
    for (name, value) in fields { append(name: Array(name.utf8), value: Array(value.utf8)) }
  }

  /// Appends a field as it came.
  /// - Parameters:
  ///   - name: the name's bytes (lower case on an HTTP/2 connection).
  ///   - value: the value's bytes.
  public mutating func append(name: some Collection<UInt8>, value: some Collection<UInt8>) {
    // Room for a response's headers or trailers at once: growing from empty took three allocations.
    if bytes.capacity == 0 { bytes.reserveCapacity(256) }
    Self.appendLengths(name.count, value.count, to: &bytes)
    bytes.append(contentsOf: name)
    bytes.append(contentsOf: value)
    count += 1
  }

  /// Appends a field as bytes (nghttp2's fields, the gateway's edits): lengths, name and value in one
  /// append, and not generic, so a caller in another module does not go through the unspecialized `append`.
  /// - Parameters:
  ///   - name: the name's bytes (lower case on an HTTP/2 connection).
  ///   - value: the value's bytes.
  public mutating func append(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
    if bytes.capacity == 0 { bytes.reserveCapacity(256) }
    bytes.appendField(lengths: (UInt32(truncatingIfNeeded: name.count).littleEndian,
                                UInt32(truncatingIfNeeded: value.count).littleEndian), name: name, value: value)
    count += 1
  }

  /// Appends a field nghttp2 gave a session (`ClientRelayStream`), marked as having a lower-case ASCII name:
  /// nghttp2 checks every received name (HTTP messaging is on in our sessions: a name with an upper-case
  /// letter resets the stream, one with a byte outside a token is dropped), so a `HeaderBlock` that relays it
  /// passes it to nghttp2 uncopied without checking it again (`HeaderBlock.withNV(noCopy:)`, ~30
  /// instructions a field). Fields appended any other way are checked there as before.
  mutating func appendReceived(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
    if bytes.capacity == 0 { bytes.reserveCapacity(256) }
    bytes.appendField(lengths: ((UInt32(truncatingIfNeeded: name.count) | Self.lowerCaseMark).littleEndian,
                                UInt32(truncatingIfNeeded: value.count).littleEndian), name: name, value: value)
    count += 1
  }

  /// The bit of a stored name length that says the name is known to be lower-case ASCII (`appendReceived`);
  /// a name is far shorter than 2^30 bytes (nghttp2 takes a header list of at most 64 KiB by default).
  static let lowerCaseMark: UInt32 = 0x4000_0000

  /// Appends a field of the relay's own (a request id, a trace parent) whose value it holds as bytes; not
  /// generic, so a caller in another module does not go through the unspecialized `append` (two
  /// percent of the gateway's samples did).
  /// - Parameters:
  ///   - name: the name, lower case.
  ///   - value: the value's bytes.
  public mutating func append(name: String, value: UnsafeRawBufferPointer) {
    // The name read in place through its span: its UTF-8 view, passed on, held the string (a retain).
    name.utf8Span.span.withUnsafeBytes { append(name: $0, value: value) }
  }

  /// Empties the block, keeping its storage for the next one (a stream's trailers after its headers).
  public mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    count = 0
  }

  /// Calls `body` with each field's name and value, in order, while it returns true.
  /// - Parameter body: the bytes are valid only during the call.
  public func forEach(_ body: (_ name: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer) -> Bool) {
    forEachMarked { name, value, _ in body(name, value) }
  }

  /// `forEach`, also telling whether each name is known to be lower-case ASCII (`appendReceived`).
  func forEachMarked(_ body: (_ name: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer, _ lowerCase: Bool) -> Bool) {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset + 8 <= raw.count {
        let storedName = Self.length(in: raw, at: offset)
        let nameStart = offset + 8
        let valueStart = nameStart + (storedName & ~Int(Self.lowerCaseMark))
        let end = valueStart + Self.length(in: raw, at: offset + 4)
        // Only the appends write the buffer, so a field never runs past its end; checked all the same.
        guard end <= raw.count else { return }
        offset = end
        let name = UnsafeRawBufferPointer(rebasing: raw[nameStart..<valueStart])
        let value = UnsafeRawBufferPointer(rebasing: raw[valueStart..<end])
        guard body(name, value, storedName & Int(Self.lowerCaseMark) != 0) else { return }
      }
    }
  }

  /// The first field named `name`, read as a non-negative decimal number (`:status`, `grpc-status`).
  /// - Parameter name: lower case.
  /// - Returns: nil when there is no such field, or its value is not 1 to 9 ASCII digits.
  public func integer(named name: StaticString) -> Int? {
    var found: Int?
    forEach { field, value in
      guard Self.equals(field, name) else { return true }
      guard (1...9).contains(value.count) else { return false }
      var number = 0
      for byte in value {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
        number = number * 10 + Int(byte - UInt8(ascii: "0"))
      }
      found = number
      return false
    }
    return found
  }

  /// Whether a response field crosses a proxy: pseudo-headers, HTTP/2's connection-specific fields,
  /// `content-type` and `content-length` (the client's stream sets its own) and `host` stay behind.
  /// - Parameter name: the field's name, lower case.
  /// Runs on every response field of a relayed call: the length picks the one or two names it can be.
  public static func crossesProxy(_ name: UnsafeRawBufferPointer) -> Bool {
    guard let first = name.first, first != UInt8(ascii: ":") else { return false }
    switch name.count {
    case 2: return !equals(name, "te")
    case 4: return !equals(name, "host")
    case 7: return !equals(name, "upgrade")
    case 10: return !equals(name, "connection") && !equals(name, "keep-alive")
    case 12: return !equals(name, "content-type")
    case 14: return !equals(name, "content-length")
    case 16: return !equals(name, "proxy-connection")
    case 17: return !equals(name, "transfer-encoding")
    default: return true
    }
  }

  /// Whether the bytes spell `text`.
  static func equals(_ bytes: UnsafeRawBufferPointer, _ text: StaticString) -> Bool {
    guard bytes.count == text.utf8CodeUnitCount else { return false }
    guard let base = bytes.baseAddress else { return true }
    return memcmp(base, text.utf8Start, bytes.count) == 0
  }

  /// The name's and the value's lengths, little-endian, in one append.
  private static func appendLengths(_ name: Int, _ value: Int, to bytes: inout [UInt8]) {
    let lengths = (UInt32(truncatingIfNeeded: name).littleEndian, UInt32(truncatingIfNeeded: value).littleEndian)
    withUnsafeBytes(of: lengths) { bytes.append(copying: $0) }
  }

  private static func length(in raw: UnsafeRawBufferPointer, at offset: Int) -> Int {
    Int(raw[offset]) | Int(raw[offset + 1]) << 8 | Int(raw[offset + 2]) << 16 | Int(raw[offset + 3]) << 24
  }
}
