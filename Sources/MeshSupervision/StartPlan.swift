public import MeshConfig

/// Every process of a mesh file, in start order, with concrete addresses: what `mesh up` runs. The database
/// is not in the arguments (a URL may hold a password, and arguments are public): children read
/// `MESH_DATABASE_URL` from their environment. Pure: the
/// free ports of addresses given as port 0 come from `freePort`, so tests plan without sockets.
public struct StartPlan: Sendable, Equatable {
  /// The replicas, sorted by wave.
  public let replicas: [PlannedReplica]

  /// A plan of these replicas.
  /// - Parameter replicas: the replicas, sorted by wave.
  public init(replicas: [PlannedReplica]) { self.replicas = replicas }

  /// The waves in order, each the replicas that start together.
  public var waves: [[PlannedReplica]] {
    let last = replicas.map(\.wave).max() ?? -1
    return (0...max(last, 0)).map { wave in replicas.filter { $0.wave == wave } }.filter { !$0.isEmpty }
  }

  /// A mesh file that cannot be run as it is.
  public struct Problem: Error, Sendable, CustomStringConvertible, Equatable {
    /// What is wrong.
    public let description: String
    /// Creates the problem.
    public init(_ description: String) { self.description = description }
  }

  /// Plans `mesh`.
  /// - Parameters:
  ///   - mesh: the mesh file.
  ///   - meshFilePath: its path, handed to the gateway (`mesh serve gateway --file`).
  ///   - includeGateway: whether to run the gateway section (when the binary has the role).
  ///   - freePort: a free port on a host, for every address given as port 0.
  /// - Throws: `Problem` for a role that is missing, a service that needs one the mesh lacks, or a dependency cycle.
  public static func make(mesh: MeshFile, meshFilePath: String, includeGateway: Bool,
                          freePort: (String) throws -> Int) throws -> StartPlan {
    var roles: [String: ServiceRole] = [:]
    for service in mesh.allServices {
      guard let role = service.resolvedRole, role != .gateway else {
        throw Problem("service '\(service.name)' names no role `mesh serve` knows (give `role:`)")
      }
      roles[service.name] = role
    }
    // Concrete addresses of every replica.
    var addresses: [String: [(listen: HostPort, admin: HostPort?)]] = [:]
    for service in mesh.allServices {
      addresses[service.name] = try (0..<service.replicaCount).map { index in
        (try concrete(service.listen.shifted(by: index), freePort), try service.admin.map { try concrete($0.shifted(by: index), freePort) })
      }
    }
    let present = Set(roles.values)
    // Waves: a service's wave is one more than the highest wave of the services it starts after.
    var waveOf: [String: Int] = [:]
    var remaining = mesh.allServices
    while !remaining.isEmpty {
      let ready = remaining.filter { service in
        let after = ServiceDependencies.startsAfter(roles[service.name] ?? .interop)
        return mesh.allServices.allSatisfy { other in
          guard let role = roles[other.name], after.contains(role) else { return true }
          return waveOf[other.name] != nil
        }
      }
      guard !ready.isEmpty else { throw Problem("the services' dependencies form a cycle: \(remaining.map(\.name))") }
      for service in ready {
        let after = ServiceDependencies.startsAfter(roles[service.name] ?? .interop)
        let previous = mesh.allServices.filter { roles[$0.name].map(after.contains) ?? false }.compactMap { waveOf[$0.name] }
        waveOf[service.name] = (previous.max() ?? -1) + 1
      }
      remaining.removeAll { waveOf[$0.name] != nil }
    }
    var replicas: [PlannedReplica] = []
    for service in mesh.allServices {
      guard let role = roles[service.name], let wave = waveOf[service.name], let own = addresses[service.name] else { continue }
      let missing = ServiceDependencies.requires(role).subtracting(present)
      guard missing.isEmpty else {
        throw Problem("service '\(service.name)' needs \(missing.map(\.rawValue).sorted().joined(separator: ", ")), which the mesh file does not have")
      }
      for (index, address) in own.enumerated() {
        var dependencies: [String] = []
        for needed in ServiceDependencies.uses(role).sorted(by: { $0.rawValue < $1.rawValue }) {
          // The first service with the role; replica i talks to replica i of it (modulo its count).
          guard let provider = mesh.allServices.first(where: { roles[$0.name] == needed }),
                let theirs = addresses[provider.name], !theirs.isEmpty else { continue }
          let target = theirs[index % theirs.count].listen
          let reachable = HostPort(host: dialable(target.host), port: target.port)
          dependencies.append("\(needed.rawValue)=\(needed == .marketplace ? "http://" : "")\(reachable)")
        }
        var arguments = ["serve", role.rawValue, "--host", address.listen.host, "--port", String(address.listen.port)]
        if !dependencies.isEmpty { arguments += ["--deps", dependencies.joined(separator: ",")] }
        if let admin = address.admin { arguments += ["--admin", admin.description] }
        if role == .marketplace, let retention = service.idempotencyRetention {
          arguments += ["--idempotency-retention", retention.description]
        }
        if role == .processor,
           case let settings = LLMSettings.pairs(for: mesh, folder: meshFolder(meshFilePath)) + ProcessorSettings.pairs(for: mesh),
           !settings.isEmpty {
          arguments += ["--set", settings.joined(separator: ",")]
        }
        replicas.append(PlannedReplica(service: service.name, role: role, index: index, listen: address.listen, admin: address.admin,
                                       arguments: arguments, wave: wave))
      }
    }
    if includeGateway, let gateway = mesh.gateway {
      let wave = (waveOf.values.max() ?? -1) + 1
      let listen = try concrete(gateway.listeners.first?.address ?? HostPort(host: "127.0.0.1", port: 8080), freePort)
      for index in 0..<(gateway.replicas ?? 1) {
        let admin = try gateway.admin.map { try concrete($0.shifted(by: index), freePort) }
        replicas.append(PlannedReplica(service: "gateway", role: .gateway, index: index, listen: listen.shifted(by: index), admin: admin,
                                       arguments: ["serve", "gateway", "--file", meshFilePath], wave: wave))
      }
    }
    return StartPlan(replicas: replicas.sorted { ($0.wave, $0.service, $0.index) < ($1.wave, $1.service, $1.index) })
  }

  /// The address with a free port in place of port 0.
  /// The folder of the mesh file (relative paths in it are relative to it).
  static func meshFolder(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }

  static func concrete(_ address: HostPort, _ freePort: (String) throws -> Int) throws -> HostPort {
    address.port == 0 ? HostPort(host: address.host, port: try freePort(address.host)) : address
  }

  /// A host a client can dial: a wildcard bind address becomes loopback.
  public static func dialable(_ host: String) -> String {
    switch host {
    case "0.0.0.0", "*", "": "127.0.0.1"
    case "::": "::1"
    default: host
    }
  }
}
