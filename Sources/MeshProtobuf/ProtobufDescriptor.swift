internal import CProtobufC

/// The protobuf-c descriptor of a generated message, kept opaque so that C types stay in this module.
public struct ProtobufDescriptor: @unchecked Sendable {
  /// The `const ProtobufCMessageDescriptor *`; descriptors are immutable globals of the generated C.
  let raw: UnsafeRawPointer

  /// Wraps a descriptor address returned by a generated C accessor.
  /// - Parameter raw: a `const ProtobufCMessageDescriptor *`, as `const void *`.
  public init(_ raw: UnsafeRawPointer) {
    self.raw = raw
  }

  var message: UnsafePointer<ProtobufCMessageDescriptor> {
    raw.assumingMemoryBound(to: ProtobufCMessageDescriptor.self)
  }

  /// The fully qualified proto name, such as `grpc.testing.SimpleRequest`.
  public var fullName: String { String(cString: message.pointee.name) }

  /// The number of fields of the message.
  public var fieldCount: Int { Int(message.pointee.n_fields) }

  /// The proto name of the field at an index of the descriptor (fields are sorted by number).
  /// - Parameter index: the index, below `fieldCount`.
  public func fieldName(at index: Int) -> String { String(cString: message.pointee.fields[index].name) }

  /// The number of the field at an index of the descriptor.
  /// - Parameter index: the index, below `fieldCount`.
  public func fieldNumber(at index: Int) -> Int { Int(message.pointee.fields[index].id) }
}
