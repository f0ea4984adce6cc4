import MeshCore

/// A message as its serialized bytes: what `mesh call` sends and receives, converted to and from JSON
/// with descriptors fetched by reflection.
struct RawMessage: WireMessage {
  var bytes: [UInt8]

  init(bytes: [UInt8]) { self.bytes = bytes }

  init(wireBytes: UnsafeRawBufferPointer) throws { bytes = Array(wireBytes) }

  func appendWireBytes(to buffer: inout [UInt8]) throws { buffer += bytes }
}
