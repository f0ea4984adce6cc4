import Foundation
import MeshConfig
import MeshInterop
import MeshProcessSupport
import MeshSupervision
import MeshTransport

/// Runs the replicas of a `StartPlan` as child processes: wave by wave, each wave only once the previous
/// one is healthy; watches them (a crashed one is restarted with backoff, and given up on when it keeps
/// crashing); and stops them in reverse order (the gateway first), SIGTERM then SIGKILL after a grace.
actor Supervisor {
  /// A start that could not complete.
  struct StartFailure: Error, CustomStringConvertible {
    let description: String
  }

  private struct Slot {
    let plan: PlannedReplica
    let log: ChildLog
    var child: ChildProcess?
    var running = false
    var health: ReplicaState.Health = .waiting
    var detail = ""
    var tracker: RestartTracker
    var startedAt = 0.0
    var lastExit: Int32?
    /// Left out on purpose (the binary has no such role); not restarted, not waited for.
    var skipped = false
  }

  private var slots: [Slot]
  private let executable: String
  private let environment: [String: String]
  private let display: StatusDisplay
  private let interrupt: InterruptSignal
  private let startupTimeout: Duration
  private let grace: Duration
  private var starting = true
  private var draining = false
  private var startFailure: String?
  private let clock = ContinuousClock()
  private let origin: ContinuousClock.Instant
  private var monitor: Task<Void, Never>?

  init(plan: StartPlan, executable: String, environment: [String: String], logFolder: String, display: StatusDisplay,
       interrupt: InterruptSignal, policy: RestartPolicy, startupTimeout: Duration, grace: Duration) {
    slots = plan.replicas.map { Slot(plan: $0, log: ChildLog(folder: logFolder, label: $0.label, relay: !display.isLive),
                                     tracker: RestartTracker(policy: policy)) }
    self.executable = executable
    self.environment = environment
    self.display = display
    self.interrupt = interrupt
    self.startupTimeout = startupTimeout
    self.grace = grace
    origin = clock.now
  }

  private var now: Double { RestartTracker.seconds(clock.now - origin) }

  /// Starts every wave in order and returns once all replicas are healthy.
  /// - Throws: `StartFailure` when a child exits or stays unhealthy during start, or an interrupt arrives.
  func start(probe: HealthProbe) async throws {
    let waves = Set(slots.map(\.plan.wave)).sorted()
    for wave in waves {
      let members = slots.indices.filter { slots[$0].plan.wave == wave }
      for index in members {
        try spawn(index)
        slots[index].health = .starting
      }
      publish()
      let allowance = members.map { slots[$0].plan.startupAllowance }.max() ?? 1
      let deadline = clock.now + startupTimeout * allowance
      while true {
        if let startFailure { throw StartFailure(description: startFailure) }
        if interrupt.isInterrupted { throw StartFailure(description: "interrupted during start-up") }
        let waiting = members.filter { !slots[$0].skipped && slots[$0].health != .healthy }
        if waiting.isEmpty { break }
        for index in waiting { await check(index, probe: probe) }
        if clock.now > deadline {
          let names = waiting.map { "\(slots[$0].plan.label) (\(slots[$0].detail))" }.joined(separator: ", ")
          throw StartFailure(description: "not healthy after \(startupTimeout * allowance): \(names); logs: \(slots[waiting[0]].log.path)")
        }
        try? await Task.sleep(for: .milliseconds(200))
      }
    }
    starting = false
    let probeCopy = probe
    monitor = Task { [weak self] in
      while !Task.isCancelled {
        try? await Task.sleep(for: .seconds(2))
        guard let self else { return }
        await self.checkAll(probe: probeCopy)
      }
    }
  }

  /// The replicas as table rows.
  func rows() -> [ReplicaState] {
    slots.map { slot in
      ReplicaState(service: slot.plan.service, replica: slot.plan.index, pid: slot.running ? slot.child?.pid : nil,
                   address: slot.plan.listen.description, health: slot.health, restarts: slot.tracker.totalRestarts)
    }
  }

  private func publish() { display.update(rows()) }

  private func spawn(_ index: Int) throws {
    let plan = slots[index].plan
    let log = slots[index].log
    let child = try ChildProcess(executable: executable, arguments: plan.arguments, environment: environment,
                                 onLine: { log.write($0) },
                                 onExit: { [weak self] status in
                                   guard let self else { return }
                                   Task { await self.exited(index, status: status) }
                                 })
    slots[index].child = child
    slots[index].running = true
    slots[index].startedAt = now
    display.message("mesh: started \(plan.label) (pid \(child.pid)) on \(plan.listen)" + (plan.admin.map { ", admin \($0)" } ?? ""))
  }

  private func check(_ index: Int, probe: HealthProbe) async {
    guard slots[index].running else { return }
    let plan = slots[index].plan
    let listen = (StartPlan.dialable(plan.listen.host), plan.listen.port)
    let admin = plan.admin.map { (StartPlan.dialable($0.host), $0.port) }
    let answer = await probe.probe(listen: listen, admin: admin, speaksGRPC: plan.speaksGRPC)
    guard slots[index].running, !draining else { return }
    slots[index].detail = answer.detail
    let health: ReplicaState.Health = answer.healthy ? .healthy : (slots[index].health == .starting ? .starting : .unhealthy)
    if health != slots[index].health {
      slots[index].health = health
      display.message("mesh: \(plan.label) \(health.rawValue)" + (answer.healthy ? "" : " (\(answer.detail))"))
      publish()
    }
  }

  private func checkAll(probe: HealthProbe) async {
    guard !draining else { return }
    for index in slots.indices where slots[index].running && !draining { await check(index, probe: probe) }
  }

  private func exited(_ index: Int, status: Int32) async {
    slots[index].running = false
    slots[index].lastExit = status
    let plan = slots[index].plan
    if draining || slots[index].health == .stopped {
      slots[index].health = .stopped
      publish()
      return
    }
    let lines = slots[index].log.lastLines
    // A usage error (64) from `mesh serve gateway ... --file`: this binary has no gateway role, or not
    // with these flags. The mesh runs without it, and says so; any other failure fails the start.
    if plan.role == .gateway && status == 64 && starting {
      slots[index].skipped = true
      slots[index].health = .failed
      display.message("mesh: NOT running the gateway: this binary's `mesh \(plan.arguments.joined(separator: " "))` is a usage error ("
        + (lines.first { $0.hasPrefix("Error:") } ?? lines.last ?? "no output") + "); the services run without it")
      publish()
      return
    }
    let why = status > 128 ? "killed by signal \(status - 128)" : "exited with status \(status)"
    if starting {
      startFailure = "\(plan.label) \(why) while starting; its last lines:\n    " + lines.suffix(6).joined(separator: "\n    ")
      slots[index].health = .failed
      publish()
      return
    }
    switch slots[index].tracker.recordCrash(at: now, startedAt: slots[index].startedAt) {
    case .restart(let delay):
      slots[index].health = .restarting
      display.message("mesh: \(plan.label) \(why); restarting in \(delay)")
      publish()
      try? await Task.sleep(for: delay)
      guard !draining else { return }
      do {
        try spawn(index)
        slots[index].health = .starting
      } catch {
        slots[index].health = .failed
        display.message("mesh: cannot restart \(plan.label): \(error)")
      }
      publish()
    case .giveUp(let crashes):
      slots[index].health = .failed
      display.message("mesh: giving up on \(plan.label): it crashed \(crashes) times within \(slots[index].tracker.policy.window); "
        + "last lines in \(slots[index].log.path)")
      publish()
    }
  }

  /// Stops every replica, the gateway's wave first and the first wave last: SIGTERM, then SIGKILL after the grace.
  func stopAll() async {
    draining = true
    monitor?.cancel()
    let waves = Set(slots.map(\.plan.wave)).sorted(by: >)
    for wave in waves {
      let members = slots.indices.filter { slots[$0].plan.wave == wave && slots[$0].running }
      guard !members.isEmpty else { continue }
      display.message("mesh: stopping \(members.map { slots[$0].plan.label }.joined(separator: ", "))")
      for index in members { slots[index].child?.signal(SIGTERM) }
      let deadline = clock.now + grace
      while members.contains(where: { slots[$0].running }) && clock.now < deadline {
        try? await Task.sleep(for: .milliseconds(50))
      }
      for index in members where slots[index].running {
        display.message("mesh: \(slots[index].plan.label) did not stop within \(grace); SIGKILL")
        slots[index].child?.signal(SIGKILL)
      }
      let killDeadline = clock.now + .seconds(5)
      while members.contains(where: { slots[$0].running }) && clock.now < killDeadline {
        try? await Task.sleep(for: .milliseconds(50))
      }
      for index in members { slots[index].health = .stopped }
      publish()
    }
  }
}
