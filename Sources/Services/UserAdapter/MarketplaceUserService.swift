public import AdapterSupport
public import MeshCore
public import MeshProtos
import Foundation

/// `mesh.user.v1.UserService` over the marketplace: the caller's profile and preferences, and a bulk
/// import of users.
public struct MarketplaceUserService: Mesh_User_V1_UserService.ServiceProtocol {
  private let client: MarketplaceClient

  /// Creates the adapter.
  /// - Parameter client: the marketplace client.
  public init(client: MarketplaceClient) { self.client = client }

  private struct PreferencesShape: Codable {
    var locale: String?
    var currencyCode: String?
    var tone: String?
    var marketingOptIn: Bool?
    var favouriteCategories: [String]?
    var notificationChannels: [String: Bool]?
    var maxSuggestions: Int?
  }

  private struct UserShape: Decodable {
    let id: String
    let displayName: String
    let email: String
    let locale: String
    let currency: String
    let loyaltyPoints: Int64
    let createdAt: Date
    let lifetimeOrders: Int
    let addresses: [MarketplaceShapes.Address]
    let preferences: PreferencesShape
  }

  private static let tones: [String: Mesh_User_V1_Preferences.Tone] = ["friendly": .friendly, "concise": .concise,
                                                                       "formal": .formal]

  private static func preferences(_ shape: PreferencesShape, user: UserShape?) -> Mesh_User_V1_Preferences {
    var result = Mesh_User_V1_Preferences()
    result.locale = shape.locale ?? user?.locale ?? ""
    result.currencyCode = shape.currencyCode ?? user?.currency ?? ""
    result.tone = shape.tone.flatMap { tones[$0] } ?? .unspecified
    result.marketingOptIn = shape.marketingOptIn ?? false
    result.favouriteCategories = shape.favouriteCategories ?? []
    result.notificationChannels = shape.notificationChannels ?? [:]
    result.maxSuggestions = shape.maxSuggestions.map { Int32(clamping: $0) }
    return result
  }

  private func path(_ user: String) -> String { "/v1/users/\(MarketplaceClient.segment(user))" }

  /// The caller's profile with addresses and preferences.
  public func getUser(request: Mesh_User_V1_GetUserRequest, context: ServerContext) async throws -> Mesh_User_V1_User {
    let user = try CallerIdentity.userID(context, requestUserID: request.userID)
    let shape = try await client.get(path(user), as: UserShape.self, context: context)
    var result = Mesh_User_V1_User()
    result.userID = shape.id
    result.displayName = shape.displayName
    result.email = shape.email
    result.addresses = shape.addresses.map(ProtoConversions.address)
    result.preferences = Self.preferences(shape.preferences, user: shape)
    result.createdAt = ProtoConversions.timestamp(shape.createdAt)
    result.lifetimeOrders = Int64(shape.lifetimeOrders)
    result.loyaltyBalance = shape.loyaltyPoints
    return result
  }

  /// Changes the fields named in `update_mask` (all when empty), keeping the others.
  public func updatePreferences(request: Mesh_User_V1_UpdatePreferencesRequest, context: ServerContext) async throws
    -> Mesh_User_V1_Preferences
  {
    let user = try CallerIdentity.userID(context, requestUserID: request.userID)
    let known: Set<String> = ["locale", "currency_code", "tone", "marketing_opt_in", "favourite_categories",
                              "notification_channels", "max_suggestions"]
    if let unknown = request.updateMask.first(where: { !known.contains($0) }) {
      throw RPCError(code: .invalidArgument, message: "update_mask names an unknown field \(unknown)")
    }
    let mask = request.updateMask.isEmpty ? known : Set(request.updateMask)
    let wanted = request.preferences ?? Mesh_User_V1_Preferences()
    var shape = try await client.get(path(user), as: UserShape.self, context: context).preferences
    if mask.contains("locale") { shape.locale = wanted.locale.isEmpty ? nil : wanted.locale }
    if mask.contains("currency_code") { shape.currencyCode = wanted.currencyCode.isEmpty ? nil : wanted.currencyCode }
    if mask.contains("tone") { shape.tone = Self.tones.first { $0.value == wanted.tone }?.key }
    if mask.contains("marketing_opt_in") { shape.marketingOptIn = wanted.marketingOptIn }
    if mask.contains("favourite_categories") { shape.favouriteCategories = wanted.favouriteCategories }
    if mask.contains("notification_channels") { shape.notificationChannels = wanted.notificationChannels }
    if mask.contains("max_suggestions") { shape.maxSuggestions = wanted.maxSuggestions.map(Int.init) }
    let stored = try await client.send("PUT", path(user) + "/preferences", body: shape, idempotent: true,
                                       as: PreferencesShape.self, context: context)
    return Self.preferences(stored, user: nil)
  }

  /// Creates users one by one; each refusal is kept by user id and the import goes on.
  public func importUsers(request: RequestStream<Mesh_User_V1_User>, context: ServerContext) async throws
    -> Mesh_User_V1_ImportUsersResponse
  {
    struct Body: Encodable {
      let id: String
      let displayName: String
      let email: String
      let locale: String?
      let currency: String?
      let addresses: [MarketplaceShapes.Address]
    }
    struct Created: Decodable { let id: String }
    var response = Mesh_User_V1_ImportUsersResponse()
    for try await user in request {
      let body = Body(id: user.userID, displayName: user.displayName, email: user.email,
                      locale: user.preferences.flatMap { $0.locale.isEmpty ? nil : $0.locale },
                      currency: user.preferences.flatMap { $0.currencyCode.isEmpty ? nil : $0.currencyCode },
                      addresses: user.addresses.map(ProtoConversions.address))
      do {
        _ = try await client.send("POST", "/v1/users", body: body, idempotent: false, as: Created.self, context: context)
        response.imported += 1
      } catch let error as RPCError where error.code != .unavailable && error.code != .deadlineExceeded {
        response.errors[user.userID.isEmpty ? "#\(response.imported + Int64(response.errors.count))" : user.userID] = error.message
      }
    }
    return response
  }
}
