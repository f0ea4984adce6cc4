internal import CNGHTTP2
internal import Glibc

/// A list of header fields laid out in one byte buffer, handed to nghttp2 as an `nghttp2_nv` array.
/// nghttp2 copies names and values when a frame is submitted, so the block can be temporary; or, with
/// `withNV(noCopy: true)`, reads them in place when it packs the frame, and the block must then stay
/// unchanged until then (`HTTP2Session.submitResponse(streamID:holding:hasData:)`, `submitTrailer(streamID:holding:)`
/// and `submitRequest(holding:)` keep it until nghttp2 sent or dropped its frame, `HeldHeaderBlocks`).
/// Each field is its name's and value's lengths (4 bytes each, native order), the name, the value: one
/// allocation per block (a second array of offsets was one more on every response and request).
struct HeaderBlock {
  private var bytes: [UInt8] = []
  /// The number of fields.
  private(set) var count = 0
  /// The bytes before each field's name: its name's and value's lengths.
  static let fieldLengthsSize = 8

  /// An empty block with room for the usual fields.
  init() { bytes.reserveCapacity(256) }

  /// An empty block with room for `capacity` bytes of names and values in `fields` fields.
  init(capacity: Int, fields: Int) { bytes.reserveCapacity(capacity + 8 * fields) }

  /// An empty block without storage (what `HeaderStoragePool.recycle` leaves in a block it takes back):
  /// `reserveCapacity(0)` went through the array's reallocation path (~80 instructions) for no storage,
  /// three times per relayed call.
  static var withoutStorage: HeaderBlock { HeaderBlock(bytes: []) }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  /// Empties the block, keeping its storage (`HeaderStoragePool`), and makes room for `capacity` bytes of
  /// names and values in `fields` fields if it has less.
  mutating func removeAll(reservingCapacity capacity: Int, fields: Int) {
    bytes.removeAll(keepingCapacity: true)
    bytes.reserveCapacity(capacity + 8 * fields)
    count = 0
  }

  /// Gives the block storage of its own if it shares it with a copy (no-op otherwise, a uniqueness check):
  /// a block nghttp2 reads in place is found again by its storage's address (`HeldHeaderBlocks`).
  mutating func makeStorageUnique() { bytes.withUnsafeMutableBufferPointer { _ in } }

  /// The bytes the storage can hold without growing (the pool keeps only blocks of a usual size).
  var storageCapacity: Int { bytes.capacity }

  /// Appends a field; names must already be lower-case. Both strings are read in place, borrowed through
  /// their spans: `append(contentsOf: string.utf8)` took a string owned, and
  /// `withContiguousStorageIfAvailable` retained its storage too (a retain and a release per name and value).
  mutating func add(_ name: String, _ value: String) {
    name.utf8Span.span.withUnsafeBytes { name in
      value.utf8Span.span.withUnsafeBytes { add(name: name, value: $0) }
    }
  }

  /// Appends a field whose name and value are fixed text (`:method: POST`, `content-type`): read from the
  /// binary's constant bytes, with no retain and release of a string's storage per field (a relayed call's
  /// blocks took some 18 of its ~245 retains in `add(_:_:)`); one write of the field (`appendField`), not an
  /// append each for its lengths, name and value.
  /// The name must be lower-case ASCII (as every fixed name is): it is marked so (`lowerCaseMark`).
  mutating func add(_ name: StaticString, literal value: StaticString) {
    name.withUTF8Buffer { name in
      value.withUTF8Buffer { add(lowerCaseName: UnsafeRawBufferPointer(name), value: UnsafeRawBufferPointer($0)) }
    }
  }

  /// Appends a field whose name is fixed text, lower-case ASCII, and whose value is the call's.
  mutating func add(_ name: StaticString, value: String) {
    name.withUTF8Buffer { name in
      value.utf8Span.span.withUnsafeBytes { add(lowerCaseName: UnsafeRawBufferPointer(name), value: $0) }
    }
  }

  /// Appends a field whose value is unique to this request (a relayed call's `grpc-timeout`, counting
  /// down from its deadline), to be sent never-indexed (`indexingFlags`). Marked in the name length's top
  /// bit (a name is at most nghttp2's 64 KiB).
  mutating func add(_ name: String, neverIndexed value: String) {
    name.utf8Span.span.withUnsafeBytes { name in
      value.utf8Span.span.withUnsafeBytes { value in
        bytes.appendField(lengths: (UInt32(truncatingIfNeeded: name.count) | Self.neverIndexedMark,
                                    UInt32(truncatingIfNeeded: value.count)), name: name, value: value)
      }
    }
    count += 1
  }

