/// A user's preferences: typed fields plus a free-form bag.
public struct UserPreferences: Sendable, Equatable {
  /// The user.
  public var userID: String
  /// A language tag (`en`, `fr-CA`).
  public var language: String
  /// An ISO 4217 currency code.
  public var currency: String
  /// Whether the user agreed to marketing messages.
  public var marketingOptIn: Bool
  /// Everything else, stored as JSONB.
  public var extras: [String: PreferenceValue]

  /// Creates preferences; the defaults are what a user without stored preferences gets.
  /// - Parameters:
  ///   - userID: the user.
  ///   - language: a language tag.
  ///   - currency: a currency code.
  ///   - marketingOptIn: the marketing consent.
  ///   - extras: the free-form bag.
  public init(userID: String, language: String = "en", currency: String = "USD", marketingOptIn: Bool = false,
              extras: [String: PreferenceValue] = [:]) {
    self.userID = userID
    self.language = language
    self.currency = currency
    self.marketingOptIn = marketingOptIn
    self.extras = extras
  }
}

/// Stored user preferences.
public protocol PreferencesStore: Sendable {
  /// The user's preferences, or the defaults when none are stored.
  /// - Parameter userID: the user.
  func preferences(userID: String) async throws -> UserPreferences
  /// Stores all fields, replacing what was there.
  /// - Parameter preferences: the new preferences.
  func save(_ preferences: UserPreferences) async throws
  /// Merges keys into the bag without touching other keys (a concurrent merge of other keys survives).
  /// - Parameters:
  ///   - extras: the keys to set.
  ///   - userID: the user.
  func mergeExtras(_ extras: [String: PreferenceValue], userID: String) async throws -> UserPreferences
  /// Deletes the user's preferences; returns whether there were any.
  /// - Parameter userID: the user.
  func delete(userID: String) async throws -> Bool
}
