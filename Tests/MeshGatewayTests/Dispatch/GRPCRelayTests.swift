import Foundation
import MeshCore
@testable import MeshGateway
import MeshInterop
import MeshTestSupport
import MeshTransport
import Synchronization
import Testing

/// The gateway's passthrough relay of native gRPC calls (`GatewayRelayRouter`, `RelayedCall`), over real
/// sockets: the whole gateway from a mesh file, our gRPC client, and an upstream gRPC server in this
/// process that records what each call carried.
@Suite("Gateway gRPC relay", .serialized)
struct GRPCRelayTests {
  static let echo = MethodDescriptor(path: "/relay.Test/Echo")!
  static let hold = MethodDescriptor(path: "/relay.Test/Hold")!
  static let fields = MethodDescriptor(path: "/relay.Test/Fields")!
  static let refuse = MethodDescriptor(path: "/relay.Test/Refuse")!

  @Test("Prefixes are read across any chunking, messages skipped")
  func prefixScanner() {
    // Three messages (0, 3 and 300 bytes), fed one byte at a time and then whole.
    var bytes: [UInt8] = [0, 0, 0, 0, 0]
    bytes += [1, 0, 0, 0, 3, 9, 9, 9]
    bytes += [0, 0, 0, 1, 44] + [UInt8](repeating: 7, count: 300)
    for chunk in [1, 2, 5, 7, bytes.count] {
      var scanner = GRPCPrefixScanner()
      var lengths: [Int] = []
      var offset = 0
      while offset < bytes.count {
        let end = min(offset + chunk, bytes.count)
        let ok = bytes[offset..<end].withUnsafeBytes { scanner.scan($0) { lengths.append($0); return true } }
        #expect(ok)
        offset = end
      }
      #expect(lengths == [0, 3, 300], "chunk \(chunk)")
      #expect(scanner.payloadBytes == 303)
      #expect(scanner.isAtBoundary)
    }
    // A refused length stops the scan.
    var scanner = GRPCPrefixScanner()
    let stopped = bytes.withUnsafeBytes { scanner.scan($0) { $0 < 100 } }
    #expect(!stopped)
  }

  @Test("Relayed: identity headers stripped, deadline carried less the gateway's time, bytes both ways, logged")
  func relayedCall() async throws {
    try await RecordingUpstream.with { upstream in
      try await Self.relaying(to: upstream.port) { fixture, channel, cluster, before in
        var metadata = Metadata()
        metadata.addString("mallory", forKey: "x-mesh-user-id")
        metadata.addString("admin", forKey: "x-mesh-scopes")
        metadata.addString("kept", forKey: "x-custom")
        metadata.addBinary([0, 1, 2, 255], forKey: "x-trace-bin")
        let messages = [[UInt8](repeating: 1, count: 10), [UInt8](repeating: 2, count: 100_000), []]
        let (status, replies, _) = try await Self.call(channel, Self.echo, metadata: metadata, messages: messages,
                                                       timeout: .seconds(5))
        #expect(status.code == .ok, "\(status)")
        #expect(replies == messages)
        #expect(cluster.stats.relayed == before + 1)
        let seen = try #require(upstream.calls.last)
        #expect(seen.metadata.firstString(forKey: "x-mesh-user-id") == nil)
        #expect(seen.metadata.firstString(forKey: "x-mesh-scopes") == nil)
        #expect(seen.metadata.firstString(forKey: "x-custom") == "kept")
        #expect(seen.metadata.first(where: { $0.key == "x-trace-bin" })?.value == .binary([0, 1, 2, 255]))
        let remaining = try #require(seen.remaining)
        #expect(remaining > .seconds(3) && remaining <= .seconds(5), "\(remaining)")
        // The access log has the call's line, with its route and byte counts.
        let line = try #require(fixture.accessLines.last { ($0["bytes_in"] as? Int) == 100_010 })
        #expect(line["route"] as? String != nil, "\(line)")
        #expect(line["grpc_status"] as? Int == 0)
        #expect(line["bytes_out"] as? Int == 100_010)
        #expect(line["endpoint"] as? String == "127.0.0.1:\(upstream.port)")
      }
    }
  }

