import MeshCore
import MeshProtobuf

/// A response message as the JSON a REST client gets: the whole message, or the `response_body` field
/// (a message, or an array for a repeated one). Pure.
enum RESTResponseEncoder {
  /// The JSON text of a serialized response.
  /// - Parameters:
  ///   - message: the serialized response.
  ///   - route: the route, for the response type and `response_body`.
  /// - Throws: `RPCError` (`.internal`) when the bytes are not a valid response.
  static func json(_ message: [UInt8], route: RESTRoute) throws -> String {
    guard let field = route.responseField, case .message(let type) = field.kind else {
      return try ProtobufJSON.json(fromWireBytes: message, descriptor: route.output)
    }
    let occurrences = try fieldPayloads(message, number: field.number)
    if field.isRepeated {
      return "[" + (try occurrences.map { try ProtobufJSON.json(fromWireBytes: $0, descriptor: type) })
        .joined(separator: ",") + "]"
    }
    // Several occurrences of a singular message field merge, as concatenated bytes do.
    return try ProtobufJSON.json(fromWireBytes: occurrences.flatMap { $0 }, descriptor: type)
  }

  /// The payloads of every length-delimited occurrence of a field, in order.
  private static func fieldPayloads(_ bytes: [UInt8], number: Int) throws -> [[UInt8]] {
    var payloads: [[UInt8]] = []
    var index = 0
    func fail() -> RPCError { RPCError(code: .internal, message: "The response is not a valid protobuf message.") }
    func varint() throws -> UInt64 {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while index < bytes.count, shift < 64 {
        let byte = bytes[index]
        index += 1
        value |= UInt64(byte & 0x7F) << shift
        if byte & 0x80 == 0 { return value }
        shift += 7
      }
      throw fail()
    }
    while index < bytes.count {
      let key = try varint()
      switch key & 7 {
      case 0: _ = try varint()
      case 1: index += 8
      case 5: index += 4
      case 2:
        let length = try varint()
        guard length <= UInt64(bytes.count - index) else { throw fail() }
        if key >> 3 == UInt64(number) { payloads.append(Array(bytes[index..<index + Int(length)])) }
        index += Int(length)
      default: throw fail()
      }
      guard index <= bytes.count else { throw fail() }
    }
    return payloads
  }
}