  /// Appends a field whose name is fixed text (lower-case ASCII) and whose value, as bytes, is unique to this
  /// request (a relayed call's `grpc-timeout`, formatted on the stack), to be sent never-indexed.
  mutating func add(_ name: StaticString, neverIndexed value: UnsafeRawBufferPointer) {
    name.withUTF8Buffer { name in
      assert(Self.isLowerCaseASCII(UnsafeRawBufferPointer(name)), "a fixed name must be lower case")
      bytes.appendField(lengths: (UInt32(truncatingIfNeeded: name.count) | Self.neverIndexedMark | Self.lowerCaseMark,
                                  UInt32(truncatingIfNeeded: value.count)), name: UnsafeRawBufferPointer(name), value: value)
    }
    count += 1
  }

  /// Appends a field whose value is raw bytes.
  mutating func add(_ name: String, bytes value: some Sequence<UInt8>) {
    let start = bytes.count
    appendLengths(0, 0)
    bytes.append(contentsOf: name.utf8)
    let nameLength = bytes.count - start - 8
    bytes.append(contentsOf: value)
    setLengths(at: start, nameLength, bytes.count - start - 8 - nameLength)
    count += 1
  }

  /// Appends fields laid out once for a connection, in one copy.
  mutating func add(_ fixed: FixedHeaderFields) {
    fixed.bytes.withUnsafeBytes { bytes.append(copying: $0) }
    count += fixed.count
  }

  /// Calls `body` with the fields as laid out (`FixedHeaderFields` keeps a copy).
  func withLaidOutBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R { bytes.withUnsafeBytes(body) }

  /// Appends a field as bytes (a relayed field, never made into Strings).
  mutating func add(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
    bytes.appendField(lengths: (UInt32(truncatingIfNeeded: name.count), UInt32(truncatingIfNeeded: value.count)),
                      name: name, value: value)
    count += 1
  }

  /// Appends a field whose name is known to be lower-case ASCII (fixed text, or received by nghttp2, which
  /// checks every name it passes on), marked so (`lowerCaseMark`): `withNV(noCopy: true)` does not check it
  /// again (~0.55k instructions per relayed call went to checking names that could not fail).
  mutating func add(lowerCaseName name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
    assert(Self.isLowerCaseASCII(name), "a name marked lower case must be")
    bytes.appendField(lengths: (UInt32(truncatingIfNeeded: name.count) | Self.lowerCaseMark,
                                UInt32(truncatingIfNeeded: value.count)), name: name, value: value)
    count += 1
  }

  private mutating func appendLengths(_ name: Int, _ value: Int, neverIndexed: Bool = false) {
    let marked = UInt32(truncatingIfNeeded: name) | (neverIndexed ? Self.neverIndexedMark : 0)
    withUnsafeBytes(of: (marked, UInt32(truncatingIfNeeded: value))) { bytes.append(copying: $0) }
  }

  /// The top bit of a stored name length: the field goes never-indexed.
  private static let neverIndexedMark: UInt32 = 0x8000_0000
  /// The next bit: the name is known to be lower-case ASCII, so it goes to nghttp2 uncopied unchecked.
  static let lowerCaseMark: UInt32 = 0x4000_0000
  /// Both marks, cleared to read a stored name length.
  private static let marks: UInt32 = neverIndexedMark | lowerCaseMark

  private mutating func setLengths(at offset: Int, _ name: Int, _ value: Int) {
    withUnsafeBytes(of: (UInt32(truncatingIfNeeded: name), UInt32(truncatingIfNeeded: value))) { lengths in
      for index in 0..<8 { bytes[offset + index] = lengths[index] }
    }
  }

  /// Appends the fields of a relayed block that cross a proxy (`RawHeaderFields.crossesProxy`).
  /// The names nghttp2 gave keep their lower-case mark (`RawHeaderFields.appendReceived`).
  mutating func addRelayed(_ relayed: RawHeaderFields) {
    appendFields(bound: relayed.byteCount) { writer in
      relayed.forEachMarked { name, value, lowerCase in
        if RawHeaderFields.crossesProxy(name) { writer.write(name: name, value: value, lowerCase: lowerCase) }
        return true
      }
    }
  }

