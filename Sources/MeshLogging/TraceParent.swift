/// A W3C Trace Context `traceparent` header (`00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>`):
/// parsed strictly as the recommendation says, formatted, and continued by a child span, so that one
/// request can be followed across processes.
public struct TraceParent: Sendable, Hashable, CustomStringConvertible {
  /// The trace id, 32 lowercase hex digits, not all zero.
  public let traceID: String
  /// The id of the caller's span, 16 lowercase hex digits, not all zero.
  public let parentID: String
  /// The trace flags; bit 0 is "sampled".
  public let flags: UInt8

  /// A trace context from its parts (already valid: use `init?(header:)` for input).
  public init(traceID: String, parentID: String, flags: UInt8) {
    self.traceID = traceID
    self.parentID = parentID
    self.flags = flags
  }

  /// Parses a `traceparent` header; nil when it is malformed (the receiver then starts a new trace).
  /// Version 00 must be exactly 55 characters; a later version may carry more fields after a '-'.
  public init?(header: String) {
    let bytes = Array(header.utf8)
    guard bytes.count >= 55, bytes[2] == UInt8(ascii: "-"), bytes[35] == UInt8(ascii: "-"),
          bytes[52] == UInt8(ascii: "-") else { return nil }
    let version = String(decoding: bytes[0..<2], as: UTF8.self)
    guard Self.isHex(bytes[0..<2]), version != "ff" else { return nil }
    if version == "00" {
      guard bytes.count == 55 else { return nil }
    } else if bytes.count > 55 && bytes[55] != UInt8(ascii: "-") {
      return nil
    }
    let trace = bytes[3..<35], parent = bytes[36..<52], flags = bytes[53..<55]
    guard Self.isHex(trace), Self.isHex(parent), Self.isHex(flags),
          trace.contains(where: { $0 != UInt8(ascii: "0") }), parent.contains(where: { $0 != UInt8(ascii: "0") }),
          let flagValue = UInt8(String(decoding: flags, as: UTF8.self), radix: 16) else { return nil }
    self.init(traceID: String(decoding: trace, as: UTF8.self), parentID: String(decoding: parent, as: UTF8.self),
              flags: flagValue)
  }

  /// A new trace with a random trace id and span id, sampled.
  public static func random() -> TraceParent {
    TraceParent(traceID: randomHex(bytes: 16), parentID: randomHex(bytes: 8), flags: 1)
  }

  /// The same trace, with a new span id for this process's part of it.
  public func child() -> TraceParent {
    TraceParent(traceID: traceID, parentID: Self.randomHex(bytes: 8), flags: flags)
  }

  /// Whether the caller sampled this trace.
  public var isSampled: Bool { flags & 1 == 1 }

  /// The header value, version 00.
  public var description: String {
    let hexFlags = String(flags, radix: 16)
    return "00-\(traceID)-\(parentID)-\(hexFlags.count == 1 ? "0" + hexFlags : hexFlags)"
  }

  /// The header's name.
  public static let headerName = "traceparent"

  private static func isHex(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }
  }

  /// Ids come from `TraceIDGenerator`: no system call per byte, as `SystemRandomNumberGenerator` made.
  private static func randomHex(bytes: Int) -> String { TraceIDGenerator.hex(bytes: bytes) }
}
