/// The little-endian fields of a stored head (`HeadStore`): numbers, strings and float arrays as their
/// exact bits, so a head read back is equal to the one written (the JSON cache before it rounded the
/// neighbour rows to half floats, so a restarted service decided differently from its first start).
struct HeadFileWriter {
  /// The bytes so far.
  private(set) var bytes: [UInt8] = []

  /// Appends `v` as 8 bytes (two's complement).
  mutating func int(_ v: Int) {
    let bits = UInt64(bitPattern: Int64(v))
    for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
  }

  /// Appends a float's bits as 4 bytes.
  mutating func float(_ v: Float) {
    let bits = v.bitPattern
    for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt32(i)))) }
  }

  /// Appends the count, then each float's bits.
  mutating func floats(_ values: [Float]) {
    int(values.count)
    bytes.reserveCapacity(bytes.count + 4 * values.count)
    for v in values { float(v) }
  }

  /// Appends the count, then each integer.
  mutating func ints(_ values: [Int]) {
    int(values.count)
    for v in values { int(v) }
  }

  /// Appends the UTF-8 length, then the bytes.
  mutating func string(_ s: String) {
    int(s.utf8.count)
    bytes.append(contentsOf: s.utf8)
  }

  /// Appends the count, then each string.
  mutating func strings(_ values: [String]) {
    int(values.count)
    for s in values { string(s) }
  }

  /// Appends 0 for nil, else 1 and the value by `write`.
  mutating func optional<T>(_ value: T?, _ write: (inout HeadFileWriter, T) -> Void) {
    int(value == nil ? 0 : 1)
    if let value { write(&self, value) }
  }
}

/// Reads `HeadFileWriter`'s fields back; every count is checked against the bytes left, so a truncated
/// or damaged file throws `HeadStoreError.corrupt` instead of reading past its end or allocating wildly.
struct HeadFileReader {
  private let bytes: [UInt8]
  private var at = 0

  /// A reader at the start of `bytes`.
  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Whether every byte was read (a file with bytes left over is not what was written).
  var atEnd: Bool { at == bytes.count }

  private mutating func take(_ n: Int, _ what: String) throws -> ArraySlice<UInt8> {
    guard n >= 0, bytes.count - at >= n else { throw HeadStoreError.corrupt("the file ends inside \(what)") }
    defer { at += n }
    return bytes[at..<(at + n)]
  }

  /// An integer written by `int`.
  mutating func int(_ what: String) throws -> Int {
    let bits = try take(8, what).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    return Int(Int64(bitPattern: bits))
  }

  /// A count of items of `size` bytes each, no more than the bytes left can hold.
  private mutating func count(_ what: String, size: Int) throws -> Int {
    let n = try int(what)
    guard n >= 0, n <= (bytes.count - at) / max(size, 1) else { throw HeadStoreError.corrupt("\(what) claims \(n) items") }
    return n
  }

  /// A float written by `float`.
  mutating func float(_ what: String) throws -> Float {
    let bits = try take(4, what).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    return Float(bitPattern: bits)
  }

  /// Floats written by `floats`.
  mutating func floats(_ what: String) throws -> [Float] {
    let n = try count(what, size: 4)
    let slice = try take(4 * n, what)
    var out = [Float](repeating: 0, count: n)
    slice.withUnsafeBytes { raw in
      for i in 0..<n { out[i] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))) }
    }
    return out
  }

  /// Integers written by `ints`.
  mutating func ints(_ what: String) throws -> [Int] {
    let n = try count(what, size: 8)
    var out: [Int] = []
    out.reserveCapacity(n)
    for _ in 0..<n { out.append(try int(what)) }
    return out
  }

  /// A string written by `string`; throws on bytes that are not UTF-8.
  mutating func string(_ what: String) throws -> String {
    let n = try count(what, size: 1)
    guard let s = String(validating: try take(n, what), as: UTF8.self) else { throw HeadStoreError.corrupt("\(what) is not UTF-8") }
    return s
  }

  /// Strings written by `strings`.
  mutating func strings(_ what: String) throws -> [String] {
    let n = try count(what, size: 8)
    var out: [String] = []
    for _ in 0..<n { out.append(try string(what)) }
    return out
  }

  /// A value written by `optional`: nil for 0, `read`'s value for 1.
  mutating func optional<T>(_ what: String, _ read: (inout HeadFileReader) throws -> T) throws -> T? {
    switch try int(what) {
    case 0: return nil
    case 1: return try read(&self)
    default: throw HeadStoreError.corrupt("\(what) is neither absent nor present")
    }
  }
}