  /// Appends every field of a block the relay made (its own response fields).
  mutating func addAll(_ own: RawHeaderFields) {
    appendFields(bound: own.byteCount) { writer in
      own.forEachMarked { name, value, lowerCase in
        writer.write(name: name, value: value, lowerCase: lowerCase)
        return true
      }
    }
  }

  /// Appends a relayed request's remaining metadata fields, as bytes: the received ones marked lower-case
  /// (`RequestHeaderFields.forEachMarked`), the relay's additions checked when sent.
  mutating func add(_ request: RequestHeaderFields) {
    appendFields(bound: request.laidOutBound) { writer in
      request.forEachMarked { name, value, lowerCase in
        writer.write(name: name, value: value, lowerCase: lowerCase)
        return true
      }
    }
  }

  /// Appends fields written straight into the block's spare capacity, at most `bound` bytes of them (their
  /// lengths included): one uniqueness and capacity check for all of them, where an `add` per field made
  /// one each (~45 instructions a field, ~20 fields per relayed call), and one copy per field of a name and
  /// value that lie together (as both received forms keep them), where there were two.
  private mutating func appendFields(bound: Int, _ write: (inout HeaderBlockFieldWriter) -> Void) {
    guard bound > 0 else { return }
    var added = 0
    bytes.append(addingCapacity: bound) { spare in
      spare.withUnsafeMutableBufferPointer { buffer, initialized in
        guard let start = buffer.baseAddress else { return }
        var writer = HeaderBlockFieldWriter(base: UnsafeMutableRawPointer(start + initialized), room: bound)
        write(&writer)
        initialized += writer.written
        added = writer.fields
      }
    }
    count += added
  }

  var isEmpty: Bool { count == 0 }

  /// The fields as nghttp2 is given them, as text (tests, diagnostics).
  var textFields: [(String, String)] {
    withNV { nva, count in
      (0..<count).map { index in
        let field = nva[index]
        return (String(decoding: UnsafeRawBufferPointer(start: field.name, count: field.namelen), as: UTF8.self),
                String(decoding: UnsafeRawBufferPointer(start: field.value, count: field.valuelen), as: UTF8.self))
      }
    }
  }

