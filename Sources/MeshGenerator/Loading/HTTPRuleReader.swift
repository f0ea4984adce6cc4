/// Reads a serialized `google.api.HttpRule` (the `google.api.http` method option, which protobuf-c keeps
/// as an unknown field of `MethodOptions` because descriptor.proto does not know the extension).
///
/// The generator cannot use generated C for http.proto (it is what generates it), so this is a small
/// reader of the wire format for the rule's few fields.
enum HTTPRuleReader {
  /// Why the option's bytes could not be read.
  struct Failure: Error {
    let reason: String
  }

  /// The field number of the `google.api.http` extension of `MethodOptions`.
  static let extensionNumber: UInt32 = 72_295_728

  /// The bindings of a rule: the primary one, then its `additional_bindings`.
  /// - Parameter bytes: the serialized `HttpRule`.
  static func bindings(_ bytes: [UInt8]) throws -> [ProtoHTTPBinding] {
    let rule = try read(bytes[...], nested: false)
    guard let primary = rule.binding else { throw Failure(reason: "the rule has no pattern (get, post, …)") }
    return [primary] + rule.additional
  }

  /// The payload of a length-delimited record kept with its length prefix; nil when they disagree.
  static func stripLengthPrefix(_ record: [UInt8]) -> [UInt8]? {
    var reader = WireReader(bytes: record[...])
    guard let payload = try? reader.lengthDelimited(), reader.bytes.isEmpty else { return nil }
    return Array(payload)
  }

  private struct Rule {
    var binding: ProtoHTTPBinding?
    var additional: [ProtoHTTPBinding] = []
  }

  private static func read(_ bytes: ArraySlice<UInt8>, nested: Bool) throws -> Rule {
    var reader = WireReader(bytes: bytes)
    var method: String?, path = "", body = "", responseBody = ""
    var rule = Rule()
    while let (number, wireType) = try reader.tag() {
      switch (number, wireType) {
      case (2...6, 2):
        method = ["GET", "PUT", "POST", "DELETE", "PATCH"][Int(number) - 2]
        path = try reader.string()
      case (7, 2): body = try reader.string()
      case (12, 2): responseBody = try reader.string()
      case (8, 2):
        var custom = WireReader(bytes: try reader.lengthDelimited())
        method = ""
        path = ""
        while let (customNumber, customType) = try custom.tag() {
          switch (customNumber, customType) {
          case (1, 2): method = try custom.string()
          case (2, 2): path = try custom.string()
          default: try custom.skip(customType)
          }
        }
      case (11, 2):
        guard !nested else { throw Failure(reason: "additional_bindings must not nest") }
        let inner = try read(try reader.lengthDelimited(), nested: true)
        guard let binding = inner.binding else {
          throw Failure(reason: "an additional binding has no pattern (get, post, …)")
        }
        rule.additional.append(binding)
      default: try reader.skip(wireType)
      }
    }
    if let method {
      guard !method.isEmpty, path.hasPrefix("/") else {
        throw Failure(reason: "a binding needs a method and a path that starts with / (got \"\(method)\" \"\(path)\")")
      }
      rule.binding = ProtoHTTPBinding(method: method, path: path, body: body, responseBody: responseBody)
    }
    return rule
  }

  /// The protobuf wire format, just enough for the rule.
  private struct WireReader {
    var bytes: ArraySlice<UInt8>

    mutating func varint() throws -> UInt64 {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while let byte = bytes.first {
        bytes = bytes.dropFirst()
        guard shift < 64 else { break }
        value |= UInt64(byte & 0x7F) << shift
        if byte & 0x80 == 0 { return value }
        shift += 7
      }
      throw Failure(reason: "a truncated or overlong varint")
    }

    mutating func tag() throws -> (UInt32, UInt8)? {
      guard !bytes.isEmpty else { return nil }
      let key = try varint()
      return (UInt32(truncatingIfNeeded: key >> 3), UInt8(key & 7))
    }

    mutating func lengthDelimited() throws -> ArraySlice<UInt8> {
      let length = try varint()
      guard length <= UInt64(bytes.count) else { throw Failure(reason: "a length past the end of the option") }
      let value = bytes.prefix(Int(length))
      bytes = bytes.dropFirst(Int(length))
      return value
    }

    mutating func string() throws -> String {
      let value = try lengthDelimited()
      guard let text = String(validating: value, as: UTF8.self) else { throw Failure(reason: "a string that is not UTF-8") }
      return text
    }

    mutating func skip(_ wireType: UInt8) throws {
      switch wireType {
      case 0: _ = try varint()
      case 1: try drop(8)
      case 2: _ = try lengthDelimited()
      case 5: try drop(4)
      default: throw Failure(reason: "wire type \(wireType) is not valid here")
      }
    }

    private mutating func drop(_ count: Int) throws {
      guard bytes.count >= count else { throw Failure(reason: "a fixed-size value past the end of the option") }
      bytes = bytes.dropFirst(count)
    }
  }
}
