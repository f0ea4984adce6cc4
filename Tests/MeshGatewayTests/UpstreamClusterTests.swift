import Foundation
import MeshCore
import MeshGateway
import MeshInterop
import MeshProtos
import MeshTestSupport
import MeshTransport
import Synchronization
import Testing

@Suite("Upstream clusters over real replicas", .serialized)
struct UpstreamClusterTests {
  static let unary = Grpc_Testing_TestService.Method.unaryCall.descriptor

  private static func retryPolicy(attempts: Int = 3) throws -> RetryPolicy {
    try RetryPolicy(maxAttempts: attempts, initialBackoff: .milliseconds(5), maxBackoff: .milliseconds(20),
                    backoffMultiplier: 2, retryableStatusCodes: [.unavailable])
  }

  private static func connected(_ cluster: UpstreamCluster, _ count: Int) async throws {
    try await waitForCluster(cluster, "\(count) endpoints connected") { $0.endpoints.filter(\.connected).count == count }
  }

  @Test(arguments: [UpstreamClusterConfiguration.Balancing.roundRobin, .leastRequest])
  func callsSpreadOverReplicas(balancing: UpstreamClusterConfiguration.Balancing) async throws {
    let replicas = try ClusterTestReplicas(count: 3)
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    configuration.balancing = balancing
    let cluster = try UpstreamCluster(name: "spread", configuration: configuration, group: replicas.group)
    try await Self.connected(cluster, 3)
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
    let calls = 60
    try await withThrowingTaskGroup(of: Void.self) { group in
      for _ in 0..<calls { group.addTask { _ = try await client.unaryCall(upstreamUnaryRequest()) } }
      try await group.waitForAll()
    }
    let counts = (0..<3).map(replicas.unaryCalls(of:))
    print("\(balancing): \(calls) calls over 3 replicas served \(counts)")
    #expect(counts.reduce(0, +) == calls)
    if balancing == .roundRobin {
      #expect(counts == [20, 20, 20])
    } else {
      #expect(counts.allSatisfy { $0 > 0 })
    }
    try await waitForCluster(cluster, "calls ended") { $0.active == 0 && $0.endpoints.allSatisfy { $0.active == 0 } }
    let stats = cluster.stats
    #expect(stats.requests == calls && stats.failures == 0)
    #expect(stats.endpoints.map(\.requests) == counts)
    #expect(stats.endpoints.allSatisfy { $0.active == 0 })
    cluster.close()
    await replicas.shutdown()
  }

  @Test func replicaNotServingLeavesTheRotationAndComesBack() async throws {
    let replicas = try ClusterTestReplicas(count: 3)
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    var healthCheck = UpstreamClusterConfiguration.HealthCheck()
    healthCheck.interval = .milliseconds(50)
    healthCheck.timeout = .milliseconds(500)
    healthCheck.unhealthyThreshold = 2
    configuration.healthCheck = healthCheck
    let cluster = try UpstreamCluster(name: "health", configuration: configuration, group: replicas.group)
    try await Self.connected(cluster, 3)
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
    replicas.health[1].setStatus(.notServing, for: "")
    try await waitForCluster(cluster, "replica 1 unhealthy") { !$0.endpoints[1].healthy }
    for _ in 0..<30 { _ = try await client.unaryCall(upstreamUnaryRequest()) }
    #expect(replicas.unaryCalls(of: 1) == 0)
    #expect(replicas.unaryCalls(of: 0) == 15 && replicas.unaryCalls(of: 2) == 15)
    replicas.health[1].setStatus(.serving, for: "")
    try await waitForCluster(cluster, "replica 1 healthy again") { $0.endpoints[1].healthy }
    for _ in 0..<30 { _ = try await client.unaryCall(upstreamUnaryRequest()) }
    #expect(replicas.unaryCalls(of: 1) == 10)
    cluster.close()
    await replicas.shutdown()
  }

