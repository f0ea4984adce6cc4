/// A piece of information found in an utterance, with its place in Unicode scalars of the input.
public struct Entity: Sendable, Equatable {
  /// The kind: `order_number`, `tracking_number`, `invoice_number`, `money`, `quantity`, `date`,
  /// `email`, `phone`, `address`, `city`, `country`, and for searches `query`, `colour`, `size`, `brand`,
  /// `price_min`, `price_max`.
  public var type: String
  /// The value, normalised where that helps (money as "50 USD", colours by their usual name).
  public var value: String
  /// First Unicode scalar of the span.
  public var start: Int
  /// One past the last Unicode scalar of the span.
  public var end: Int

  /// Creates an entity.
  /// - Parameters:
  ///   - type: the kind.
  ///   - value: the (normalised) value.
  ///   - start: first scalar offset.
  ///   - end: scalar offset one past the end.
  public init(type: String, value: String, start: Int, end: Int) {
    self.type = type
    self.value = value
    self.start = start
    self.end = end
  }
}
