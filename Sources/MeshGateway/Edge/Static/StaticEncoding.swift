import Foundation

/// The HTTP negotiation rules of static files: ETags, `If-None-Match`, `Accept-Encoding`. Pure.
enum StaticEncoding {
  /// A strong ETag of the bytes served (FNV-1a 64 and the length; a gzip sibling has its own).
  static func etag(of bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return "\"" + String(hash, radix: 16) + "-" + String(bytes.count, radix: 16) + "\""
  }

  /// Whether `If-None-Match` matches the ETag (weak comparison, as RFC 9110 wants for it; `*` matches).
  static func matches(_ ifNoneMatch: String?, etag: String) -> Bool {
    guard let ifNoneMatch else { return false }
    let opaque = etag.hasPrefix("W/") ? String(etag.dropFirst(2)) : etag
    for candidate in ifNoneMatch.split(separator: ",") {
      var tag = candidate.trimmingCharacters(in: .whitespaces)
      if tag == "*" { return true }
      if tag.hasPrefix("W/") { tag = String(tag.dropFirst(2)) }
      if tag == opaque { return true }
    }
    return false
  }

  /// Whether `Accept-Encoding` allows gzip (listed, or `*`, with a q-value above zero).
  static func acceptsGzip(_ acceptEncoding: String?) -> Bool {
    guard let acceptEncoding else { return false }
    var star: Bool?
    for item in acceptEncoding.lowercased().split(separator: ",") {
      let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let coding = parts.first else { continue }
      var quality = 1.0
      for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
        quality = Double(parameter.dropFirst(2)) ?? 0
      }
      if coding == "gzip" || coding == "x-gzip" { return quality > 0 }
      if coding == "*" { star = quality > 0 }
    }
    return star ?? false
  }
}
