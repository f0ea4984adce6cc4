import Foundation
import MeshCore
import MeshHTTP
import MeshProtos
import MeshTransport

/// Asks one replica whether it is healthy: its admin endpoint's `GET /readyz` (when it has one) and the
/// standard gRPC health check (`grpc.health.v1.Health/Check` of the server as a whole) for gRPC services;
/// the marketplace without an admin endpoint answers any HTTP request.
struct HealthProbe: Sendable {
  /// The answer of one probe.
  struct Answer: Sendable, Equatable {
    /// Whether every check passed.
    let healthy: Bool
    /// What was seen, for people (`ready`, `down (connection refused)`, `grpc NOT_SERVING`).
    let detail: String
  }

  let group: EventLoopGroup
  let http: HTTPClient
  let timeout: Duration

  init(group: EventLoopGroup, timeout: Duration) {
    self.group = group
    http = HTTPClient(group: group)
    self.timeout = timeout
  }

  func close() { http.shutdown() }

  /// Probes a replica at `listen` (gRPC unless `speaksGRPC` is false) with admin endpoint `admin`.
  func probe(listen: (host: String, port: Int), admin: (host: String, port: Int)?, speaksGRPC: Bool) async -> Answer {
    var details: [String] = []
    if let admin {
      let ready = await readyz(host: admin.host, port: admin.port)
      guard ready.healthy else { return Answer(healthy: false, detail: "admin \(ready.detail)") }
      details.append("ready")
    }
    if speaksGRPC {
      let grpc = await grpcHealth(host: listen.host, port: listen.port)
      guard grpc.healthy else { return Answer(healthy: false, detail: "grpc \(grpc.detail)") }
      details.append("serving")
    } else if admin == nil {
      let answer = await httpAnswers(host: listen.host, port: listen.port)
      guard answer.healthy else { return answer }
      details.append("answers")
    }
    return Answer(healthy: true, detail: details.joined(separator: ", "))
  }

  /// `GET /readyz` answers 200.
  func readyz(host: String, port: Int) async -> Answer {
    do {
      let response = try await http.execute(HTTPClientRequest(method: "GET", host: host, port: port, target: "/readyz"), timeout: timeout)
      let body = String(decoding: response.body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      return response.status == 200 ? Answer(healthy: true, detail: "ready") : Answer(healthy: false, detail: "not ready (\(response.status): \(body))")
    } catch {
      return Answer(healthy: false, detail: "down (\(error))")
    }
  }

  /// Any HTTP answer from `GET /`.
  func httpAnswers(host: String, port: Int) async -> Answer {
    do {
      let response = try await http.execute(HTTPClientRequest(method: "GET", host: host, port: port, target: "/"), timeout: timeout)
      return Answer(healthy: true, detail: "http \(response.status)")
    } catch {
      return Answer(healthy: false, detail: "down (\(error))")
    }
  }

  /// The server's overall gRPC health is SERVING.
  func grpcHealth(host: String, port: Int) async -> Answer {
    let channel: GRPCChannel
    do {
      channel = try GRPCChannel(host: host, port: port, group: group)
    } catch {
      return Answer(healthy: false, detail: "down (\(error))")
    }
    defer { channel.close() }
    do {
      let health = Grpc_Health_V1_Health.Client(wrapping: GRPCClient(transport: channel))
      let response = try await health.check(Grpc_Health_V1_HealthCheckRequest(), options: CallOptions(timeout: timeout))
      return response.status == .serving ? Answer(healthy: true, detail: "SERVING") : Answer(healthy: false, detail: "\(response.status)")
    } catch let error as RPCError {
      return Answer(healthy: false, detail: "down (\(error.code))")
    } catch {
      return Answer(healthy: false, detail: "down (\(error))")
    }
  }
}
