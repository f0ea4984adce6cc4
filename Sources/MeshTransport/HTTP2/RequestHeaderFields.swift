public import MeshCore
internal import Glibc

/// A request's metadata fields as nghttp2 gave them (names and values as bytes in one buffer, with field
/// offsets), edited in place by a relay (issue 9): fields dropped and added, values replaced, with no
/// `String` or `Metadata` per field. Edits never overwrite the received bytes (a removed field is marked,
/// an added one goes at the end), so `revertEdits` gives back the fields as received, without a copy made
/// beforehand: a relay that declines a call after editing hands the usual path what the client sent.
///
/// Names are compared as bytes; HTTP/2 requires lower-case names (nghttp2 refuses others), and the
/// `…IgnoringCase` checks are there for a check that must hold whatever arrives (identity keys).
public struct RequestHeaderFields: Sendable, HeaderFieldBytes {
  /// Where a field's name and value lie in `bytes`.
  private struct Field: Sendable {
    var nameStart: Int32
    var nameLength: Int32
    var valueStart: Int32
    var valueLength: Int32
    var removed: Bool
  }

  private var bytes: [UInt8] = []
  private var fields: [Field] = []
  /// The fields and bytes as received (`markReceived`); what `revertEdits` goes back to.
  private var receivedFieldCount = 0
  private var receivedByteCount = 0
  /// Whether the received fields' names are known to be lower-case ASCII: true for fields nghttp2 gave
  /// (`markReceived`), checked for a block made by hand (`init(_:)`). `HeaderBlock` marks them so and sends
  /// them uncopied without checking each name again (`forEachMarked`).
  private var receivedNamesAreLowerCase = true
  /// The number of fields not removed.
  public private(set) var count = 0

  /// An empty block.
  public init() {}

  /// A block of fields given as text, in order, taken as received (tests, blocks made by hand).
  /// - Parameter fields: names and values.
  public init(_ fields: [(String, String)]) {
    for (name, value) in fields { append(name, value) }
    markReceived()
    // Not from nghttp2, so not vouched for: a name here may have an upper-case letter.
    receivedNamesAreLowerCase = fields.allSatisfy { name, _ in
      name.utf8Span.span.withUnsafeBytes { HeaderBlock.isLowerCaseASCII($0) }
    }
  }

  /// Whether no field is left.
  public var isEmpty: Bool { count == 0 }

  /// The remaining fields' names and values, in bytes (what a `HeaderBlock` needs room for, besides 8 per field).
  public var byteCount: Int {
    var size = 0
    fields.withUnsafeBufferPointer { fields in
      for field in fields where !field.removed { size += Int(field.nameLength) + Int(field.valueLength) }
    }
    return size
  }

  /// At least what the remaining fields take laid out as a `HeaderBlock` lays them out (names, values and
  /// 8 bytes each), without a pass over them: removed fields are counted too.
  var laidOutBound: Int { bytes.count + HeaderBlock.fieldLengthsSize * fields.count }

  /// The fields' size as HTTP/2 counts a header list (name + value + 32 per field).
  public var listSize: Int {
    var size = 0
    fields.withUnsafeBufferPointer { fields in
      for field in fields where !field.removed { size += Int(field.nameLength) + Int(field.valueLength) + 32 }
    }
    return size
  }

  // MARK: Building and editing

  /// Appends a field as it came.
  /// - Parameters:
  ///   - name: the name's bytes.
  ///   - value: the value's bytes.
  public mutating func append(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
    // Room for a request's fields and the relay's additions at once: growing from empty took one
    // allocation per doubling of each array (five or six per relayed call).
    // A pooled block (`HeaderStoragePool.requestFields`) has the room already: only the capacity is read.
    if bytes.capacity < 512, bytes.isEmpty { bytes.reserveCapacity(512) }
    if fields.capacity < 16, fields.isEmpty { fields.reserveCapacity(16) }
    let nameStart = bytes.count
    let valueStart = nameStart + name.count
    bytes.appendField(lengths: nil, name: name, value: value)
    fields.append(Field(nameStart: Int32(truncatingIfNeeded: nameStart), nameLength: Int32(truncatingIfNeeded: name.count),
                        valueStart: Int32(truncatingIfNeeded: valueStart), valueLength: Int32(truncatingIfNeeded: value.count),
                        removed: false))
    count += 1
  }

