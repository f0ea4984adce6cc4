/// The grammar of custom metadata in PROTOCOL-HTTP2.md: which keys and ASCII values may be sent.
enum MetadataValidation {
  /// Whether a key matches `Header-Name`: one or more of `0-9 a-z _ - .`.
  /// - Parameter key: the key as it would be sent.
  static func isValidKey(_ key: String) -> Bool {
    guard !key.utf8.isEmpty else { return false }
    return key.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
        true
      default: false
      }
    }
  }

  /// Whether a value matches `ASCII-Value`: space and printable ASCII (`0x20...0x7E`).
  ///
  /// The spec asks for at least one character, but empty values are common and legal HTTP, so they
  /// are accepted.
  /// - Parameter value: the value of a key that does not end in `-bin`.
  static func isValidASCIIValue(_ value: String) -> Bool {
    value.utf8.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
  }

  /// Whether a key carries binary values, base64-encoded on the wire.
  /// - Parameter key: the lower-case key.
  static func isBinaryKey(_ key: String) -> Bool {
    key.utf8.count > 4 && key.hasSuffix("-bin")
  }

  /// Whether a key belongs to the protocol rather than the application: pseudo-headers, the
  /// `grpc-` prefix (reserved for gRPC) and the headers the transport writes itself.
  /// - Parameter key: the lower-case key.
  static func isReservedKey(_ key: String) -> Bool {
    if key.hasPrefix(":") || key.hasPrefix("grpc-") { return true }
    switch key {
    case "content-type", "te", "user-agent", "connection", "host", "transfer-encoding", "keep-alive",
      "upgrade", "proxy-connection":
      return true
    default:
      return false
    }
  }
}