  @Test("Request fields cross edited in place: duplicates in order, -bin as sent, request id and trace set, the made id echoed")
  func requestFieldsEditedInPlace() async throws {
    try await RecordingUpstream.with { upstream in
      try await Self.relaying(to: upstream.port) { _, channel, cluster, before in
        var metadata = Metadata()
        metadata.addString("a", forKey: "x-dup")
        metadata.addString("b", forKey: "x-dup")
        metadata.addString("two", forKey: "x-request-id")
        metadata.addString("ids", forKey: "x-request-id")
        metadata.addString("eve", forKey: "x-mesh-scopes")
        metadata.addBinary([9, 8, 7], forKey: "x-blob-bin")
        metadata.addBinary([6], forKey: "x-blob-bin")
        let stream = try await channel.openCall(method: Self.echo, metadata: metadata, options: CallOptions())
        try await stream.send([5], compress: false)
        try await stream.closeSending()
        let initial = try await stream.initialMetadata()
        while try await stream.receive() != nil {}
        let (status, _) = await stream.finalStatus()
        #expect(status.code == .ok, "\(status)")
        #expect(cluster.stats.relayed == before + 1)
        let seen = try #require(upstream.calls.last).metadata
        #expect(seen.filter { $0.key == "x-dup" }.map(\.value) == [.string("a"), .string("b")])
        #expect(seen.filter { $0.key == "x-blob-bin" }.map(\.value) == [.binary([9, 8, 7]), .binary([6])])
        #expect(seen.firstString(forKey: "x-mesh-scopes") == nil)
        // Two ids sent: one fresh id goes upstream, and back to the client (the gateway made it).
        let ids = seen.filter { $0.key == "x-request-id" }.compactMap(\.value.stringValue)
        #expect(ids.count == 1 && ids.first.map(RequestIDFilter.isValid) == true, "\(ids)")
        #expect(initial.firstString(forKey: "x-request-id") == ids.first)
        let trace = try #require(seen.firstString(forKey: "traceparent"))
        // The trace goes upstream only: `traceparent` is a request header.
        #expect(initial.firstString(forKey: "traceparent") == nil, "\(initial)")
        #expect(seen.firstString(forKey: "user-agent") == "grpc-swift-mesh/0.1")
        // Too many fields: refused by the limits filter on the fields in place, with the usual path's status.
        var crowded = Metadata()
        for index in 0..<120 { crowded.addString("v", forKey: "x-field-\(index)") }
        let (refused, _, _) = try await Self.call(channel, Self.echo, metadata: crowded, messages: [[1]])
        #expect(refused.code == .invalidArgument, "\(refused)")
        // It never went upstream: the last call the upstream saw is still the one above.
        #expect(upstream.calls.last?.metadata.firstString(forKey: "traceparent") == trace)
        // The next call on the connection reuses the first one's field storage (`HeaderStoragePool`): only its
        // own fields cross, with an id made for it alone, echoed.
        var alone = Metadata()
        alone.addString("1", forKey: "x-next")
        let nextStream = try await channel.openCall(method: Self.echo, metadata: alone, options: CallOptions())
        try await nextStream.send([6], compress: false)
        try await nextStream.closeSending()
        let nextInitial = try await nextStream.initialMetadata()
        while try await nextStream.receive() != nil {}
        #expect(await nextStream.finalStatus().0.code == .ok)
        let nextSeen = try #require(upstream.calls.last).metadata
        let nextIDs = nextSeen.filter { $0.key == "x-request-id" }.compactMap(\.value.stringValue)
        #expect(nextIDs.count == 1 && nextIDs != ids && nextInitial.firstString(forKey: "x-request-id") == nextIDs.first)
        #expect(nextSeen.firstString(forKey: "x-next") == "1" && nextSeen.firstString(forKey: "x-dup") == nil
                && nextSeen.firstString(forKey: "x-blob-bin") == nil, "\(nextSeen)")
        #expect(nextInitial.filter { $0.key == "x-request-id" }.count == 1, "\(nextInitial)")
      }
    }
  }

  @Test("A deadline that passes while the upstream holds the call ends it DEADLINE_EXCEEDED")
  func deadlineEndsRelayedCall() async throws {
    try await RecordingUpstream.with { upstream in
      try await Self.relaying(to: upstream.port) { fixture, channel, cluster, before in
        let (status, _, _) = try await Self.call(channel, Self.hold, messages: [[1]], timeout: .milliseconds(300))
        #expect(status.code == .deadlineExceeded, "\(status)")
        #expect(cluster.stats.relayed == before + 1)
        upstream.open()
      }
    }
  }

  @Test("A fast client and an upstream that does not read: the client is held back, nothing piles up")
  func flowControlBoundsMemory() async throws {
    try await RecordingUpstream.with { upstream in
      try await Self.relaying(to: upstream.port, listener: "max_body_bytes: 268435456") { fixture, channel, cluster, before in
        let sent = SentBytes()
        let message = [UInt8](repeating: 3, count: 256 << 10)
        let total = 32 << 20
        let stream = try await channel.openCall(method: Self.hold, metadata: [], options: CallOptions())
        let sender = Task {
          for _ in 0..<(total / message.count) {
            try await stream.send(message, compress: false)
            sent.count.add(message.count, ordering: .relaxed)
          }
          try await stream.closeSending()
        }
        // Until the sender stops making progress: the windows and queues on the way are full.
        var last = -1
        while sent.count.load(ordering: .relaxed) != last {
          last = sent.count.load(ordering: .relaxed)
          try await Task.sleep(for: .milliseconds(300))
        }
        let held = sent.count.load(ordering: .relaxed)
        print("relay flow control: the client sent \(held >> 10) KiB before it was held back")
        #expect(held < 12 << 20, "\(held) bytes sent while the upstream read nothing")
        #expect(cluster.stats.relayed == before + 1)
        upstream.open()
        try await sender.value
        while try await stream.receive() != nil {}
        let (status, trailers) = await stream.finalStatus()
        #expect(status.code == .ok, "\(status)")
        #expect(trailers.firstString(forKey: "x-received-bytes") == String(total))
      }
    }
  }

  @Test("Calls that end while their request bytes wait for the upstream give the client's connection its window back")
  func endedCallsReturnTheirWindow() async throws {
    try await RecordingUpstream.with { upstream in
      try await Self.relaying(to: upstream.port, listener: "max_body_bytes: 268435456") { fixture, channel, cluster, before in
        let message = [UInt8](repeating: 5, count: 256 << 10)
        // Each call sends until the upstream (which reads nothing) holds it back, then its deadline ends it
        // with up to a stream window (1 MiB) of request bytes received but not granted back: sixteen of
        // them are twice the client connection's 8 MiB window.
        for _ in 0..<16 {
          var options = CallOptions()
          options.timeout = .milliseconds(250)
          let stream = try await channel.openCall(method: Self.hold, metadata: [], options: options)
          let sender = Task {
            for _ in 0..<64 { try await stream.send(message, compress: false) }
          }
          while (try? await stream.receive()) != nil {}
          let (status, _) = await stream.finalStatus()
          #expect(status.code == .deadlineExceeded, "\(status)")
          sender.cancel()
          _ = await sender.result
        }
        // The connection still carries calls: its window was given back as each call ended.
        let (status, replies, _) = try await Self.call(channel, Self.echo, messages: [[7, 7]], timeout: .seconds(5))
        #expect(status.code == .ok, "\(status)")
        #expect(replies == [[7, 7]])
        #expect(cluster.stats.relayed >= before + 17)
      }
    }
  }

  @Test("A stream the upstream refused is sent again to another endpoint, with the request bytes held")
  func refusedStreamRetried() async throws {
    let peer = try PeerProcess(try Repository.python, [upstreamRefusingPeer])
    defer { peer.stop() }
    let port = try PeerProcess.port(of: try await peer.waitForLine(startingWith: "listening on"))
    try await RecordingUpstream.with { upstream in
      let mesh = gatewayMeshFile(routes: ["{ match: { prefix: / }, cluster: up }"],
                                 clusters: ["up": ["127.0.0.1:\(port)", "127.0.0.1:\(upstream.port)"]])
      try await GatewayFixture.with(mesh) { fixture in
        let channel = try fixture.channel()
        defer { channel.close() }
        let cluster = try #require(fixture.gateway.clusters.clusters["up"])
        try await Self.waitUntilRelaying(channel, cluster)
        let before = cluster.stats
        for index in 0..<6 {
          let (status, replies, _) = try await Self.call(channel, Self.echo, messages: [[UInt8(index), 1, 2]])
          #expect(status.code == .ok, "\(status)")
          #expect(replies == [[UInt8(index), 1, 2]])
        }
        let after = cluster.stats
        let refusals = peer.text.split(separator: "\n").filter { $0.hasPrefix("refused") }.count
        print("relay retries: \(after.relayed - before.relayed) relayed, \(after.retries - before.retries) retried, \(refusals) refused")
        #expect(after.relayed - before.relayed == 6)
        #expect(after.retries - before.retries >= 1)
        #expect(after.failures == before.failures)
      }
    }
  }

  @Test("An endpoint with several connections on a loop: each relayed call opens on one that is ready")
  func severalConnectionsOnALoop() async throws {
    try await RecordingUpstream.with { upstream in
      // Five connections over the fixture's two loops: the relay cannot take a loop's only channel unasked
      // (`UpstreamEndpoint.channel(turn:preferring:readyOnLoop:)`) and asks each of the loop's which is ready.
      let mesh = """
        version: 1
        gateway:
          listeners:
            - { name: edge, address: "127.0.0.1:0" }
          routes:
            - { match: { prefix: / }, cluster: up }
          clusters:
            - { name: up, endpoints: ["127.0.0.1:\(upstream.port)"], connections_per_endpoint: 5 }
        """
      try await GatewayFixture.with(mesh) { fixture in
        let channel = try fixture.channel()
        defer { channel.close() }
        let cluster = try #require(fixture.gateway.clusters.clusters["up"])
        try await Self.waitUntilRelaying(channel, cluster)
        let before = cluster.stats
        for index in 0..<20 {
          let (status, replies, _) = try await Self.call(channel, Self.echo, messages: [[UInt8(index)]])
          #expect(status.code == .ok, "\(status)")
          #expect(replies == [[UInt8(index)]])
        }
        let after = cluster.stats
        // Every call relayed (none declined to the usual path nor failed for want of a ready connection).
        #expect(after.relayed - before.relayed == 20)
        #expect(after.failures == before.failures)
      }
    }
  }

  @Test("Response headers, trailers and a Trailers-Only answer cross the relay as bytes")
  func responseFieldsRelayed() async throws {
    try await RecordingUpstream.with { upstream in
      try await Self.relaying(to: upstream.port) { _, channel, cluster, before in
        // Headers, a message, then trailers with a status of the upstream's own.
        let stream = try await channel.openCall(method: Self.fields, metadata: [], options: CallOptions())
        try await stream.send([1, 2, 3], compress: false)
        try await stream.closeSending()
        let initial = try await stream.initialMetadata()
        // Every field as the upstream sent it, in its order, the gateway's own after them: the request id it
        // made (none was sent), no `traceparent`.
        let own: Set = ["x-request-id", "grpc-accept-encoding", "grpc-encoding"]
        #expect(Array(initial.filter { !own.contains($0.key) }) == Array(RecordingUpstream.initialFields), "\(initial)")
        #expect(Array(initial).last?.key == "x-request-id" && !initial.contains { $0.key == "traceparent" }, "\(initial)")
        var replies: [[UInt8]] = []
        while let reply = try await stream.receive() { replies.append(reply) }
        #expect(replies == [[1, 2, 3]])
        let (status, trailers) = await stream.finalStatus()
        #expect(status.code == .dataLoss && status.message == "partly, ünïcode", "\(status)")
        var expected = RecordingUpstream.trailingFields
        expected.addString("two", forKey: "x-final")
        #expect(Array(trailers) == Array(expected), "\(trailers)")
        // Trailers-Only: the upstream answers before any header.
        // The answer may come before the client's end is sent: only the status and trailers matter.
        let refusing = try await channel.openCall(method: Self.refuse, metadata: [], options: CallOptions())
        try? await refusing.closeSending()
        let (refused, refusal) = await refusing.finalStatus()
        #expect(refused.code == .notFound && refused.message == "nope", "\(refused)")
        #expect(refusal.firstString(forKey: "x-why") == "because")
        #expect(cluster.stats.relayed == before + 2)
      }
    }
  }

  @Test("The 18 interop cases, relayed: grpcio's client → gateway → our server")
  func interopRelayed() async throws {
    try await InteropUpstream.with { upstream in
      try await Self.relaying(to: upstream.port) { fixture, channel, cluster, before in
        let caseList = InteropTestCase.allCases.map(\.rawValue).joined(separator: ",")
        let client = try PeerProcess(try Repository.python, [Repository.grpcioPeer, "client", "--server_port",
                                                             "\(fixture.port)", "--test_case", caseList])
        defer { client.stop() }
        let status = try await client.waitForExit()
        #expect(status == 0, "\(client.text)")
        #expect(client.text.contains("18 passed, 0 failed"), "\(client.text)")
        let relayed = cluster.stats.relayed - before
        print("interop through the relay: \(relayed) calls relayed")
        #expect(relayed >= 18)
      }
    }
  }

  // MARK: Helpers

  static func mesh(_ port: Int, listener: String = "") -> String {
    gatewayMeshFile(routes: ["{ match: { prefix: / }, cluster: up }"], clusters: ["up": ["127.0.0.1:\(port)"]],
                    listener: listener)
  }

  /// A gateway whose one route goes to `port`, a channel to it and its cluster, once its calls are relayed;
  /// `body` also gets the cluster's relayed count at that moment.
  static func relaying(to port: Int, listener: String = "",
                       _ body: (GatewayFixture, GRPCChannel, UpstreamCluster, Int) async throws -> Void) async throws {
    try await GatewayFixture.with(mesh(port, listener: listener)) { fixture in
      let channel = try fixture.channel()
      defer { channel.close() }
      let cluster = try #require(fixture.gateway.clusters.clusters["up"])
      try await waitUntilRelaying(channel, cluster)
      try await body(fixture, channel, cluster, cluster.stats.relayed)
    }
  }

  /// Calls until one is relayed: the cluster's connections on every loop are up then.
  static func waitUntilRelaying(_ channel: GRPCChannel, _ cluster: UpstreamCluster) async throws {
    for _ in 0..<300 {
      let before = cluster.stats.relayed
      // Only whether the calls were relayed matters: an upstream that serves no `Echo` (the interop server)
      // may answer UNIMPLEMENTED before the message is sent, which the send then throws.
      _ = try? await call(channel, echo, messages: [[0]])
      _ = try? await call(channel, echo, messages: [[0]])
      if cluster.stats.relayed > before { return }
      try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record("no call was relayed")
  }

  /// One call: the messages sent, then every reply read, then the status. A call the server ends before it
  /// took every message (UNIMPLEMENTED, an early status) is not an error here: its status says what happened.
  static func call(_ channel: GRPCChannel, _ method: MethodDescriptor, metadata: Metadata = [], messages: [[UInt8]],
                   timeout: Duration? = nil) async throws -> (Status, [[UInt8]], Metadata) {
    var options = CallOptions()
    options.timeout = timeout
    let stream = try await channel.openCall(method: method, metadata: metadata, options: options)
    do {
      for message in messages { try await stream.send(message, compress: false) }
      try await stream.closeSending()
    } catch {}
    var replies: [[UInt8]] = []
    do {
      while let reply = try await stream.receive() { replies.append(reply) }
    } catch {}
    let (status, trailers) = await stream.finalStatus()
    return (status, replies, trailers)
  }
}

