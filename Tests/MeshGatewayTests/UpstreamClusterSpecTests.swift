import MeshConfig
import MeshCore
import MeshGateway
import MeshTransport
import Testing

@Suite("Upstream cluster configuration from the mesh file")
struct UpstreamClusterSpecTests {
  private func cluster(_ yaml: String) throws -> ClusterSpec {
    let check = MeshFileLoader.parse("""
      version: 1
      gateway:
        listeners: [{ name: edge, address: "127.0.0.1:8080" }]
        clusters:
      \(yaml)
      """)
    #expect(check.problems == [], "\(check.problems.map(\.description))")
    return try #require(check.file?.gateway?.clusters?.first)
  }

  private let endpoints = [GRPCChannel.Target(host: "127.0.0.1", port: 7001), GRPCChannel.Target(host: "127.0.0.1", port: 7002)]

  @Test func everyFieldReachesTheConfiguration() throws {
    let spec = try cluster("""
          - name: catalogue
            endpoints: ["127.0.0.1:7001", "127.0.0.1:7002"]
            balancing: least_request
            connections_per_endpoint: 2
            outlier: { consecutive_errors: 3, ejection: 10s, max_ejection: 1m, max_ejection_percent: 50, interval: 30s }
            health_check: { interval: 2s, timeout: 500ms, service: mesh.Catalogue, unhealthy_threshold: 3, healthy_threshold: 2 }
            circuit_breaker: { max_connections: 8, max_pending_requests: 16, max_requests: 64, max_retries: 4 }
            retry_budget: { percent: 25, min_concurrency: 2 }
            idempotent_methods: [/mesh.Catalogue/Get, mesh.Search]
            hedging: { delay: 40ms, max_attempts: 3 }
      """)
    let configuration = try UpstreamClusterConfiguration(spec: spec, endpoints: endpoints)
    #expect(configuration.endpoints == endpoints)
    #expect(configuration.balancing == .leastRequest)
    #expect(configuration.connectionsPerEndpoint == 2)
    #expect(configuration.outlierDetection.consecutiveFailures == 3)
    #expect(configuration.outlierDetection.baseEjectionTime == .seconds(10))
    #expect(configuration.outlierDetection.maxEjectionTime == .seconds(60))
    #expect(configuration.outlierDetection.maxEjectionPercent == 50)
    #expect(configuration.outlierDetection.decayInterval == .seconds(30))
    let health = try #require(configuration.healthCheck)
    #expect(health.interval == .seconds(2) && health.timeout == .milliseconds(500) && health.service == "mesh.Catalogue")
    #expect(health.unhealthyThreshold == 3 && health.healthyThreshold == 2)
    #expect(configuration.circuitBreaker.maxConnections == 8 && configuration.circuitBreaker.maxPendingRequests == 16)
    #expect(configuration.circuitBreaker.maxRequests == 64 && configuration.circuitBreaker.maxRetries == 4)
    #expect(configuration.retryBudget?.percent == 25 && configuration.retryBudget?.minConcurrency == 2)
    #expect(configuration.isIdempotent(MethodDescriptor(service: "mesh.Catalogue", method: "Get")))
    #expect(configuration.isIdempotent(MethodDescriptor(service: "mesh.Search", method: "Find")))
    #expect(!configuration.isIdempotent(MethodDescriptor(service: "mesh.Catalogue", method: "Put")))
    #expect(configuration.hedgingPolicy?.maxAttempts == 3 && configuration.hedgingPolicy?.hedgingDelay == .milliseconds(40))
  }

  @Test func aBareClusterKeepsTheDefaults() throws {
    let spec = try cluster("""
          - name: chat
            endpoints: ["127.0.0.1:7001"]
      """)
    let configuration = try UpstreamClusterConfiguration(spec: spec, endpoints: endpoints)
    #expect(configuration.balancing == .roundRobin)
    #expect(configuration.healthCheck == nil && configuration.hedgingPolicy == nil && configuration.retryPolicy == nil)
    #expect(configuration.outlierDetection == OutlierDetector.Configuration())
    #expect(configuration.circuitBreaker == CircuitBreaker.Limits())
    #expect(configuration.retryBudget == UpstreamClusterConfiguration.RetryBudget())
    #expect(configuration.idempotentMethods.isEmpty)
  }

  @Test(arguments: [
    ("connections_per_endpoint: 0", "connections_per_endpoint must be 1 or more"),
    ("outlier: { consecutive_errors: 1, ejection: 1s, max_ejection_percent: 150 }", "max_ejection_percent"),
    ("outlier: { consecutive_errors: 1, ejection: 1s, interval: 0s }", "outlier.interval must be above zero"),
    ("health_check: { interval: 0ms }", "health_check.interval"),
    ("circuit_breaker: { max_requests: -1 }", "circuit_breaker.max_requests"),
    ("retry_budget: { percent: 101 }", "retry_budget.percent"),
    ("hedging: { delay: 10ms, max_attempts: 1 }", "maxAttempts must be 2 or more"),
  ])
  func outOfRangeValuesAreRefusedNamingTheField(field: String, message: String) throws {
    let spec = try cluster("""
          - name: bad
            endpoints: ["127.0.0.1:7001"]
            \(field)
      """)
    do {
      _ = try UpstreamClusterConfiguration(spec: spec, endpoints: endpoints)
      Issue.record("\(field) was accepted")
    } catch let error as UpstreamConfigurationError {
      #expect(error.description.hasPrefix("cluster bad: "))
      #expect(error.description.contains(message), "\(error)")
    }
  }

  @Test func aRouteSetsTheRetriesOfIdempotentMethodsOnly() throws {
    var configuration = UpstreamClusterConfiguration(endpoints: endpoints)
    configuration.idempotentMethods = ["mesh.Catalogue"]
    let get = MethodDescriptor(service: "mesh.Catalogue", method: "Get")
    let put = MethodDescriptor(service: "mesh.Orders", method: "Put")
    guard case .retry(let policy)? = configuration.executionPolicy(for: get, retries: 2) else {
      Issue.record("no retry policy for an idempotent method on a route with retries")
      return
    }
    #expect(policy.maxAttempts == 3 && policy.retryableStatusCodes == [.unavailable])
    #expect(configuration.executionPolicy(for: put, retries: 2) == nil)
    #expect(configuration.executionPolicy(for: get, retries: 0) == nil)
    // Capped at A6's five attempts.
    guard case .retry(let capped)? = configuration.executionPolicy(for: get, retries: 9) else { return }
    #expect(capped.maxAttempts == 5)
  }
}
