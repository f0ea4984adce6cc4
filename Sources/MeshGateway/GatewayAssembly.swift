public import MeshConfig
public import MeshCore
public import MeshTransport
import Foundation
import Synchronization

/// What a mesh file's `gateway:` part asks the gateway to speak and to check, beside its routes and
/// clusters: the edge protocols in the order they are tried (gRPC-Web, Connect, REST/JSON transcoding,
/// then the static web folder), the edge filters (limits, normalisation, deny rules, request id, CORS)
/// and the call filters (authentication, local and global rate limits).
///
/// The call filters reach the auth and rate-limit services through channels of their own to the clusters
/// the file names; `close` closes them when the gateway stops.
public final class GatewayAssembly: Sendable {
  /// The edge protocols besides native gRPC, in the order they are asked.
  public let protocols: [any EdgeProtocol]
  /// The edge filters, in order.
  public let filters: [any EdgeRequestFilter]
  /// The call filters, the first outermost.
  public let interceptors: [any ServerInterceptor]
  private let channels: [GRPCChannel]

  /// Builds everything from the file.
  /// - Parameters:
  ///   - spec: the file's `gateway:` part.
  ///   - configuration: the gateway's clusters (for the auth and rate-limit services).
  ///   - folder: the mesh file's folder, which relative paths (`web`) start from.
  ///   - group: the event loops of the service channels.
  /// - Throws: `FilterConfigurationError`, `RESTRouteError`, or a channel that cannot be made.
  public init(spec: GatewaySpec, configuration: GatewayConfiguration, folder: String, group: EventLoopGroup) throws {
    let maxMessage = spec.limits?.maxMessageBytes ?? 4 << 20
    var protocols: [any EdgeProtocol] = [
      GRPCWebProtocol(configuration: GRPCWebConfiguration(maxMessageSize: maxMessage)),
      ConnectProtocol(configuration: ConnectConfiguration(maxMessageSize: maxMessage)),
      try RESTProtocol(configuration: RESTProtocol.Configuration(maxRequestBodyBytes: maxMessage)),
    ]
    if let web = spec.web {
      let root = web.hasPrefix("/") ? web : URL(fileURLWithPath: folder).appendingPathComponent(web).standardized.path
      protocols.append(StaticFiles(configuration: StaticFilesConfiguration(root: root)))
    }
    self.protocols = protocols
    filters = try EdgeFilterConfiguration(spec: spec.limits).makeFilters()
    let calls = try CallFilterConfiguration(auth: spec.auth, limits: spec.limits)
    var made: [String: GRPCChannel] = [:]
    var failure: (any Error)?
    do {
      interceptors = try calls.makeInterceptors { name in
        if let channel = made[name] { return channel }
        guard let cluster = configuration.clusters.first(where: { $0.name == name }), !cluster.endpoints.isEmpty else { return nil }
        var settings = GRPCChannel.Configuration()
        settings.loadBalancing = .roundRobin
        do {
          let channel = try GRPCChannel(targets: cluster.endpoints.map { GRPCChannel.Target(host: $0.host, port: $0.port) },
                                        configuration: settings, group: group)
          made[name] = channel
          return channel
        } catch {
          failure = error
          return nil
        }
      }
    } catch {
      made.values.forEach { $0.close() }
      throw failure ?? error
    }
    channels = Array(made.values)
  }

  /// Closes the channels to the auth and rate-limit services.
  public func close() { channels.forEach { $0.close() } }
}