  /// Appends a field given as text.
  /// - Parameters:
  ///   - name: the name, lower case.
  ///   - value: the value.
  public mutating func append(_ name: String, _ value: String) {
    // Read in place through their spans: copying them into `var`s for `withUTF8` retained both.
    name.utf8Span.span.withUnsafeBytes { name in value.utf8Span.span.withUnsafeBytes { value in append(name: name, value: value) } }
  }

  /// Appends a field whose name and value are literals (a relay's fixed `user-agent`): their bytes are
  /// read where the literals lie, without the two `String` span reads (~40 instructions each) of
  /// `append(_:_:)`.
  /// - Parameters:
  ///   - name: the name, lower case.
  ///   - value: the value.
  public mutating func append(literal name: StaticString, _ value: StaticString) {
    // `withUTF8Buffer`, not `utf8Start`: a one-character literal may be held as a scalar, with no pointer.
    name.withUTF8Buffer { name in
      value.withUTF8Buffer { value in append(name: UnsafeRawBufferPointer(name), value: UnsafeRawBufferPointer(value)) }
    }
  }

  /// Appends the remaining fields of `other`, in order: its bytes in one copy and its field records shifted
  /// past this block's bytes. For fields made once and added to many requests (a verified caller's identity,
  /// three fields): appended one by one, each cost ~200 instructions (`append(name:value:)`).
  /// - Parameter other: the fields to add; its removed fields' bytes are copied too, but not their records.
  public mutating func append(contentsOf other: RequestHeaderFields) {
    guard other.count > 0 else { return }
    let shift = Int32(truncatingIfNeeded: bytes.count)
    other.bytes.withUnsafeBytes { bytes.append(copying: $0) }
    other.fields.withUnsafeBufferPointer { added in
      for var field in added where !field.removed {
        field.nameStart &+= shift
        field.valueStart &+= shift
        fields.append(field)
      }
    }
    count += other.count
  }

  /// The remaining fields on storage of their own size, for fields kept long (a cache entry's): a block
  /// built field by field holds room for a whole request (`append(name:value:)`).
  public func compacted() -> RequestHeaderFields {
    var copy = RequestHeaderFields()
    copy.bytes.reserveCapacity(bytes.count)
    copy.fields.reserveCapacity(count)
    copy.append(contentsOf: self)
    return copy
  }

  /// The bytes the names and values' storage holds without growing (`HeaderStoragePool` keeps only usual sizes).
  var storageCapacity: Int { bytes.capacity }

  /// Empties the block for the connection's next request, keeping both arrays' storage (`HeaderStoragePool`):
  /// each request allocated its two arrays anew, and freed them when its call ended.
  mutating func removeAllKeepingCapacity() {
    bytes.removeAll(keepingCapacity: true)
    fields.removeAll(keepingCapacity: true)
    receivedFieldCount = 0
    receivedByteCount = 0
    receivedNamesAreLowerCase = true
    count = 0
  }

  /// Takes the fields as they are now as the received ones (`revertEdits` comes back here). Their names are
  /// taken to be lower-case ASCII, as nghttp2 passes them on (HTTP messaging is on in our sessions: a name with
  /// an upper-case letter resets the stream, one with a byte outside a token is dropped), and go to nghttp2
  /// unchecked when relayed (`HeaderBlock.add(_:)`).
  public mutating func markReceived() {
    receivedFieldCount = fields.count
    receivedByteCount = bytes.count
  }

  /// Undoes every edit since `markReceived`: removed fields come back, added ones go. No allocation.
  public mutating func revertEdits() {
    if fields.count > receivedFieldCount { fields.removeSubrange(receivedFieldCount...) }
    if bytes.count > receivedByteCount { bytes.removeSubrange(receivedByteCount...) }
    count = 0
    for index in fields.indices {
      fields[index].removed = false
      count += 1
    }
  }

  /// Removes every field whose name `shouldRemove` picks.
  /// - Parameter shouldRemove: given each remaining field's name; valid only during the call.
  public mutating func removeAll(where shouldRemove: (UnsafeRawBufferPointer) -> Bool) {
    var removed = 0
    // Through the arrays' buffers: walking `fields` by index while editing it retained both arrays.
    bytes.withUnsafeBytes { raw in fields.withUnsafeMutableBufferPointer { fields in
      for index in fields.indices where !fields[index].removed {
        let field = fields[index]
        let name = UnsafeRawBufferPointer(rebasing: raw[Int(field.nameStart)..<Int(field.nameStart + field.nameLength)])
        if shouldRemove(name) {
          fields[index].removed = true
          removed += 1
        }
      }
    } }
    count -= removed
  }

