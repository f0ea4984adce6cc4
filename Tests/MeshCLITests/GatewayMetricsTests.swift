import Foundation
import MeshTestSupport
import Testing

/// `mesh serve gateway` in front of two `mesh serve interop` processes, driven with curl until it has
/// forwarded, retried, ejected an endpoint and rate-limited: its `/metrics` then has every gateway series
/// with its labels (retries, ejections, rate-limit decisions, the TLS listener's certificate expiry, which
/// is the known notAfter of mesh/certs/test/server.pem), promtool accepts it, and every metric and label
/// the alert rules and dashboard use is there. Every line each process wrote is a JSON object.
@Suite("a running gateway's metrics against the alerts and dashboard", .serialized)
struct GatewayMetricsTests {
  /// notAfter of mesh/certs/test/server.pem (`openssl x509 -noout -enddate`: Nov 25 02:53:40 2046 GMT).
  static let serverCertificateNotAfter = 2_426_727_220

  /// A started `mesh serve` process and the message of each of its lines (every line must be JSON).
  struct Served {
    let process: PeerProcess

    /// The `message` of the first line holding `text`, waiting for it.
    func message(containing text: String, seconds: Double = 120) async throws -> String {
      let line = try await process.waitForLine(startingWith: text, seconds: seconds)
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return try #require(object?["message"] as? String, "not a JSON line: \(line)")
    }
  }

