extension MeshFileValidator {
  /// The checks of the gateway's filter settings (`GatewayFilterSpecs.swift`): ranges, prefixes, and the
  /// clusters that serve the auth and rate-limit services.
  mutating func checkGatewayFilters(_ gateway: GatewaySpec, clusters: Set<String>) {
    func checkCluster(_ name: String, at path: String, serving what: String) {
      if !clusters.contains(name) {
        add(path, "unknown cluster '\(name)' for the \(what) service; add it to gateway.clusters")
      }
    }
    func checkPrefix(_ prefix: String?, at path: String) {
      if let prefix, !prefix.hasPrefix("/") { add(path, "a prefix starts with '/', not '\(prefix)'") }
    }
    if let limits = gateway.limits {
      for (key, value) in [("max_url_bytes", limits.maxUrlBytes), ("max_header_count", limits.maxHeaderCount),
                           ("max_body_bytes", limits.maxBodyBytes)] {
        if let value, value < 1 { add("gateway.limits.\(key)", "must be a positive number, not \(value)") }
      }
      if limits.allowedMethods?.isEmpty == true { add("gateway.limits.allowed_methods", "allow at least one method") }
      for (index, rule) in (limits.deny ?? []).enumerated() {
        let path = "gateway.limits.deny[\(index)]"
        if rule.pathPrefix == nil && rule.path == nil && rule.method == nil && rule.header == nil {
          add(path, "a deny rule needs a condition (path_prefix, path, method or header); it would deny everything")
        }
        if let header = rule.header, [header.exact, header.prefix, header.contains].compactMap({ $0 }).count > 1 {
          add(path + ".header", "give at most one of exact, prefix, contains")
        }
      }
      for (index, rate) in (limits.rateLimits ?? []).enumerated() {
        let path = "gateway.limits.rate_limits[\(index)]"
        if !(rate.requestsPerSecond > 0) { add(path + ".requests_per_second", "must be above 0") }
        if rate.burst < 1 { add(path + ".burst", "must be at least 1, not \(rate.burst)") }
        checkPrefix(rate.prefix, at: path + ".prefix")
      }
      if let global = limits.globalRateLimit {
        checkCluster(global.cluster, at: "gateway.limits.global_rate_limit.cluster", serving: "ratelimit")
        if global.descriptors.isEmpty { add("gateway.limits.global_rate_limit.descriptors", "list at least one descriptor") }
        for (index, descriptor) in global.descriptors.enumerated() {
          let path = "gateway.limits.global_rate_limit.descriptors[\(index)]"
          if !(1...16).contains(descriptor.keys.count) { add(path + ".keys", "a descriptor has 1 to 16 keys") }
          checkPrefix(descriptor.prefix, at: path + ".prefix")
        }
      }
    }
    if let auth = gateway.auth {
      checkCluster(auth.cluster ?? "auth", at: auth.cluster == nil ? "gateway.auth" : "gateway.auth.cluster", serving: "auth")
      for (index, rule) in (auth.rules ?? []).enumerated() {
        checkPrefix(rule.prefix, at: "gateway.auth.rules[\(index)].prefix")
      }
    }
  }
}