  /// Removes every field named `name`.
  /// - Parameter name: lower case.
  public mutating func removeAll(named name: String) {
    guard contains(named: name) else { return }
    removeAll { Self.equals($0, name) }
  }

  /// Replaces every field named `name` by one with `value`, at the end.
  /// - Parameters:
  ///   - value: the new value.
  ///   - name: lower case.
  public mutating func set(_ value: String, named name: String) {
    removeAll(named: name)
    append(name, value)
  }

  /// Replaces every field named `name` by one with `value` as bytes, at the end (an id the relay wrote
  /// into a buffer of its own: no `String` made for it).
  /// - Parameters:
  ///   - value: the new value's bytes; copied.
  ///   - name: lower case.
  public mutating func set(bytes value: UnsafeRawBufferPointer, named name: String) {
    removeAll(named: name)
    name.utf8Span.span.withUnsafeBytes { name in append(name: name, value: value) }
  }

  // MARK: Reading in place

  /// Calls `body` with each remaining field's name and value, in order, while it returns true.
  /// - Parameter body: the bytes are valid only during the call.
  public func forEach(_ body: (_ name: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer) -> Bool) {
    forEachMarked { name, value, _ in body(name, value) }
  }

  /// `forEach`, also telling whether each name is known to be lower-case ASCII: a received field's is
  /// (`markReceived`), unless the block was made by hand with one that is not; a field added since is not
  /// known to be (a filter's configured name may be `X-Foo`).
  func forEachMarked(_ body: (_ name: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer, _ lowerCase: Bool) -> Bool) {
    let received = receivedNamesAreLowerCase ? receivedFieldCount : 0
    // Both arrays read through their buffers: a `for` over `fields` made an iterator that held the array
    // (a retain and a release per walk, three walks or more per relayed call).
    bytes.withUnsafeBytes { raw in fields.withUnsafeBufferPointer { fields in
      for index in fields.indices where !fields[index].removed {
        let field = fields[index]
        let name = UnsafeRawBufferPointer(rebasing: raw[Int(field.nameStart)..<Int(field.nameStart + field.nameLength)])
        let value = UnsafeRawBufferPointer(rebasing: raw[Int(field.valueStart)..<Int(field.valueStart + field.valueLength)])
        guard body(name, value, index < received) else { return }
      }
    } }
  }

  /// Calls `body` with the value of each field named `name`, in order, while it returns true.
  /// - Parameters:
  ///   - name: lower case.
  ///   - body: the bytes are valid only during the call.
  public func forEachValue(named name: String, _ body: (UnsafeRawBufferPointer) -> Bool) {
    // The name's bytes read once: reading the name's span for every field cost ~30 instructions a field,
    // on every lookup of every call.
    name.utf8Span.span.withUnsafeBytes { forEachValue(ofName: $0, body) }
  }

  /// Calls `body` with the value of each remaining field whose name is `name`, in order, while it returns
  /// true. The fields are compared in the loop, by their stored length first, and `body` is called for a
  /// match only: through `forEach`, every field cost two closure calls (its own and the caller's test of
  /// the name), ~20 instructions a field, ten fields a request, five lookups per relayed call.
  /// - Parameters:
  ///   - name: the name's bytes, lower case.
  ///   - body: the bytes are valid only during the call.
  public func forEachValue(ofName name: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Bool) {
    let length = Int32(truncatingIfNeeded: name.count)
    guard Int(length) == name.count else { return }
    bytes.withUnsafeBytes { raw in fields.withUnsafeBufferPointer { fields in
      for field in fields where field.nameLength == length && !field.removed {
        let start = Int(field.nameStart)
        // A zero-length name matches without a comparison (and `raw` may then have no bytes at all).
        if length > 0 {
          guard let base = raw.baseAddress, let expected = name.baseAddress,
                memcmp(base + start, expected, Int(length)) == 0 else { continue }
        }
        let value = UnsafeRawBufferPointer(rebasing: raw[Int(field.valueStart)..<Int(field.valueStart + field.valueLength)])
        guard body(value) else { return }
      }
    } }
  }

  /// How many fields are named `name`.
  /// - Parameter name: lower case.
  public func count(named name: String) -> Int {
    var found = 0
    forEachValue(named: name) { _ in
      found += 1
      return true
    }
    return found
  }