  @Test func retriesStopWhenTheBudgetIsSpent() async throws {
    let replicas = try ClusterTestReplicas(count: 2)
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    configuration.idempotentMethods = [Self.unary.path]
    configuration.retryPolicy = try Self.retryPolicy(attempts: 4)
    configuration.outlierDetection.consecutiveFailures = 10_000
    // No retry may be in flight at all: every failure is final.
    var budget = UpstreamClusterConfiguration.RetryBudget()
    budget.percent = 0
    budget.minConcurrency = 0
    configuration.retryBudget = budget
    let spent = try UpstreamCluster(name: "spent", configuration: configuration, group: replicas.group)
    // The same with room for every retry.
    budget.minConcurrency = 100
    configuration.retryBudget = budget
    let roomy = try UpstreamCluster(name: "roomy", configuration: configuration, group: replicas.group)
    try await Self.connected(spent, 2)
    try await Self.connected(roomy, 2)
    for (cluster, attemptsPerCall) in [(spent, 1), (roomy, 4)] {
      let before = replicas.unaryCalls(of: 0) + replicas.unaryCalls(of: 1)
      let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
      for _ in 0..<10 {
        await #expect(throws: RPCError.self) { _ = try await client.unaryCall(upstreamUnaryRequest(code: 14)) }
      }
      let served = replicas.unaryCalls(of: 0) + replicas.unaryCalls(of: 1) - before
      try await waitForCluster(cluster, "calls ended") { $0.active == 0 }
      let stats = cluster.stats
      print("\(cluster.name): 10 failing calls reached the replicas \(served) times; retries \(stats.retries), refused by the budget \(stats.retriesRefusedByBudget)")
      #expect(served == 10 * attemptsPerCall)
      #expect(stats.retries == 10 * (attemptsPerCall - 1))
      #expect(stats.failures == 10)
      #expect((stats.retriesRefusedByBudget > 0) == (attemptsPerCall == 1))
    }
    spent.close()
    roomy.close()
    await replicas.shutdown()
  }

  @Test func circuitBreakerRefusesPastItsLimitsAtOnce() async throws {
    let replicas = try ClusterTestReplicas(count: 3)
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    configuration.circuitBreaker.maxRequests = 2
    configuration.circuitBreaker.maxConnections = 2
    let cluster = try UpstreamCluster(name: "breaker", configuration: configuration, group: replicas.group)
    try await Self.connected(cluster, 2)
    #expect(cluster.stats.overflows["max_connections"] == 1)
    #expect(cluster.stats.endpoints.map(\.connected) == [true, true, false])
    // Two open bidirectional calls hold both requests of the limit.
    let duplex = Grpc_Testing_TestService.Method.fullDuplexCall.descriptor
    let first = try await cluster.openCall(method: duplex, metadata: [], options: .defaults)
    let second = try await cluster.openCall(method: duplex, metadata: [], options: .defaults)
    let started = ContinuousClock.now
    do {
      _ = try await cluster.openCall(method: Self.unary, metadata: [], options: .defaults)
      Issue.record("a third call passed a limit of 2 requests")
    } catch let error as RPCError {
      #expect(error.code == .unavailable)
      #expect(error.message.contains("max_requests (2)"), "\(error.message)")
    }
    print("breaker: refused in \(ContinuousClock.now - started)")
    #expect(cluster.stats.overflows["max_requests"] == 1)
    first.cancel()
    second.cancel()
    try await waitForCluster(cluster, "calls ended") { $0.active == 0 }
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
    for _ in 0..<4 { _ = try await client.unaryCall(upstreamUnaryRequest()) }
    #expect(replicas.unaryCalls(of: 2) == 0)
    #expect(replicas.unaryCalls(of: 0) + replicas.unaryCalls(of: 1) == 4)
    cluster.close()
    await replicas.shutdown()
  }

