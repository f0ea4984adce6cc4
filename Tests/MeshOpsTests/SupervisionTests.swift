import MeshConfig
import MeshSupervision
import Testing

/// What `mesh up` decides without processes: restart backoff and giving up, start waves and arguments,
/// the status table.
@Suite("mesh up supervision (pure parts)")
struct SupervisionTests {
  @Test("backoff doubles from the first delay and stops at the maximum")
  func backoff() {
    let policy = RestartPolicy(initialDelay: .milliseconds(500), maximumDelay: .seconds(5), maximumCrashes: 10, window: .seconds(60))
    #expect((1...6).map(policy.delay(forAttempt:)) == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5)])
    #expect(policy.delay(forAttempt: 1000) == .seconds(5))
  }

  @Test("a replica that keeps crashing is given up on; crashes outside the window are forgotten")
  func giveUp() {
    var tracker = RestartTracker(policy: RestartPolicy(initialDelay: .seconds(1), maximumDelay: .seconds(8), maximumCrashes: 3,
                                                       window: .seconds(60)))
    #expect(tracker.recordCrash(at: 10, startedAt: 9) == .restart(after: .seconds(1)))
    #expect(tracker.recordCrash(at: 12, startedAt: 11) == .restart(after: .seconds(2)))
    #expect(tracker.recordCrash(at: 15, startedAt: 14) == .giveUp(crashes: 3))
    #expect(tracker.totalRestarts == 2)
    // Another replica: up for longer than the window between crashes, it starts again from the first delay.
    var steady = RestartTracker(policy: tracker.policy)
    #expect(steady.recordCrash(at: 10, startedAt: 0) == .restart(after: .seconds(1)))
    #expect(steady.recordCrash(at: 20, startedAt: 11) == .restart(after: .seconds(2)))
    #expect(steady.recordCrash(at: 200, startedAt: 21) == .restart(after: .seconds(1)))
    #expect(steady.crashTimes == [200])
  }

  func mesh(_ yaml: String) throws -> MeshFile {
    let check = MeshFileLoader.parse(yaml)
    return try #require(check.file, "\(check.problems)")
  }

  static let assistant = """
    version: 1
    services:
      - { name: chat, replicas: 2, listen: "127.0.0.1:7101", admin: "127.0.0.1:9101" }
      - { name: processor, listen: "127.0.0.1:7121" }
      - { name: nlu, listen: "127.0.0.1:7111" }
      - { name: context, listen: "127.0.0.1:7112" }
      - { name: session, listen: "127.0.0.1:7113" }
      - { name: marketplace, listen: "127.0.0.1:7131" }
      - { name: search, listen: "127.0.0.1:7141" }
      - { name: order, listen: "127.0.0.1:0" }
      - { name: user, listen: "127.0.0.1:7143" }
      - { name: shipping, listen: "127.0.0.1:7145" }
      - { name: payment, listen: "127.0.0.1:7146" }
    """

  @Test("waves: marketplace before adapters, nlu/context/session before chat and the processor; replicas shifted; port 0 filled")
  func waves() throws {
    var next = 40000
    let plan = try StartPlan.make(mesh: try mesh(Self.assistant), meshFilePath: "/m.yaml", includeGateway: true) { _ in
      next += 1
      return next
    }
    let wave = Dictionary(plan.replicas.map { ($0.label, $0.wave) }, uniquingKeysWith: { first, _ in first })
    #expect(wave["marketplace-0"] == 0 && wave["nlu-0"] == 0 && wave["context-0"] == 0 && wave["session-0"] == 0)
    #expect(wave["search-0"] == 1 && wave["order-0"] == 1)
    #expect(wave["chat-0"] == 1 && wave["chat-1"] == 1)
    #expect(wave["processor-0"] == 2)
    let chat1 = try #require(plan.replicas.first { $0.label == "chat-1" })
    #expect(chat1.listen.port == 7102 && chat1.admin?.port == 9102)
    #expect(chat1.arguments == ["serve", "chat", "--host", "127.0.0.1", "--port", "7102", "--admin", "127.0.0.1:9102"])
    let order = try #require(plan.replicas.first { $0.role == .order })
    #expect(order.listen.port == 40001)
    #expect(order.arguments.contains("marketplace=http://127.0.0.1:7131"))
    let processor = try #require(plan.replicas.first { $0.role == .processor })
    let deps = try #require(processor.arguments.firstIndex(of: "--deps").map { processor.arguments[$0 + 1] })
    #expect(deps == "context=127.0.0.1:7112,nlu=127.0.0.1:7111,order=127.0.0.1:40001,payment=127.0.0.1:7146,search=127.0.0.1:7141,"
      + "shipping=127.0.0.1:7145,user=127.0.0.1:7143")
    #expect(plan.waves.map(\.count) == [4, 7, 1])
    // The first wave waits as long as its slowest starter: the marketplace seeds, nlu fits its heads.
    let allowance = Dictionary(plan.replicas.map { ($0.label, $0.startupAllowance) }, uniquingKeysWith: { first, _ in first })
    #expect(allowance["marketplace-0"] == 5 && allowance["nlu-0"] == 10 && allowance["chat-0"] == 1 && allowance["processor-0"] == 1)
  }

  @Test("the gateway runs last, and a service missing a required dependency is refused")
  func gatewayAndMissing() throws {
    let file = try mesh("""
      version: 1
      services:
        - { name: nlu, listen: "127.0.0.1:7111" }
      gateway:
        admin: 127.0.0.1:9100
        listeners: [{ name: plaintext, address: "127.0.0.1:8080" }]
        routes: [{ match: { prefix: / }, cluster: nlu }]
        clusters: [{ name: nlu, service: nlu }]
      """)
    let plan = try StartPlan.make(mesh: file, meshFilePath: "/m.yaml", includeGateway: true) { _ in 1 }
    #expect(plan.replicas.map(\.label) == ["nlu-0", "gateway-0"])
    #expect(plan.replicas.last?.arguments == ["serve", "gateway", "--file", "/m.yaml"])
    #expect(plan.replicas.last?.speaksGRPC == false)  // its health is its admin endpoint's
    #expect(try StartPlan.make(mesh: file, meshFilePath: "/m.yaml", includeGateway: false) { _ in 1 }.replicas.count == 1)
    #expect(throws: StartPlan.Problem.self) {
      try StartPlan.make(mesh: try mesh("version: 1\nservices:\n  - { name: processor, listen: \"127.0.0.1:1\" }\n"),
                         meshFilePath: "/m.yaml", includeGateway: false) { _ in 1 }
    }
  }

  @Test("the status table pads columns and shows a missing pid as '-'")
  func table() {
    let lines = StatusTable.render([
      ReplicaState(service: "chat", replica: 0, pid: 4242, address: "127.0.0.1:7101", health: .healthy, restarts: 0),
      ReplicaState(service: "marketplace", replica: 1, pid: nil, address: "127.0.0.1:7131", health: .restarting, restarts: 3),
    ])
    #expect(lines == [
      "SERVICE      REPLICA  PID   ADDRESS         HEALTH      RESTARTS",
      "chat         0        4242  127.0.0.1:7101  healthy     0",
      "marketplace  1        -     127.0.0.1:7131  restarting  3",
    ])
  }
}
