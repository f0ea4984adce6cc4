/// Holds a message on the heap, so that a message type can contain itself (directly or through others).
public final class ProtobufBox<Value: Sendable & Equatable>: Sendable, Equatable {
  /// The message.
  public let value: Value

  /// Boxes a message.
  /// - Parameter value: the message.
  public init(_ value: Value) { self.value = value }

  /// Compares the messages.
  public static func == (lhs: ProtobufBox, rhs: ProtobufBox) -> Bool { lhs.value == rhs.value }
}