  @Test func hedgedCallWhoseFirstAttemptHangsCompletesOnAnotherEndpoint() async throws {
    let cancelled = UpstreamTally()
    let replicas = try ClusterTestReplicas(count: 2) { $0 == 0 ? UpstreamHangingService(cancelled: cancelled) : nil }
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    configuration.idempotentMethods = ["grpc.testing.TestService"]
    configuration.hedgingPolicy = try HedgingPolicy(maxAttempts: 2, hedgingDelay: .milliseconds(100),
                                                    nonFatalStatusCodes: [.unavailable])
    let cluster = try UpstreamCluster(name: "hedge", configuration: configuration, group: replicas.group)
    try await Self.connected(cluster, 2)
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
    let started = ContinuousClock.now
    // Round robin sends the first attempt to replica 0, which hangs; the hedge goes to replica 1.
    let response = try await client.unaryCall(upstreamUnaryRequest(responseSize: 10))
    let elapsed = ContinuousClock.now - started
    print("hedge: answered in \(elapsed) by the second endpoint")
    #expect(response.payload?.body.count == 10)
    #expect(replicas.unaryCalls(of: 0) == 1 && replicas.unaryCalls(of: 1) == 1)
    let stats = cluster.stats
    #expect(stats.hedges == 1 && stats.retries == 1)
    // The losing attempt is cancelled, on the replica too.
    try await waitForCluster(cluster, "the hanging attempt cancelled") { $0.endpoints[0].active == 0 }
    let deadline = ContinuousClock.now + .seconds(5)
    while cancelled.count == 0 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
    #expect(cancelled.count == 1)
    cluster.close()
    await replicas.shutdown()
  }

  /// A hedge is a retry for the budget: with none allowed, the call stays on its first attempt until
  /// its deadline.
  @Test func hedgesStayWithinTheBudget() async throws {
    let cancelled = UpstreamTally()
    let replicas = try ClusterTestReplicas(count: 2) { $0 == 0 ? UpstreamHangingService(cancelled: cancelled) : nil }
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    configuration.idempotentMethods = ["grpc.testing.TestService"]
    configuration.hedgingPolicy = try HedgingPolicy(maxAttempts: 2, hedgingDelay: .milliseconds(50),
                                                    nonFatalStatusCodes: [.unavailable])
    var budget = UpstreamClusterConfiguration.RetryBudget()
    budget.percent = 0
    budget.minConcurrency = 0
    configuration.retryBudget = budget
    let cluster = try UpstreamCluster(name: "hedge-budget", configuration: configuration, group: replicas.group)
    try await Self.connected(cluster, 2)
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
    var options = CallOptions.defaults
    options.timeout = .milliseconds(400)
    do {
      _ = try await client.unaryCall(upstreamUnaryRequest(), options: options)
      Issue.record("the hanging attempt answered")
    } catch let error as RPCError {
      #expect(error.code == .deadlineExceeded)
    }
    #expect(cluster.stats.hedges == 0 && cluster.stats.retries == 0)
    #expect(replicas.unaryCalls(of: 1) == 0)
    cluster.close()
    await replicas.shutdown()
  }

