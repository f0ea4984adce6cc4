/// The checks across a decoded mesh file that types alone cannot express: names unique and well formed,
/// references that resolve (routes to clusters, clusters to services, auth to keys), one-of choices,
/// ranges, and ports used twice. Each problem points at the offending node.
struct MeshFileValidator {
  let file: MeshFile
  let positions: MarkTable
  private var found: [MeshFileProblem] = []

  init(file: MeshFile, positions: MarkTable) {
    self.file = file
    self.positions = positions
  }

  func problems() -> [MeshFileProblem] {
    var validator = self
    validator.checkVersion()
    validator.checkServices()
    validator.checkGateway()
    validator.checkDatabase()
    validator.checkKeys()
    validator.checkLLM()
    validator.checkProcessor()
    validator.checkPorts()
    return validator.found
  }

  mutating func add(_ path: String, _ message: String) {
    let position = positions.position(of: path)
    found.append(MeshFileProblem(line: position.line, column: position.column, path: path, message: message))
  }

  private mutating func checkVersion() {
    if file.version != MeshFile.currentVersion {
      add("version", "unsupported version \(file.version); expected \(MeshFile.currentVersion)")
    }
  }

  static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && !name.hasPrefix("-") && name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
  }

  private mutating func checkName(_ name: String, at path: String, seen: inout [String: String], what: String) {
    if !Self.isValidName(name) {
      add(path, "'\(name)' is not a valid \(what) name; expected lowercase letters, digits and '-'")
    }
    if let first = seen[name] {
      let at = positions.position(of: first)
      add(path, "\(what) '\(name)' is defined twice (first at line \(at.line), column \(at.column)); names must be unique")
    } else {
      seen[name] = path
    }
  }

  private mutating func checkServices() {
    var seen: [String: String] = [:]
    for (index, service) in file.allServices.enumerated() {
      let path = "services[\(index)]"
      checkName(service.name, at: path + ".name", seen: &seen, what: "service")
      if service.role == nil && service.resolvedRole == nil && Self.isValidName(service.name) {
        add(path + ".name", "service '\(service.name)' has no role and its name is not one; add 'role:' (\(ServiceRole.expectedText))")
      }
      if let replicas = service.replicas, !(1...64).contains(replicas) {
        add(path + ".replicas", "replicas must be from 1 to 64, not \(replicas)")
      }
      if let retention = service.idempotencyRetention {
        if service.resolvedRole != .marketplace {
          add(path + ".idempotency_retention", "only the marketplace keeps idempotency keys; remove it from service '\(service.name)'")
        } else if retention.milliseconds < ServiceSpec.minimumIdempotencyRetention.milliseconds {
          add(path + ".idempotency_retention", "must be at least \(ServiceSpec.minimumIdempotencyRetention), not \(retention): "
                + "a retry could come after its key was forgotten")
        }
      }
    }
  }

  private mutating func checkGateway() {
    guard let gateway = file.gateway else { return }
    if gateway.listeners.isEmpty { add("gateway.listeners", "the gateway needs at least one listener") }
    var listenerNames: [String: String] = [:]
    for (index, listener) in gateway.listeners.enumerated() {
      checkName(listener.name, at: "gateway.listeners[\(index)].name", seen: &listenerNames, what: "listener")
      if let tls = listener.tls {
        if tls.certificate.isEmpty { add("gateway.listeners[\(index)].tls.certificate", "a TLS listener needs a certificate file") }
        if tls.key.isEmpty { add("gateway.listeners[\(index)].tls.key", "a TLS listener needs a private key file") }
      }
      if let bytes = listener.maxBodyBytes, bytes < 1 {
        add("gateway.listeners[\(index)].max_body_bytes", "must be a positive number, not \(bytes)")
      }
    }
    if let replicas = gateway.replicas, !(1...64).contains(replicas) {
      add("gateway.replicas", "replicas must be from 1 to 64, not \(replicas)")
    }
    if let cache = gateway.cache {
      if cache.ttl.milliseconds < 1 { add("gateway.cache.ttl", "must be longer than 0") }
      for (key, value) in [("max_entries", cache.maxEntries), ("max_bytes", cache.maxBytes)] {
        if let value, value < 1 { add("gateway.cache.\(key)", "must be a positive number, not \(value)") }
      }
    }
    let services = Set(file.allServices.map(\.name))
    var clusterNames: [String: String] = [:]
    for (index, cluster) in (gateway.clusters ?? []).enumerated() {
      let path = "gateway.clusters[\(index)]"
      checkName(cluster.name, at: path + ".name", seen: &clusterNames, what: "cluster")
      switch (cluster.service, cluster.endpoints) {
      case (nil, nil):
        add(path, "cluster '\(cluster.name)' has no endpoints; expected 'service:' (a service of 'services') or 'endpoints:'")
      case (.some, .some):
        add(path + ".endpoints", "cluster '\(cluster.name)' has both 'service' and 'endpoints'; expected one of them")
      case (.some(let service), nil) where !services.contains(service):
        add(path + ".service", "unknown service '\(service)'; expected one of: \(services.sorted().joined(separator: ", "))")
      case (nil, .some(let endpoints)) where endpoints.isEmpty:
        add(path + ".endpoints", "cluster '\(cluster.name)' has an empty endpoint list")
      default:
        break
      }
      if let outlier = cluster.outlier, outlier.consecutiveErrors < 1 {
        add(path + ".outlier.consecutive_errors", "must be at least 1, not \(outlier.consecutiveErrors)")
      }
    }
    let clusters = Set(clusterNames.keys)
    for (index, route) in (gateway.routes ?? []).enumerated() {
      let path = "gateway.routes[\(index)]"
      if !clusters.contains(route.cluster) {
        let known = clusters.isEmpty ? "no clusters are defined in gateway.clusters" : "expected one of: " + clusters.sorted().joined(separator: ", ")
        add(path + ".cluster", "route to unknown cluster '\(route.cluster)'; \(known)")
      }
      switch (route.match.service, route.match.prefix) {
      case (nil, nil): add(path + ".match", "a match needs 'service:' or 'prefix:'")
      case (.some, .some): add(path + ".match", "a match has 'service' and 'prefix'; expected one of them")
      case (nil, .some(let prefix)) where !prefix.hasPrefix("/"): add(path + ".match.prefix", "a prefix starts with '/', not '\(prefix)'")
      default: break
      }
      if route.match.method != nil && route.match.service == nil {
        add(path + ".match.method", "a method is matched within a service; add 'service:'")
      }
      if let retries = route.retries, !(0...5).contains(retries) {
        add(path + ".retries", "retries must be from 0 to 5, not \(retries)")
      }
    }
    if let limits = gateway.limits {
      for (key, value) in [("max_message_bytes", limits.maxMessageBytes), ("max_concurrent_streams", limits.maxConcurrentStreams),
                           ("max_header_bytes", limits.maxHeaderBytes)] {
        if let value, value < 1 { add("gateway.limits.\(key)", "must be a positive number, not \(value)") }
      }
      if let rate = limits.rateLimit {
        if !(rate.requestsPerSecond > 0) { add("gateway.limits.rate_limit.requests_per_second", "must be above 0") }
        if rate.burst < 1 { add("gateway.limits.rate_limit.burst", "must be at least 1, not \(rate.burst)") }
      }
    }
    if let auth = gateway.auth {
      if auth.jwt == nil && auth.apiKeys == nil { add("gateway.auth", "auth needs 'jwt:' or 'api_keys:' (or remove the section)") }
      if let key = auth.jwt?.key { checkKeyReference(key, at: "gateway.auth.jwt.key") }
      if let apiKeys = auth.apiKeys { checkKeyReference(apiKeys.key, at: "gateway.auth.api_keys.key") }
    }
    checkGatewayFilters(gateway, clusters: clusters)
  }

  private mutating func checkKeyReference(_ name: String, at path: String) {
    let keys = file.allKeys.map(\.name)
    if !keys.contains(name) {
      add(path, "unknown key '\(name)'; expected a key of 'keys' (\(keys.isEmpty ? "none is defined" : keys.joined(separator: ", ")))")
    }
  }

  private mutating func checkSource(file: String?, env: String?, at path: String, what: String) {
    switch (file, env) {
    case (nil, nil): add(path, "\(what) needs 'file:' or 'env:' (secrets are never written in the mesh file)")
    case (.some, .some): add(path, "\(what) has both 'file' and 'env'; expected one of them")
    case (nil, .some(let name)) where name.isEmpty || !name.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }):
      add(path + ".env", "'\(name)' is not an environment variable name; expected uppercase letters, digits and '_'")
    default: break
    }
  }

  private mutating func checkDatabase() {
    guard let database = file.database else { return }
    if database.embedded != nil && database.url != nil {
      add("database.url", "the database has both 'embedded' and 'url'; expected one of them")
    }
    if let url = database.url { checkSource(file: url.file, env: url.env, at: "database.url", what: "the database URL") }
    if let connections = database.maxConnections, !(1...1000).contains(connections) {
      add("database.max_connections", "must be from 1 to 1000, not \(connections)")
    }
  }

  private mutating func checkKeys() {
    var seen: [String: String] = [:]
    for (index, key) in file.allKeys.enumerated() {
      checkName(key.name, at: "keys[\(index)].name", seen: &seen, what: "key")
      checkSource(file: key.file, env: key.env, at: "keys[\(index)]", what: "key '\(key.name)'")
    }
  }

  private mutating func checkLLM() {
    guard let llm = file.llm else { return }
    if llm.enabled == true {
      if llm.endpoint == nil { add("llm", "an enabled LLM backend needs 'endpoint:'") }
      if llm.model == nil { add("llm", "an enabled LLM backend needs 'model:'") }
    }
    if let endpoint = llm.endpoint, !(endpoint.hasPrefix("http://") || endpoint.hasPrefix("https://")) {
      add("llm.endpoint", "expected an http:// or https:// URL, not '\(endpoint)'")
    }
    if let key = llm.apiKey { checkKeyReference(key, at: "llm.api_key") }
  }

  private mutating func checkProcessor() {
    guard let timeout = file.processor?.adapterTimeout else { return }
    let range = ProcessorSpec.adapterTimeoutRange
    if !range.contains(timeout.milliseconds) {
      add("processor.adapter_timeout", "must be from \(MeshDuration(milliseconds: range.lowerBound)) to "
            + "\(MeshDuration(milliseconds: range.upperBound)) (half a turn's 60s lease), not \(timeout)")
    }
  }

  /// Every socket the mesh binds on one machine, with the path that asks for it.
  private func bindings() -> [(address: HostPort, path: String)] {
    var all: [(HostPort, String)] = []
    for (index, service) in file.allServices.enumerated() {
      for replica in 0..<max(1, min(service.replicaCount, 64)) {
        all.append((service.listen.shifted(by: replica), "services[\(index)].listen"))
        if let admin = service.admin { all.append((admin.shifted(by: replica), "services[\(index)].admin")) }
      }
    }
    if let gateway = file.gateway {
      for replica in 0..<max(1, min(gateway.replicas ?? 1, 64)) {
        for (index, listener) in gateway.listeners.enumerated() {
          all.append((listener.address.shifted(by: replica), "gateway.listeners[\(index)].address"))
        }
        if let admin = gateway.admin { all.append((admin.shifted(by: replica), "gateway.admin")) }
      }
    }
    return all
  }

  private mutating func checkPorts() {
    var taken: [(address: HostPort, path: String)] = []
    var reported: Set<String> = []
    for binding in bindings() where binding.address.port != 0 {
      if let clash = taken.first(where: { $0.address.port == binding.address.port && $0.address.sharesInterface(with: binding.address) }) {
        // Replicas of one service clash together: one report per pair of fields.
        guard reported.insert(binding.path + " " + clash.path).inserted else { continue }
        let at = positions.position(of: clash.path)
        add(binding.path, "port \(binding.address.port) is used twice: already taken by \(clash.path) "
              + "(line \(at.line), column \(at.column)); replica i of a service uses its port + i")
      } else {
        taken.append(binding)
      }
    }
  }
}
