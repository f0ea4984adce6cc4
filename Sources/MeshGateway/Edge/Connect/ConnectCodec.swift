public import MeshCore
public import MeshProtobuf

/// Connect's two codecs: messages in protobuf binary (`proto`) or proto3 JSON (`json`). The gateway
/// carries protobuf binary, so JSON is converted both ways through the method's descriptors.
public enum ConnectCodec: String, Sendable {
  /// Protobuf binary.
  case proto
  /// Proto3 JSON.
  case json

  /// A request message as protobuf binary.
  /// - Parameters:
  ///   - bytes: the message as received.
  ///   - descriptor: its type, when known (required for JSON).
  /// - Throws: `RPCError` (`.invalidArgument`) for invalid JSON or protobuf, `.unimplemented` for JSON
  ///   to a method whose schema the gateway does not have.
  public func requestToWire(_ bytes: [UInt8], descriptor: ProtobufDescriptor?) throws(RPCError) -> [UInt8] {
    switch self {
    case .proto:
      guard let descriptor else { return bytes }
      do {
        // Checked here so that a bad body gets INVALID_ARGUMENT from the edge, not an upstream's guess.
        _ = try ProtobufJSON.json(fromWireBytes: bytes, descriptor: descriptor)
      } catch {
        // The reason too: a string holding U+0000 is valid protobuf that this mesh refuses, and says so.
        let reason = (error as? RPCError)?.message ?? "\(error)"
        throw RPCError(code: .invalidArgument,
                       message: "The request is not a valid \(descriptor.fullName) in protobuf binary (\(reason))")
      }
      return bytes
    case .json:
      guard let descriptor else {
        throw RPCError(code: .unimplemented, message: "The gateway has no schema for this method, so it cannot take JSON; use proto.")
      }
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw RPCError(code: .invalidArgument, message: "The JSON request is not valid UTF-8.")
      }
      let json = text.allSatisfy { $0.isWhitespace } ? "{}" : text
      do {
        // Unknown members are skipped, as connect-go does, so clients on a newer schema keep working.
        return try ProtobufJSON.wireBytes(fromJSON: json, descriptor: descriptor, ignoringUnknownFields: true)
      } catch {
        throw RPCError(from: error)
      }
    }
  }

  /// A response message in this codec.
  /// - Parameters:
  ///   - wire: the message in protobuf binary.
  ///   - descriptor: its type, when known (required for JSON).
  /// - Throws: `RPCError` (`.internal`) when the upstream's bytes are not a valid message.
  public func responseFromWire(_ wire: [UInt8], descriptor: ProtobufDescriptor?) throws(RPCError) -> [UInt8] {
    switch self {
    case .proto: return wire
    case .json:
      guard let descriptor else {
        throw RPCError(code: .unimplemented, message: "The gateway has no schema for this method, so it cannot answer JSON.")
      }
      do {
        return Array(try ProtobufJSON.json(fromWireBytes: wire, descriptor: descriptor).utf8)
      } catch {
        throw RPCError(from: error)
      }
    }
  }
}