  /// Three `interop-server` processes under load; one is killed with SIGKILL. Its calls in flight fail
  /// and are retried on the others as the budget allows; the endpoint is ejected. A call may fail only
  /// when the budget refused its retry, so failures ≤ refused retries.
  @Test func killedReplicaIsEjectedAndNoCallFailsBeyondTheBudget() async throws {
    var processes: [PeerProcess] = []
    defer { processes.forEach { $0.stop() } }
    var targets: [GRPCChannel.Target] = []
    for _ in 0..<3 {
      let process = try PeerProcess(Repository.product("interop-server"), ["--port", "0", "--host", "127.0.0.1"])
      processes.append(process)
      let port = try PeerProcess.port(of: try await process.waitForLine(startingWith: "interop-server: listening on"))
      targets.append(GRPCChannel.Target(host: "127.0.0.1", port: port))
    }
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    var configuration = UpstreamClusterConfiguration(endpoints: targets)
    configuration.balancing = .leastRequest
    configuration.idempotentMethods = [Self.unary.path]
    configuration.retryPolicy = try Self.retryPolicy()
    configuration.outlierDetection.consecutiveFailures = 2
    configuration.outlierDetection.maxEjectionPercent = 34
    configuration.outlierDetection.baseEjectionTime = .seconds(30)
    configuration.connection.backoff = ConnectionBackoff(initial: .milliseconds(50), maximum: .milliseconds(200))
    let cluster = try UpstreamCluster(name: "kill", configuration: configuration, group: group)
    try await Self.connected(cluster, 3)
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
    let failures = UpstreamTally()
    // Each failed call's error, so a failure of this test says what the calls saw.
    let errors = FailedCallTally()
    let succeeded = UpstreamTally()
    let stop = UpstreamTally()
    try await withThrowingTaskGroup(of: Void.self) { group in
      for _ in 0..<16 {
        group.addTask {
          while stop.count == 0 {
            do {
              _ = try await client.unaryCall(upstreamUnaryRequest(responseSize: 16))
              succeeded.add()
            } catch {
              failures.add()
              errors.add(error)
            }
          }
        }
      }
      try await Task.sleep(for: .milliseconds(500))
      kill(processes[1].processIdentifier, SIGKILL)
      // Calls go on until a hundred more have succeeded after the kill (not for a fixed time: a loaded
      // machine once ran only 80 in the 1.5 s this used to wait); the ceiling only ends a stalled run, and
      // stays under the 30 s ejection, after which the dead replica would be tried (and ejected) again.
      let killedAt = ContinuousClock.now
      let before = succeeded.count
      try await Task.sleep(for: .milliseconds(1500))
      while succeeded.count < before + 100, ContinuousClock.now - killedAt < .seconds(20) {
        try await Task.sleep(for: .milliseconds(20))
      }
      stop.add()
      try await group.waitForAll()
    }
    try await waitForCluster(cluster, "calls ended") { $0.active == 0 }
    let stats = cluster.stats
    let endpoints = stats.endpoints.map {
      "\($0.requests) calls, \($0.failures) failed, ejected \($0.ejections)x (now \($0.ejected)), connected \($0.connected)"
    }
    let figures = """
      killed replica: \(succeeded.count) calls succeeded, \(failures.count) failed \(errors.counts); \
      cluster: requests \(stats.requests), failures \(stats.failures), retries \(stats.retries), refused by the \
      budget \(stats.retriesRefusedByBudget), overflows \(stats.overflows), ejections \(stats.ejections), capped \
      \(stats.ejectionsCapped); endpoints \(endpoints)
      """
    print(figures)
    // The killed replica is out of the rotation: ejected when at least two calls failed on it, or simply
    // not connected when its connection closed with fewer calls in flight (a CI run saw one).
    #expect(stats.endpoints[1].ejected || !stats.endpoints[1].connected, "\(figures)")
    #expect(stats.ejections <= 1, "\(figures)")
    #expect(failures.count <= stats.retriesRefusedByBudget, "\(figures)")
    #expect(stats.failures == failures.count, "\(figures)")
    #expect(succeeded.count >= 100, "calls stalled after the kill: \(figures)")
    // The two left still serve.
    for _ in 0..<10 { _ = try await client.unaryCall(upstreamUnaryRequest()) }
    cluster.close()
  }

  /// A route's retries apply to the idempotent methods of its calls: 2 retries, 3 attempts per failing call.
  @Test func aRouteSetsItsOwnRetries() async throws {
    let replicas = try ClusterTestReplicas(count: 2)
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    configuration.idempotentMethods = [Self.unary.path]
    configuration.outlierDetection.consecutiveFailures = 10_000
    let cluster = try UpstreamCluster(name: "route", configuration: configuration, group: replicas.group)
    try await Self.connected(cluster, 2)
    for (retries, attempts) in [(2, 3), (0, 1)] {
      let before = replicas.unaryCalls(of: 0) + replicas.unaryCalls(of: 1)
      let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster.route(retries: retries)))
      await #expect(throws: RPCError.self) { _ = try await client.unaryCall(upstreamUnaryRequest(code: 14)) }
      #expect(replicas.unaryCalls(of: 0) + replicas.unaryCalls(of: 1) - before == attempts)
    }
    cluster.close()
    await replicas.shutdown()
  }
}

/// The errors of failed calls, by code and message, with how many calls failed so.
private final class FailedCallTally: Sendable {
  private let value = Mutex<[String: Int]>([:])

  func add(_ error: any Error) {
    let described = (error as? RPCError).map { "\($0.code): \($0.message)" } ?? "\(error)"
    value.withLock { $0[described, default: 0] += 1 }
  }

  var counts: [String: Int] { value.withLock { $0 } }
}