  /// The lines of `text` that are not JSON objects, and the process's own lines (`logger` `process`) that
  /// lack a time, a level, a service or a message.
  static func nonJSONLines(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init).filter { line in
      guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else { return true }
      guard object["logger"] as? String == "process" else { return false }
      return object["time"] == nil || object["level"] == nil || object["service"] == nil || object["message"] == nil
    }
  }

  /// `host:port` pairs in a message, in order.
  static func addresses(in message: String) -> [String] {
    message.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
      .filter { $0.hasPrefix("127.0.0.1:") }
  }

  /// Runs curl; returns its output.
  static func curl(_ arguments: [String]) async throws -> String {
    let process = try PeerProcess("/usr/bin/curl", ["-s", "-S", "--max-time", "30"] + arguments)
    _ = try await process.waitForExit(seconds: 60)
    return process.text
  }

  static func meshFile(endpoints: [String], rateLimitService: String, certificates: String) -> String {
    """
    version: 1
    gateway:
      admin: 127.0.0.1:0
      listeners:
        - name: plaintext
          address: 127.0.0.1:0
        - name: tls
          address: 127.0.0.1:0
          tls: { certificate: \(certificates)/server.pem, key: \(certificates)/server.key }
      routes:
        - match: { prefix: /grpc.testing.TestService/ }
          cluster: interop
          timeout: 10s
          retries: 2
      clusters:
        - name: interop
          endpoints: [\(endpoints.joined(separator: ", "))]
          balancing: round_robin
          idempotent_methods: [grpc.testing.TestService]
          outlier: { consecutive_errors: 1, ejection: 120s }
        - name: ratelimit
          endpoints: [\(rateLimitService)]
      limits:
        rate_limit: { name: per-client, requests_per_second: 0.05, burst: 5, key: client_ip, prefix: /grpc.testing.TestService/UnaryCall }
        global_rate_limit:
          cluster: ratelimit
          domain: edge
          timeout: 10s
          descriptors: [{ keys: [client_ip], prefix: /grpc.testing.TestService/EmptyCall }]
    """
  }

  @Test("retries, an ejection, rate-limit decisions and the certificate's expiry are exported; the alerts' and panels' series exist")
  func gatewaySeries() async throws {
    let folder = NSTemporaryDirectory() + "gateway-metrics-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var processes: [PeerProcess] = []
    defer {
      processes.forEach { $0.stop() }
      try? FileManager.default.removeItem(atPath: folder)
    }
    let mesh = Repository.product("mesh")
    var upstreams: [(target: String, admin: String)] = []
    for _ in 0..<2 {
      let interop = Served(process: try PeerProcess(mesh, ["serve", "interop", "--port", "0", "--admin", "127.0.0.1:0"]))
      processes.append(interop.process)
      let addresses = Self.addresses(in: try await interop.message(containing: "mesh serve: interop on"))
      try #require(addresses.count == 2)
      upstreams.append((addresses[0], addresses[1]))
    }
    // The global limit's service: two EmptyCalls a minute per client.
    let rateLimit = Served(process: try PeerProcess(mesh, ["serve", "ratelimit", "--port", "0",
                                                           "--set", "limits=edge remote_address 2/minute"]))
    processes.append(rateLimit.process)
    let rateLimitService = try #require(Self.addresses(in: try await rateLimit.message(containing: "mesh serve: ratelimit on")).first)
    let file = folder + "/mesh.yaml"
    let certificates = Repository.root.appendingPathComponent("mesh/certs/test").path
    try Self.meshFile(endpoints: upstreams.map(\.target), rateLimitService: rateLimitService, certificates: certificates)
      .write(toFile: file, atomically: true, encoding: .utf8)
    let gateway = Served(process: try PeerProcess(mesh, ["serve", "gateway", "--file", file]))
    processes.append(gateway.process)
    let plaintext = try #require(Self.addresses(in: try await gateway.message(containing: "gateway listener plaintext listening")).first)
    let admin = try #require(Self.addresses(in: try await gateway.message(containing: "gateway admin listening")).first)

    // The burst is 5 and one call comes back every 20 s: one call, three that fail UNAVAILABLE on both
    // endpoints (retried, and the first failing endpoint ejected), one NOT_FOUND (a 4xx), then refusals.
    let url = "http://\(plaintext)/grpc.testing.TestService/UnaryCall"
    let ok = try await Self.curl(["-H", "content-type: application/json", "-d", #"{"responseSize": 2}"#, url])
    #expect(ok.contains("payload"), "\(ok)")
    for _ in 0..<3 {
      let failed = try await Self.curl(["-H", "content-type: application/json",
                                        "-d", #"{"responseStatus": {"code": 14, "message": "down"}}"#, url])
      #expect(failed.contains("unavailable"), "\(failed)")
    }
    let notFound = try await Self.curl(["-H", "content-type: application/json",
                                        "-d", #"{"responseStatus": {"code": 5, "message": "nothing"}}"#, url])
    #expect(notFound.contains("not_found"), "\(notFound)")
    var refused = ""
    for _ in 0..<3 {
      refused += try await Self.curl(["-i", "-H", "content-type: application/json", "-d", "{}", url])
    }
    #expect(refused.lowercased().contains("x-ratelimit-limit-name: per-client"), "\(refused)")
    // The global limit: two EmptyCalls pass, the third is refused; with its service gone, one more is let
    // through (fail-open) and counted as an error.
    let empty = "http://\(plaintext)/grpc.testing.TestService/EmptyCall"
    var global = ""
    for _ in 0..<3 { global += try await Self.curl(["-i", "-H", "content-type: application/json", "-d", "{}", empty]) }
    #expect(global.components(separatedBy: " 200 ").count == 3 && global.contains(" 429 "), "\(global)")
    rateLimit.process.stop()
    _ = try await rateLimit.process.waitForExit(seconds: 60)
    let unchecked = try await Self.curl(["-i", "-H", "content-type: application/json", "-d", "{}", empty])
    #expect(unchecked.contains(" 200 "), "\(unchecked)")

    var scraped = ScrapedMetrics()
    let exposition = try await Self.curl(["http://\(admin)/metrics"])
    scraped.add(exposition)
    let (status, output) = try await Promtool.checkMetrics(exposition)
    #expect(status == 0, "\(output)\n\(exposition)")
    for upstream in upstreams { scraped.add(try await Self.curl(["http://\(upstream.admin)/metrics"])) }

    func value(_ prefix: String) -> Double? {
      scraped.lines.first { $0.hasPrefix(prefix + " ") }.flatMap { $0.split(separator: " ").last }.flatMap { Double($0) }
    }
    #expect(value(#"mesh_tls_certificate_expiry_timestamp_seconds{listener="tls"}"#) == Double(Self.serverCertificateNotAfter),
            "\(exposition)")
    #expect((value(#"mesh_gateway_rate_limit_decisions_total{limit="per-client",kind="local",decision="allowed"}"#) ?? 0) >= 5,
            "\(exposition)")
    #expect((value(#"mesh_gateway_rate_limit_decisions_total{limit="per-client",kind="local",decision="limited"}"#) ?? 0) >= 1,
            "\(exposition)")
    #expect(value(#"mesh_gateway_rate_limit_decisions_total{limit="edge",kind="global",decision="allowed"}"#) == 2, "\(exposition)")
    #expect(value(#"mesh_gateway_rate_limit_decisions_total{limit="edge",kind="global",decision="limited"}"#) == 1, "\(exposition)")
    #expect(value(#"mesh_gateway_rate_limit_decisions_total{limit="edge",kind="global",decision="error"}"#) == 1, "\(exposition)")
    #expect((value(#"mesh_gateway_retries_total{cluster="interop",route="/grpc.testing.TestService/",reason="status"}"#) ?? 0) >= 3,
            "\(exposition)")
    let ejections = upstreams.compactMap { value(#"mesh_gateway_outlier_ejections_total{cluster="interop",endpoint="\#($0.target)"}"#) }
    let ejected = upstreams.compactMap { value(#"mesh_gateway_outlier_ejected{cluster="interop",endpoint="\#($0.target)"}"#) }
    #expect(ejections.sorted() == [0, 1] && ejected.sorted() == [0, 1], "\(exposition)")
    // The ejected endpoint's multiplier is its first ejection's 1 (read at the scrape); the other's 0.
    let multipliers = upstreams.compactMap { value(#"mesh_gateway_outlier_ejection_multiplier{cluster="interop",endpoint="\#($0.target)"}"#) }
    #expect(multipliers.sorted() == [0, 1], "\(exposition)")
    #expect((value(#"mesh_gateway_responses_5xx_total{route="/grpc.testing.TestService/",cluster="interop"}"#) ?? 0) >= 3,
            "\(exposition)")
    #expect(value(#"mesh_gateway_responses_4xx_total{route="/grpc.testing.TestService/",cluster="interop"}"#) == 1, "\(exposition)")

    // Every alert and panel over the gateway's and the gRPC servers' metrics: its metrics have series,
    // with the labels it uses. (The queue's are checked against the whole mesh in MeshObservabilityTests.)
    let references = try OpsMetricReference.all()
    let here = references.filter { reference in
      reference.metrics.allSatisfy { $0.hasPrefix("mesh_gateway_") || $0.hasPrefix("mesh_tls_") || $0.hasPrefix("grpc_server_") }
    }
    #expect(here.contains { $0.place == "alert MeshRateLimitRejections" } && here.contains { $0.place == "alert MeshCertificateExpiresSoon" }
      && here.filter { $0.place.hasPrefix("panel Gateway") }.count >= 6, "\(here)")
    for reference in here {
      let problems = scraped.problems(of: reference, requireSeries: true)
      #expect(problems.isEmpty, "\(problems)")
    }

    // Stopped: the draining and stopped lines too are JSON, like every other line of the three processes.
    for process in processes { process.stop() }
    for process in processes { _ = try await process.waitForExit(seconds: 60) }
    #expect(gateway.process.text.contains("mesh serve: gateway stopped"), "\(gateway.process.text)")
    for process in processes {
      #expect(Self.nonJSONLines(process.text).isEmpty, "\(process.text)")
    }
  }

  @Test("a mesh serve that cannot start says why in a JSON line and exits 64 or 1")
  func failedStartIsJSON() async throws {
    let unknown = try await MeshBinary.run(["serve", "frobnicate"], seconds: 60)
    #expect(unknown.status == 64 && unknown.output.contains("unknown service 'frobnicate'"), "\(unknown.output)")
    #expect(Self.nonJSONLines(unknown.output).isEmpty, "\(unknown.output)")
    let busy = try ListeningSocket()
    defer { busy.close() }
    let taken = try await MeshBinary.run(["serve", "interop", "--port", String(busy.port)], seconds: 60)
    #expect(taken.status == 1 && taken.output.contains("could not start"), "\(taken.output)")
    #expect(Self.nonJSONLines(taken.output).isEmpty, "\(taken.output)")
  }

  @Test("mesh serve nlu: the line saying which intent engine runs is JSON too")
  func nluLinesAreJSON() async throws {
    let nlu = try PeerProcess(Repository.product("mesh"), ["serve", "nlu", "--port", "0"])
    defer { nlu.stop() }
    _ = try await nlu.waitForLine(startingWith: "mesh serve: nlu on", seconds: 300)
    nlu.stop()
    _ = try await nlu.waitForExit(seconds: 60)
    #expect(nlu.text.contains("mesh serve: nlu: "), "\(nlu.text)")
    #expect(Self.nonJSONLines(nlu.text).isEmpty, "\(nlu.text)")
  }
}