/// Bytes a sending task got through, read by the test.
final class SentBytes: Sendable {
  let count = Atomic<Int>(0)
}

/// A gRPC server whose every method records the call's metadata and remaining deadline, then echoes its
/// request messages (`Echo`) or, for `Hold`, reads nothing until `open()`, then counts what came.
final class RecordingUpstream: Sendable {
  struct Seen: Sendable {
    var metadata: Metadata
    var remaining: Duration?
  }

  /// What the handlers share with the test.
  final class Shared: Sendable {
    let seen = Mutex<[Seen]>([])
    let opened = Atomic<Bool>(false)
  }

  /// The `Fields` method's response headers: duplicates interleaved, `-bin` values (one not text), values
  /// in mixed case, names one byte away from a field a proxy drops (their lengths alike).
  static let initialFields: Metadata = {
    var initial = Metadata()
    initial.addString("one", forKey: "x-initial")
    initial.addString("A", forKey: "x-dup")
    initial.addBinary([0, 255], forKey: "x-initial-bin")
    initial.addString("b", forKey: "x-dup")
    initial.addBinary([1], forKey: "x-initial-bin")
    initial.addString("MiXeD Case, with = signs", forKey: "x-case")
    initial.addString("kept", forKey: "connectiom")
    initial.addString("", forKey: "x-empty")
    return initial
  }()

