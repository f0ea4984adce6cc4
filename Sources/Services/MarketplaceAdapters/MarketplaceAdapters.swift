public import AdapterSupport
public import MeshCore
public import MeshTransport
import ListingAdapter
import OrderAdapter
import PaymentAdapter
import SearchAdapter
import ShippingAdapter
import UserAdapter

/// The six adapters together: for `mesh up` and end-to-end tests that want the whole marketplace on one
/// gRPC port. Each adapter can also run alone (`AdapterServer` with one service).
public enum MarketplaceAdapters {
  /// The adapters' names, as `mesh serve NAME` knows them.
  public static let names = ["search", "order", "user", "listing", "shipping", "payment"]

  /// The services of the named adapters (all when `names` is nil) over one marketplace client.
  /// - Parameters:
  ///   - client: the marketplace client.
  ///   - names: which adapters; nil for all six.
  public static func services(client: MarketplaceClient, names: [String]? = nil) -> [any RegistrableRPCService] {
    (names ?? self.names).compactMap { name -> (any RegistrableRPCService)? in
      switch name {
      case "search": MarketplaceSearchService(client: client)
      case "order": MarketplaceOrderService(client: client)
      case "user": MarketplaceUserService(client: client)
      case "listing": MarketplaceListingService(client: client)
      case "shipping": MarketplaceShippingService(client: client)
      case "payment": MarketplacePaymentService(client: client)
      default: nil
      }
    }
  }

  /// Starts a gRPC server with the named adapters (all when nil).
  /// - Parameters:
  ///   - configuration: where to listen and the marketplace.
  ///   - names: which adapters; nil for all six.
  ///   - group: event loops.
  public static func start(_ configuration: AdapterConfiguration, names: [String]? = nil,
                           group: EventLoopGroup) throws -> AdapterServer {
    try AdapterServer(configuration: configuration, group: group) { services(client: $0, names: names) }
  }
}