  /// The names of the fields nghttp2 is told never to index, in order (tests, diagnostics).
  var neverIndexedNames: [String] {
    withNV { nva, count in
      (0..<count).compactMap { index in
        let field = nva[index]
        guard field.flags & UInt8(NGHTTP2_NV_FLAG_NO_INDEX.rawValue) != 0 else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: field.name, count: field.namelen), as: UTF8.self)
      }
    }
  }

  /// The names nghttp2 would read in place when the block goes uncopied (`withNV(noCopy: true)`), in order
  /// (tests, diagnostics): the others it copies and lower-cases.
  var uncopiedNames: [String] {
    withNV(noCopy: true) { nva, count in
      (0..<count).compactMap { index in
        let field = nva[index]
        guard field.flags & UInt8(NGHTTP2_NV_FLAG_NO_COPY_NAME.rawValue) != 0 else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: field.name, count: field.namelen), as: UTF8.self)
      }
    }
  }

  /// HPACK indexing for a field: none for a value that differs on every request (`x-request-id` and
  /// `traceparent` are random ids; `add(_:neverIndexed:)` marks others, such as a relayed call's
  /// `grpc-timeout`, which counts down from its deadline: a client's fixed timeout repeats and stays
  /// indexed). Indexed, each such value went into the connection's 4 KiB dynamic table at every call (two
  /// or three per call), pushing out the fields that do repeat and growing the encoder's chain of
  /// same-name entries that every lookup walks; not indexed, they cost what they did on the wire and
  /// nothing else.
  ///
  /// Compared as a first 8-byte word and a last 4-byte word (overlapping): every field of every block sent
  /// comes here, and `content-type`, `grpc-timeout` and `grpc-message` share `x-request-id`'s length, so a
  /// `memcmp` call per such field (~30 instructions) ran 4 to 6 times a relayed call.
  static func indexingFlags(name: UnsafeRawBufferPointer) -> UInt8 {
    let count = name.count
    guard count == 11 || count == 12, let base = name.baseAddress else { return UInt8(NGHTTP2_NV_FLAG_NONE.rawValue) }
    let head = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
    let tail = UInt32(littleEndian: (base + count - 4).loadUnaligned(as: UInt32.self))
    // The names' bytes read as little-endian words: `tracepar` `rent`, `x-reques` `t-id`.
    let matches = count == 11 ? head == 0x7261_7065_6361_7274 && tail == 0x746e_6572
                              : head == 0x7365_7571_6572_2d78 && tail == 0x6469_2d74
    return matches ? UInt8(NGHTTP2_NV_FLAG_NO_INDEX.rawValue) : UInt8(NGHTTP2_NV_FLAG_NONE.rawValue)
  }

  /// Whether `name` has no upper-case letter and no byte past ASCII, eight bytes at a time: such a name can
  /// go to nghttp2 uncopied (`NGHTTP2_NV_FLAG_NO_COPY_NAME`), which also skips its lower-casing. A name
  /// that fails (a filter's configured `X-Foo`) is copied and lower-cased by nghttp2, as every name was.
  @inline(__always)
  static func isLowerCaseASCII(_ name: UnsafeRawBufferPointer) -> Bool {
    let count = name.count
    guard count > 0, let base = name.baseAddress else { return true }
    // Whole words, the last one overlapping the one before it; a short name as two overlapping halves (or
    // its first, middle and last byte): no copy of a tail (a `memcpy` each cost more than the check).
    if count >= 8 {
      var offset = 0
      while offset + 8 < count {
        if !isLowerCaseASCII(word: (base + offset).loadUnaligned(as: UInt64.self)) { return false }
        offset += 8
      }
      return isLowerCaseASCII(word: (base + count - 8).loadUnaligned(as: UInt64.self))
    }
    let word = count >= 4
      ? UInt64(base.loadUnaligned(as: UInt32.self)) | UInt64((base + count - 4).loadUnaligned(as: UInt32.self)) << 32
      : UInt64(base.load(as: UInt8.self)) | UInt64((base + count / 2).load(as: UInt8.self)) << 8
        | UInt64((base + count - 1).load(as: UInt8.self)) << 16
    return isLowerCaseASCII(word: word)
  }

  /// Whether none of a word's eight bytes is an upper-case letter or past ASCII (a zero byte passes).
  @inline(__always)
  private static func isLowerCaseASCII(word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
    // With every byte under 0x80 no sum carries into the next byte: a byte's top bit is set in
    // `word + 0x3f` when it is >= 'A' (0x41) and in `word + 0x25` when it is > 'Z' (0x5a).
    return word & high == 0 && (word &+ 0x3f &* ones) & ~(word &+ 0x25 &* ones) & high == 0
  }

  /// Calls `body` with the fields as an `nghttp2_nv` array.
  /// - Parameter noCopy: whether nghttp2 is to read the names and values in place rather than copy them
  ///   (and lower-case the names): 19 fields per relayed call were copied and lower-cased (~1.9k
  ///   instructions in nghttp2 per call); a relayed response's 7 or so go uncopied now.
  ///   The block must then outlive the frame's packing.
  func withNV<R>(noCopy: Bool = false, _ body: (UnsafePointer<nghttp2_nv>, Int) -> R) -> R {
    let copyless = UInt8(NGHTTP2_NV_FLAG_NO_COPY_VALUE.rawValue)
    let copylessName = UInt8(NGHTTP2_NV_FLAG_NO_COPY_NAME.rawValue)
    return bytes.withUnsafeBufferPointer { buffer in
      let base = UnsafeMutablePointer(mutating: buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)
      return withUnsafeTemporaryAllocation(of: nghttp2_nv.self, capacity: max(count, 1)) { nva in
        var offset = 0, index = 0
        // Only the `add`s write the buffer, so every field lies whole inside it.
        while index < count, offset + 8 <= buffer.count {
          let storedName = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt32.self)
          let nameLength = Int(storedName & ~Self.marks)
          let valueLength = Int(UnsafeRawPointer(base + offset + 4).loadUnaligned(as: UInt32.self))
          let nameStart = offset + Self.fieldLengthsSize, valueStart = nameStart + nameLength
          let name = UnsafeRawBufferPointer(start: base + nameStart, count: nameLength)
          var flags = storedName & Self.neverIndexedMark != 0
            ? UInt8(NGHTTP2_NV_FLAG_NO_INDEX.rawValue) : Self.indexingFlags(name: name)
          if noCopy {
            flags |= storedName & Self.lowerCaseMark != 0 || Self.isLowerCaseASCII(name) ? copyless | copylessName : copyless
          }
          nva[index] = nghttp2_nv(name: base + nameStart, value: base + valueStart, namelen: nameLength,
                                  valuelen: valueLength, flags: flags)
          offset = valueStart + valueLength
          index += 1
        }
        return body(UnsafePointer(nva.baseAddress!), index)
      }
    }
  }
}