  /// The `Fields` method's trailers, before its `x-final`: duplicates and `-bin` values too.
  static let trailingFields: Metadata = {
    var trailers = Metadata()
    trailers.addString("1", forKey: "x-count")
    trailers.addBinary([255, 0, 7], forKey: "x-final-bin")
    trailers.addString("2", forKey: "x-count")
    trailers.addString("kept", forKey: "hast")
    return trailers
  }()

  let group = EventLoopGroup(threads: 1)
  let server: GRPCServer
  let port: Int
  private let shared: Shared

  var calls: [Seen] { shared.seen.withLock { $0 } }

  /// Lets `Hold` calls read.
  func open() { shared.opened.store(true, ordering: .releasing) }

  init() throws {
    var configuration = GRPCServer.Configuration(host: "127.0.0.1", port: 0)
    configuration.limits.maxRequestMessageBytes = 8 << 20
    let shared = Shared()
    self.shared = shared
    configuration.fallback = { stream, context in
      shared.seen.withLock { $0.append(Seen(metadata: context.requestMetadata, remaining: context.deadline.map { $0 - .now })) }
      if context.method.path.hasSuffix("/Refuse") {
        var trailers = Metadata()
        trailers.addString("because", forKey: "x-why")
        return stream.finish(status: Status(code: .notFound, message: "nope"), trailers: trailers)
      }
      if context.method.path.hasSuffix("/Fields") {
        try? await stream.sendInitialMetadata(RecordingUpstream.initialFields)
        while let message = try? await stream.receive() { try? await stream.send(message, compress: false) }
        var trailers = RecordingUpstream.trailingFields
        trailers.addString("two", forKey: "x-final")
        return stream.finish(status: Status(code: .dataLoss, message: "partly, ünïcode"), trailers: trailers)
      }
      let holds = context.method.path.hasSuffix("/Hold")
      // A cancelled call (its deadline passed, the gateway reset it) stops holding: it ends as a handler does.
      while holds, !shared.opened.load(ordering: .acquiring), !Task.isCancelled { try? await Task.sleep(for: .milliseconds(10)) }
      var total = 0
      do {
        while let message = try await stream.receive() {
          total += message.count
          if !holds { try await stream.send(message, compress: false) }
        }
      } catch {
        return stream.finish(status: Status(code: .internal, message: "\(error)"), trailers: [])
      }
      var trailers = Metadata()
      trailers.addString(String(total), forKey: "x-received-bytes")
      stream.finish(status: .ok, trailers: trailers)
    }
    server = GRPCServer(services: [], configuration: configuration, group: group)
    port = try server.start().port
  }

  static func with(_ body: (RecordingUpstream) async throws -> Void) async throws {
    try await withStarted(try RecordingUpstream(), stop: { await $0.stop() }, body)
  }

  func stop() async {
    open()
    await server.shutdown(gracePeriod: .zero)
    group.shutdown()
  }
}
