public import Foundation

/// A conversation's dialogue state as the context service stores it (one JSONB document per row).
public struct DialogueContext: Sendable, Equatable, Codable {
  /// A filled slot's value and when it was filled.
  public struct SlotValue: Sendable, Equatable, Codable {
    /// Text, when the slot holds text.
    public var text: String?
    /// An integer, when it holds one.
    public var number: Int64?
    /// A decimal, when it holds one.
    public var decimal: Double?
    /// A flag, when it holds one.
    public var flag: Bool?
    /// How sure the filler was.
    public var confidence: Float
    /// When it was filled (seconds since 1970).
    public var filledAt: Double

    /// Creates a slot value.
    /// - Parameters:
    ///   - text: text.
    ///   - number: an integer.
    ///   - decimal: a decimal.
    ///   - flag: a flag.
    ///   - confidence: how sure.
    ///   - filledAt: when.
    public init(text: String? = nil, number: Int64? = nil, decimal: Double? = nil, flag: Bool? = nil,
                confidence: Float = 1, filledAt: Date = Date()) {
      self.text = text
      self.number = number
      self.decimal = decimal
      self.flag = flag
      self.confidence = confidence
      self.filledAt = filledAt.timeIntervalSince1970
    }
  }

  /// The conversation.
  public var conversationID: String
  /// Its owner.
  public var userID: String
  /// The intent being served, as the contract's number.
  public var activeIntent: Int32 = 0
  /// Slots by name.
  public var slots: [String: SlotValue] = [:]
  /// Slots still needed, in asking order.
  public var missingSlots: [String] = []
  /// Listings shown last, in order.
  public var recentListingIDs: [String] = []
  /// Orders shown last, in order.
  public var recentOrderIDs: [String] = []
  /// The order the conversation is about.
  public var focusedOrderID: String?
  /// Increases by one with every update; 0 for a context never stored.
  public var version: Int64 = 0
  /// When it last changed.
  public var updatedAt: Date = Date(timeIntervalSince1970: 0)

  /// An empty context.
  /// - Parameters:
  ///   - conversationID: the conversation.
  ///   - userID: its owner.
  public init(conversationID: String, userID: String) {
    self.conversationID = conversationID
    self.userID = userID
  }

  /// Bounds a stored context keeps to: a hostile client cannot grow a row without end.
  public enum Limits {
    /// The most slots.
    public static let slots = 32
    /// The longest slot name or text value, in bytes.
    public static let valueBytes = 16 * 1024
    /// The most ids in each list.
    public static let listLength = 50
  }

  /// Throws when the context is over its bounds.
  public func validate() throws {
    func fail(_ reason: String) -> ContextError { .invalid(reason) }
    guard slots.count <= Limits.slots else { throw fail("more than \(Limits.slots) slots") }
    for (name, value) in slots {
      guard !name.isEmpty, name.utf8.count <= 100 else { throw fail("a slot name is empty or too long") }
      guard (value.text?.utf8.count ?? 0) <= Limits.valueBytes else { throw fail("slot \(name) is too long") }
    }
    for list in [missingSlots, recentListingIDs, recentOrderIDs] {
      guard list.count <= Limits.listLength, list.allSatisfy({ $0.utf8.count <= 200 }) else {
        throw fail("a list has more than \(Limits.listLength) ids or an id is too long")
      }
    }
    guard (focusedOrderID?.utf8.count ?? 0) <= 200 else { throw fail("the focused order id is too long") }
  }
}

/// Why a context update was refused.
public enum ContextError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The version read is no longer the stored one: read again and retry.
  case versionConflict(expected: Int64, actual: Int64)
  /// The conversation belongs to another user (reported as not found to callers).
  case notOwner
  /// A value is over the bounds.
  case invalid(String)

  /// One line for errors.
  public var description: String {
    switch self {
    case .versionConflict(let expected, let actual): return "context version is \(actual), not \(expected)"
    case .notOwner: return "no such conversation"
    case .invalid(let reason): return "invalid context: \(reason)"
    }
  }
}
