import Foundation
import MeshCore
import MeshGateway
import MeshProtos
import MeshRateLimit
import MeshRateLimitService
import MeshTransport
import Synchronization
import Testing

@Suite("Rate-limit interceptors (local GCRA, global through the ratelimit service)", .serialized)
struct RateLimitInterceptorTests {
  static let unaryCall = Grpc_Testing_TestService.Method.unaryCall.descriptor

  @Test("Local: per client IP, per user, per route prefix; over the limit RESOURCE_EXHAUSTED with retry-after and the limit's name")
  func local() async throws {
    let clock = VirtualClock(start: 1_000_000_000)
    let limiter = LocalRateLimitInterceptor(rules: [
      try LocalRateLimitRule(name: "per-ip", requestsPerSecond: 2, burst: 3, keys: [.clientIP]),
      try LocalRateLimitRule(name: "unary-per-user", requestsPerSecond: 0.5, burst: 1, keys: [.user, .route],
                             prefix: "/grpc.testing.TestService/Unary"),
    ], clock: clock)
    for _ in 0..<3 { #expect(await emptyCall(through: [limiter], peer: "ipv4:10.0.0.1:1000").status?.code == .ok) }
    let over = await emptyCall(through: [limiter], peer: "ipv4:10.0.0.1:1001")
    #expect(over.status?.code == .resourceExhausted)
    #expect(over.trailers.firstString(forKey: "retry-after") == "1")
    #expect(over.trailers.firstString(forKey: "x-ratelimit-limit-name") == "per-ip")
    #expect(over.trailers.firstString(forKey: "ratelimit-policy") == "\"per-ip\";q=2;w=1")
    // Another address has its own budget; the first one gets one call back after half a second.
    #expect(await emptyCall(through: [limiter], peer: "ipv6:[::1]:5000").status?.code == .ok)
    clock.advance(by: .milliseconds(500))
    #expect(await emptyCall(through: [limiter], peer: "ipv4:10.0.0.1:1002").status?.code == .ok)
    #expect(await emptyCall(through: [limiter], peer: "ipv4:10.0.0.1:1002").status?.code == .resourceExhausted)

    // The per-user rule covers only UnaryCall, and counts each user apart.
    func unary(_ user: String, ip: String) async -> Status.Code? {
      await emptyCall(through: [limiter], metadata: [("x-mesh-user-id", user)], peer: "ipv4:\(ip):1", method: Self.unaryCall).status?.code
    }
    #expect(await unary("u-1", ip: "10.1.0.1") == .ok)
    let second = await emptyCall(through: [limiter], metadata: [("x-mesh-user-id", "u-1")], peer: "ipv4:10.1.0.2:1", method: Self.unaryCall)
    #expect(second.status?.code == .resourceExhausted && second.trailers.firstString(forKey: "retry-after") == "2")
    #expect(second.trailers.firstString(forKey: "x-ratelimit-limit-name") == "unary-per-user")
    #expect(await unary("u-2", ip: "10.1.0.3") == .ok)
  }

  @Test("Peer addresses: IPv4, IPv6 and others", arguments: [
    ("ipv4:127.0.0.1:5000", "127.0.0.1"), ("ipv6:[::1]:443", "::1"), ("unix:/tmp/s", "unix:/tmp/s"), ("in-memory", "in-memory"),
    ("ipv6:[2001:db8::7]:50051", "2001:db8::7"), ("ipv4:10.0.0.1", "10.0.0.1"), ("ipv4:", ""), ("ipv6:", ""),
    ("ipv6:::1", "::1"), ("ipv6:[::1", "[::1"), ("ipv4", "ipv4"), ("IPV4:1.2.3.4:5", "IPV4:1.2.3.4:5"), ("", ""),
    ("ipv4:é.1:2", "é.1"), ("ipv6:[fe80::1%eth0]:8", "fe80::1%eth0"),
  ])
  func peers(peer: String, address: String) {
    #expect(RateLimitKeyPart.address(ofPeer: peer) == address)
  }

  @Test("Global: over the service's limit RESOURCE_EXHAUSTED with the service's rule name, reset time and policy")
  func globalOverLimit() async throws {
    let limiter = DescriptorLimiter(rules: try RateLimitRule.parse("gw remote_address 2/minute"))
    try await withServer([RateLimitServiceProvider(limiter: limiter)]) { channel, _, _ in
      let global = GlobalRateLimitInterceptor(configuration: try GlobalRateLimitConfiguration(
        domain: "gw", descriptors: [.init(keys: [.clientIP])], timeout: .seconds(2)), service: channel)
      #expect(await emptyCall(through: [global], peer: "ipv4:10.0.0.9:1").status?.code == .ok)
      #expect(await emptyCall(through: [global], peer: "ipv4:10.0.0.9:2").status?.code == .ok)
      let over = await emptyCall(through: [global], peer: "ipv4:10.0.0.9:3")
      #expect(over.status?.code == .resourceExhausted)
      let retry = Int(over.trailers.firstString(forKey: "retry-after") ?? "") ?? 0
      #expect((25...30).contains(retry), "retry-after \(retry)")
      #expect(over.trailers.firstString(forKey: "x-ratelimit-limit-name") == "gw|remote_address")
      #expect(over.trailers.firstString(forKey: "ratelimit-policy") == "\"gw|remote_address\";q=2;w=60")
      #expect(await emptyCall(through: [global], peer: "ipv4:10.0.0.10:1").status?.code == .ok)
    }
  }

  @Test("Global, service down: fail-open lets calls through, fail-closed refuses them, per descriptor")
  func failureModes() async throws {
    try await withDeadChannel { channel in
      func interceptor(failOpen: Bool, descriptors: [GlobalRateLimitConfiguration.Descriptor]) throws -> GlobalRateLimitInterceptor {
        GlobalRateLimitInterceptor(configuration: try GlobalRateLimitConfiguration(
          domain: "gw", descriptors: descriptors, timeout: .milliseconds(100), failOpen: failOpen), service: channel)
      }
      let open = try interceptor(failOpen: true, descriptors: [.init(keys: [.clientIP])])
      #expect(await emptyCall(through: [open]).status?.code == .ok)
      let closed = try interceptor(failOpen: false, descriptors: [.init(keys: [.clientIP])])
      #expect(await emptyCall(through: [closed]).status?.code == .unavailable)
      // Open by default, closed for UnaryCall's descriptor.
      let mixed = try interceptor(failOpen: true, descriptors: [
        .init(keys: [.clientIP]), .init(keys: [.route], prefix: "/grpc.testing.TestService/Unary", failOpen: false),
      ])
      #expect(await emptyCall(through: [mixed]).status?.code == .ok)
      #expect(await emptyCall(through: [mixed], method: Self.unaryCall).status?.code == .unavailable)
    }
  }

  @Test("Two gateways sharing one ratelimit service under concurrent load admit at most the limit plus one burst")
  func twoGateways() async throws {
    let rate = 100
    let limiter = DescriptorLimiter(rules: try RateLimitRule.parse("gw remote_address \(rate)/second"))
    try await withServer([RateLimitServiceProvider(limiter: limiter)]) { _, _, address in
      let groups = [EventLoopGroup(threads: 1), EventLoopGroup(threads: 1)]
      let channels = try groups.map { try GRPCChannel(host: address.host, port: address.port, group: $0) }
      defer {
        channels.forEach { $0.close() }
        groups.forEach { $0.shutdown() }
      }
      // Fail-closed, so that a slow answer under load can only lower the count admitted.
      let gateways = try channels.map { channel in
        GlobalRateLimitInterceptor(configuration: try GlobalRateLimitConfiguration(
          domain: "gw", descriptors: [.init(keys: [.clientIP])], timeout: .seconds(2), failOpen: false), service: channel)
      }
      let tally = Tally()
      let callsPerWorker = 80
      let start = ContinuousClock.now
      await withTaskGroup(of: Void.self) { tasks in
        for worker in 0..<16 {
          let gateway = gateways[worker % 2]
          tasks.addTask {
            for _ in 0..<callsPerWorker {
              switch await emptyCall(through: [gateway], peer: "ipv4:192.0.2.1:\(worker)").status?.code {
              case .ok?: tally.admitted.add(1, ordering: .relaxed)
              case .resourceExhausted?: tally.limited.add(1, ordering: .relaxed)
              default: tally.failed.add(1, ordering: .relaxed)
              }
            }
          }
        }
      }
      let elapsed = ContinuousClock.now - start
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let total = tally.admitted.load(ordering: .relaxed) + tally.limited.load(ordering: .relaxed) + tally.failed.load(ordering: .relaxed)
      let bound = Int((Double(rate) * seconds).rounded(.up)) + rate
      print("two gateways, one ratelimit service: \(total) calls in \(String(format: "%.2f", seconds)) s "
            + "(\(Int(Double(total) / seconds)) decisions/s): admitted \(tally.admitted.load(ordering: .relaxed)), "
            + "limited \(tally.limited.load(ordering: .relaxed)), failed \(tally.failed.load(ordering: .relaxed)); "
            + "bound \(rate)/s × \(String(format: "%.2f", seconds)) s + burst \(rate) = \(bound)")
      #expect(tally.admitted.load(ordering: .relaxed) <= bound)
      #expect(tally.admitted.load(ordering: .relaxed) >= rate, "the burst itself is admitted")
      #expect(tally.limited.load(ordering: .relaxed) > 0)
    }
  }

  @Test("Local decisions per second (printed, not asserted)")
  func localBenchmark() async throws {
    let limiter = LocalRateLimitInterceptor(rules: [
      try LocalRateLimitRule(name: "per-ip", requestsPerSecond: 1e6, burst: 1000, keys: [.clientIP]),
      try LocalRateLimitRule(name: "per-user-route", requestsPerSecond: 1e6, burst: 1000, keys: [.user, .route]),
    ])
    let stream = RecordedCall(request: [])
    let count = 100_000
    let start = ContinuousClock.now
    for index in 0..<count {
      let context = ServerContext(head: ServerCallHead(method: Grpc_Testing_TestService.Method.emptyCall.descriptor,
                                                       metadata: [("x-mesh-user-id", "u-\(index & 1023)")], deadline: nil,
                                                       peer: "ipv4:10.0.\(index & 255).1:1"))
      try await limiter.intercept(stream: stream, context: context) { _, _ in }
      if index % 1000 == 0 { await Task.yield() }
    }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("local rate limit, 2 rules: \(count) decisions in \(String(format: "%.3f", seconds)) s = "
          + "\(Int(Double(count) / seconds)) decisions/s (\(String(format: "%.2f", seconds / Double(count) * 1e6)) µs each)")
  }
}

/// Outcomes counted by concurrent workers.
final class Tally: Sendable {
  let admitted = Atomic<Int>(0)
  let limited = Atomic<Int>(0)
  let failed = Atomic<Int>(0)
}