  /// Whether a field is named `name`.
  /// - Parameter name: lower case.
  public func contains(named name: String) -> Bool {
    var found = false
    forEachValue(named: name) { _ in
      found = true
      return false
    }
    return found
  }

  /// The first value of the fields named `name`, as text (one `String` made; nil when there is none).
  /// - Parameter name: lower case.
  public func string(named name: String) -> String? {
    var found: String?
    forEachValue(named: name) { value in
      found = String(decoding: value, as: UTF8.self)
      return false
    }
    return found
  }

  /// Calls `body` with the first value of the fields named `name`, in place (nil when there is none).
  /// - Parameters:
  ///   - name: lower case.
  ///   - body: the bytes are valid only during the call.
  public func withFirstValue<R>(named name: String, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
    var result: R?
    forEachValue(named: name) { value in
      result = body(value)
      return false
    }
    if let result { return result }
    return body(nil)
  }

  /// The value of the only field named `name`, as text: nil when there is none or more than one.
  /// - Parameter name: lower case.
  public func onlyString(named name: String) -> String? {
    var seen = 0
    var result: String?
    forEachValue(named: name) { value in
      seen += 1
      if seen == 1 { result = String(decoding: value, as: UTF8.self) }
      return seen < 2
    }
    return seen == 1 ? result : nil
  }

  /// The fields as `Metadata` (`-bin` values decoded; one that is not valid base64 is left out): the
  /// adapter for code that needs `Metadata`, made only when it is taken.
  public var metadata: Metadata {
    var metadata = Metadata()
    forEach { name, value in
      let key = String(decoding: name, as: UTF8.self)
      if key.hasSuffix("-bin") {
        if let values = try? Base64.decodeValues(String(decoding: value, as: UTF8.self)) {
          for bytes in values { metadata.addBinary(bytes, forKey: key) }
        }
      } else {
        metadata.addString(String(decoding: value, as: UTF8.self), forKey: key)
      }
      return true
    }
    return metadata
  }

  // MARK: Comparing bytes

  /// Whether the bytes spell `text` exactly.
  public static func equals(_ bytes: UnsafeRawBufferPointer, _ text: String) -> Bool {
    // The text's bytes are read in place through its span, borrowed (no retain of its storage, which
    // `withContiguousStorageIfAvailable` took).
    text.utf8Span.span.withUnsafeBytes { expected in
      guard expected.count == bytes.count else { return false }
      guard let base = bytes.baseAddress, let other = expected.baseAddress else { return true }
      return memcmp(base, other, bytes.count) == 0
    }
  }

  /// Whether the bytes begin with `prefix`, ASCII letters compared in either case.
  /// - Parameter prefix: lower case.
  public static func hasPrefixIgnoringCase(_ bytes: UnsafeRawBufferPointer, _ prefix: String) -> Bool {
    // Indexed over the prefix's span: a `zip` with its UTF-8 view held the string (a retain per field).
    prefix.utf8Span.span.withUnsafeBytes { hasPrefixIgnoringCase(bytes, expected: $0) }
  }

  /// `hasPrefixIgnoringCase(_:_:)` of a literal prefix (a scheme such as `bearer `), read where it lies: the
  /// `String` one's span read cost more than the comparison of seven bytes (~180 instructions on every
  /// relayed call's `authorization` field, ~30 this way).
  /// - Parameter prefix: lower case.
  public static func hasPrefixIgnoringCase(_ bytes: UnsafeRawBufferPointer, literal prefix: StaticString) -> Bool {
    prefix.withUTF8Buffer { hasPrefixIgnoringCase(bytes, expected: UnsafeRawBufferPointer($0)) }
  }

  @inline(__always)
  private static func hasPrefixIgnoringCase(_ bytes: UnsafeRawBufferPointer, expected: UnsafeRawBufferPointer) -> Bool {
    guard bytes.count >= expected.count else { return false }
    for index in 0..<expected.count where lowercased(bytes[index]) != expected[index] { return false }
    return true
  }

  /// Whether the bytes spell `text`, ASCII letters compared in either case.
  /// - Parameter text: lower case.
  public static func equalsIgnoringCase(_ bytes: UnsafeRawBufferPointer, _ text: String) -> Bool {
    bytes.count == text.utf8.count && hasPrefixIgnoringCase(bytes, text)
  }

  @inline(__always)
  private static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }
}
