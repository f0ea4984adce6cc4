/// Normalises a request path before routing, so that a route or deny rule written for `/admin/` also
/// covers `/x/../admin/`, `//admin/` and `/%61dmin/` (RFC 3986 §6.2.2: percent-encoding, then dot segments).
///
/// Only unreserved characters (`A-Z a-z 0-9 - . _ ~`) are decoded; other escapes stay encoded with upper-case
/// hex. An encoded `/` or `\` is refused (it would change what the path's segments are), as are malformed
/// escapes, control characters, and dot segments that climb above the root.
public enum PathNormalizer {
  /// Why a path was refused.
  public enum Failure: Error, Equatable, Sendable {
    /// The path does not start with `/`.
    case notAbsolute
    /// `%` not followed by two hex digits.
    case malformedEscape
    /// `%2F` or `%5C`.
    case encodedSeparator
    /// A control character, a space, or a byte outside ASCII.
    case invalidCharacter
    /// `..` above the root.
    case escapesRoot
  }

  /// The normalised path.
  /// - Parameter path: the path as sent, without the query.
  /// - Returns: the path with unreserved escapes decoded, `//` merged and dot segments removed.
  public static func normalize(_ path: String) -> Result<String, Failure> {
    // The usual path (every gRPC method's) is its own normal form: handed back without a copy.
    if isNormal(path.utf8) { return .success(path) }
    let bytes = Array(path.utf8)
    guard bytes.first == UInt8(ascii: "/") else { return .failure(.notAbsolute) }
    var decoded: [UInt8] = []
    decoded.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte > 0x20, byte < 0x7F else { return .failure(.invalidCharacter) }
      guard byte == UInt8(ascii: "%") else {
        decoded.append(byte)
        index += 1
        continue
      }
      guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
        return .failure(.malformedEscape)
      }
      let value = high << 4 | low
      if value == UInt8(ascii: "/") || value == UInt8(ascii: "\\") { return .failure(.encodedSeparator) }
      if isUnreserved(value) {
        decoded.append(value)
      } else {
        decoded += [UInt8(ascii: "%"), hexDigit(high), hexDigit(low)]
      }
      index += 3
    }
    return removeDotSegments(decoded)
  }

  /// Whether `normalize` would give `path` back unchanged: absolute, printable ASCII without escapes, and no
  /// empty, `.` or `..` segment (a trailing `/` is kept by `normalize` too).
  private static func isNormal(_ path: String.UTF8View) -> Bool {
    // Over the string's bytes in place: iterating the UTF-8 view cost ~50 instructions a byte.
    path.withContiguousStorageIfAvailable { isNormal(UnsafeRawBufferPointer($0)) } ?? isNormal(Array(path))
  }

  private static func isNormal(_ path: [UInt8]) -> Bool { path.withUnsafeBytes { isNormal($0) } }

  /// `isNormal` of a path's UTF-8 bytes (a relayed call's path, read in place by `PathNormalizationFilter`).
  static func isNormal(_ path: UnsafeRawBufferPointer) -> Bool {
    // One pass over the bytes eight at a time; the segments between slashes are walked only when it found
    // `/.` or `//`. A byte-wise test of both at once cost ~19 instructions a byte (670 for a gRPC method's
    // path), a pass for the bytes and a walk over every path's segments ~355.
    guard let base = path.baseAddress, path.first == UInt8(ascii: "/") else { return false }
    switch scan(path) {
    case .refusedByte: return false
    case .plain: return true
    case .slashBeforeDotOrSlash: break
    }
    let count = path.count
    var slash = 0
    while true {
      let start = slash + 1
      var end = start
      while end < count, base.load(fromByteOffset: end, as: UInt8.self) != UInt8(ascii: "/") { end += 1 }
      let length = end - start
      // An empty segment is `//`, unless it is the end (`/`, or a trailing `/`, which `normalize` keeps).
      if length == 0 { return end == count }
      // `.` or `..`: `normalize` would remove it.
      if length <= 2, base.load(fromByteOffset: start, as: UInt8.self) == UInt8(ascii: "."),
        length == 1 || base.load(fromByteOffset: start + 1, as: UInt8.self) == UInt8(ascii: ".") {
        return false
      }
      if end == count { return true }
      slash = end
    }
  }

  /// What `scan` finds in a path's bytes.
  private enum ScanResult {
    /// A byte that is not printable ASCII (0x21-0x7E), or `%`: the path is not normal.
    case refusedByte
    /// Neither `/.` nor `//` (nor a refused byte): no empty, `.` or `..` segment, so the path (which starts
    /// with `/`) is normal. The usual case, a gRPC method's path.
    case plain
    /// Perhaps `/.` or `//`: the segments decide (a borrow in `ByteWords.equal` can mark a byte above a real
    /// match, so this may come without either, never the other way).
    case slashBeforeDotOrSlash
  }

  /// Tests `bytes` (at least one) eight at a time: words taken every seven bytes, so that every two
  /// neighbouring bytes lie together in one of them, the last word ending at the end; a path shorter than
  /// a word as one word padded with `A`s.
  private static func scan(_ bytes: UnsafeRawBufferPointer) -> ScanResult {
    var pairs = false
    var refused = false
    // Both tests on every word, joined without branches; the pass stops at a refused byte.
    func test(_ word: UInt64) {
      refused = word & ByteWords.highs | ByteWords.below(word, 0x21) | ByteWords.equal(word, 0x7F)
        | ByteWords.equal(word, 0x25) != 0
      let bytes = UInt64(littleEndian: word)  // the byte at the lower address in the lower bits
      let slashes = ByteWords.equal(bytes, 0x2F)
      pairs = pairs || (slashes << 8) & (slashes | ByteWords.equal(bytes, 0x2E)) != 0
    }
    let count = bytes.count
    if count < 8 {
      var word = UInt64(UInt8(ascii: "A")) &* ByteWords.ones
      withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: bytes) }
      test(word)
    } else {
      var offset = 0
      while offset + 8 < count, !refused {
        test(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 7
      }
      if !refused { test(bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
    }
    return refused ? .refusedByte : pairs ? .slashBeforeDotOrSlash : .plain
  }

  private static func removeDotSegments(_ path: [UInt8]) -> Result<String, Failure> {
    let segments = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
    var output: [ArraySlice<UInt8>] = []
    for segment in segments {
      if segment.elementsEqual([UInt8(ascii: ".")]) { continue }
      if segment.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
        guard !output.isEmpty else { return .failure(.escapesRoot) }
        output.removeLast()
        continue
      }
      output.append(segment)
    }
    // A trailing `/` (or a final dot segment, which names a folder) is kept: `/a/` and `/a` may differ.
    let last = segments.last.map { $0.elementsEqual([UInt8(ascii: ".")]) || $0.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) }
    let trailingSlash = !output.isEmpty && (path.last == UInt8(ascii: "/") || last == true)
    var result: [UInt8] = [UInt8(ascii: "/")]
    for (position, segment) in output.enumerated() {
      if position > 0 { result.append(UInt8(ascii: "/")) }
      result += segment
    }
    if trailingSlash { result.append(UInt8(ascii: "/")) }
    return .success(String(decoding: result, as: UTF8.self))
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
         UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
  }
}
