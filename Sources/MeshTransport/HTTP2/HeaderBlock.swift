internal import CNGHTTP2

/// A list of header fields laid out in one byte buffer, handed to nghttp2 as an `nghttp2_nv` array.
/// nghttp2 copies names and values when a frame is submitted, so the block can be temporary.
struct HeaderBlock {
  private var bytes: [UInt8] = []
  private var fields: [(nameStart: Int, nameLength: Int, valueStart: Int, valueLength: Int)] = []

  init() {
    bytes.reserveCapacity(256)
    fields.reserveCapacity(8)
  }

  /// Appends a field; names must already be lower-case.
  mutating func add(_ name: String, _ value: String) {
    let nameStart = bytes.count
    bytes.append(contentsOf: name.utf8)
    let valueStart = bytes.count
    bytes.append(contentsOf: value.utf8)
    fields.append((nameStart, valueStart - nameStart, valueStart, bytes.count - valueStart))
  }

  /// Appends a field whose value is raw bytes.
  mutating func add(_ name: String, bytes value: some Sequence<UInt8>) {
    let nameStart = bytes.count
    bytes.append(contentsOf: name.utf8)
    let valueStart = bytes.count
    bytes.append(contentsOf: value)
    fields.append((nameStart, valueStart - nameStart, valueStart, bytes.count - valueStart))
  }

  /// Appends a field as bytes (a relayed field, never made into Strings).
  mutating func add(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
    let nameStart = bytes.count
    bytes.append(contentsOf: name)
    let valueStart = bytes.count
    bytes.append(contentsOf: value)
    fields.append((nameStart, valueStart - nameStart, valueStart, bytes.count - valueStart))
  }

  /// Appends the fields of a relayed block that cross a proxy (`RawHeaderFields.crossesProxy`).
  mutating func addRelayed(_ relayed: RawHeaderFields) {
    relayed.forEach { name, value in
      if RawHeaderFields.crossesProxy(name) { add(name: name, value: value) }
      return true
    }
  }

  /// Appends every field of a block the relay made (its own response fields).
  mutating func addAll(_ own: RawHeaderFields) {
    own.forEach { name, value in
      add(name: name, value: value)
      return true
    }
  }

  /// Appends a relayed request's remaining metadata fields, as bytes.
  mutating func add(_ request: RequestHeaderFields) {
    request.forEach { name, value in
      add(name: name, value: value)
      return true
    }
  }

  var isEmpty: Bool { fields.isEmpty }

  /// Calls `body` with the fields as an `nghttp2_nv` array.
  func withNV<R>(_ body: (UnsafePointer<nghttp2_nv>, Int) -> R) -> R {
    bytes.withUnsafeBufferPointer { buffer in
      let base = UnsafeMutablePointer(mutating: buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)
      return withUnsafeTemporaryAllocation(of: nghttp2_nv.self, capacity: max(fields.count, 1)) { nva in
        for (index, field) in fields.enumerated() {
          nva[index] = nghttp2_nv(name: base + field.nameStart, value: base + field.valueStart,
                                  namelen: field.nameLength, valuelen: field.valueLength,
                                  flags: UInt8(NGHTTP2_NV_FLAG_NONE.rawValue))
        }
        return body(UnsafePointer(nva.baseAddress!), fields.count)
      }
    }
  }
}
