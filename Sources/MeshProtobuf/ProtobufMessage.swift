public import MeshCore

/// A generated message that packs and unpacks through protobuf-c.
///
/// Generated code implements the three requirements below; `WireMessage` comes with them.
public protocol ProtobufMessage: WireMessage, Equatable {
  /// A message with every field at its proto default.
  init()

  /// The protobuf-c descriptor of the message (from the generated C in `CMeshProtos`).
  static var protobufDescriptor: ProtobufDescriptor { get }

  /// Whether the type can contain itself, so that bytes can nest it without bound; decoding such a type
  /// first checks the nesting depth. Generated code says true where it applies.
  static var protobufMayNestDeeply: Bool { get }

  /// Copies the fields out of an unpacked protobuf-c message.
  /// - Parameter reader: reads the fields of the C message, by index in the descriptor.
  init(protobuf reader: ProtobufReader)

  /// Copies the fields into a protobuf-c message about to be packed.
  /// - Parameter writer: writes the fields of the C message, by index in the descriptor.
  func writeProtobuf(to writer: ProtobufWriter)
}

extension ProtobufMessage {
  /// Unpacks the message with protobuf-c.
  /// - Parameter wireBytes: the serialized message.
  /// - Throws: `RPCError` with `.internal` when the bytes are not a valid message of this type.
  public init(wireBytes: UnsafeRawBufferPointer) throws {
    self = try ProtobufCodec.decode(Self.self, from: wireBytes)
  }

  /// Packs the message with protobuf-c and appends it.
  /// - Parameter buffer: the bytes to append to.
  /// - Throws: `RPCError` with `.internal` when a string holds U+0000 (protobuf-c would cut it).
  public func appendWireBytes(to buffer: inout [UInt8]) throws {
    try ProtobufCodec.encode(self, appendingTo: &buffer)
  }

  /// Packs the message with protobuf-c in pieces: byte fields of 8 KiB or more as the arrays the message
  /// holds (shared, not copied), so that the transport writes them by reference.
  /// - Throws: `RPCError` with `.internal` when a string holds U+0000 (protobuf-c would cut it).
  public func wirePieces() throws -> WirePieces {
    try ProtobufCodec.encodePieces(self)
  }

  /// False: most types nest only as deep as their proto declares.
  public static var protobufMayNestDeeply: Bool { false }

  /// The fully qualified proto name of the message, such as `grpc.testing.SimpleRequest`.
  public static var protoMessageName: String { protobufDescriptor.fullName }
}
