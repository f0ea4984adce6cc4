import Foundation
import MeshHTTP
import MeshTransport
import Testing

/// The client against the server over loopback.
@Suite struct HTTPClientTests {
  @Test func reusesConnectionsAndSendsBothBodyFramings() async throws {
    let service = try TestHTTPService()
    let client = HTTPClient(group: service.group)
    do {
      for index in 0..<20 {
        let response = try await client.execute(HTTPClientRequest(method: "GET", host: "127.0.0.1", port: service.port,
                                                                  target: "/items/\(index)"))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "{\"id\":\"\(index)\"}")
      }
      #expect(service.server.openConnections == 1)
      let body = Array(repeating: UInt8(ascii: "q"), count: 200_000)
      for chunked in [false, true] {
        let echoed = try await client.execute(HTTPClientRequest(method: "POST", host: "127.0.0.1", port: service.port,
                                                                target: "/echo", body: body, chunked: chunked))
        #expect(echoed.body == body)
      }
      let streamed = try await client.execute(try HTTPClientRequest(method: "GET", url: "http://127.0.0.1:\(service.port)/stream"))
      #expect(String(decoding: streamed.body, as: UTF8.self).split(separator: "\n").count == 5)
    } catch {
      client.shutdown()
      await service.stop()
      throw error
    }
    client.shutdown()
    await service.stop()
  }

  /// A new connection's first request is sent by the loop as soon as the connect completes, without its
  /// caller's task running in between. The caller's task here is held for longer than the call's timeout
  /// once it has started the call, as a cooperative pool taken by other tests' work held it (a 20 ms sleep
  /// resumed 5.6 s late in a full run); the response arrives meanwhile. When the task itself sent the
  /// request after the connect, this call timed out every time.
  @Test func aNewConnectionSendsItsRequestWithoutItsCallersTask() async throws {
    // One loop for both ends: with the old behaviour, the overdue timer fired in the turn that read the
    // request, before the response could be written.
    let service = try TestHTTPService(threads: 1)
    let client = HTTPClient(group: service.group)
    let caller = HeldExecutor(hold: .seconds(3))
    let loop = service.group.next()
    let port = service.port
    let call = Task(executorPreference: caller) {
      // The loop takes nothing (the connect included) until the task has suspended inside the call, so
      // the call cannot finish within this first job.
      loop.execute { _ = caller.firstJobEnded.wait(timeout: .now() + 10) }
      return try await client.execute(HTTPClientRequest(method: "GET", host: "127.0.0.1", port: port, target: "/items/7"),
                                      timeout: .seconds(2))
    }
    let outcome = await call.result
    client.shutdown()
    caller.stop()
    await service.stop()
    let response = try outcome.get()
    #expect(response.status == 200 && String(decoding: response.body, as: UTF8.self) == "{\"id\":\"7\"}")
  }

  @Test func timesOutAndFailsToConnect() async throws {
    let service = try TestHTTPService()
    let client = HTTPClient(group: service.group)
    await #expect(throws: HTTPClientError.timeout) {
      _ = try await client.execute(HTTPClientRequest(method: "GET", host: "127.0.0.1", port: service.port, target: "/slow"),
                                   timeout: .milliseconds(200))
    }
    let port = service.port
    client.shutdown()
    await service.stop()
    let other = EventLoopGroup(threads: 1)
    let closedClient = HTTPClient(group: other)
    await #expect {
      _ = try await closedClient.execute(HTTPClientRequest(method: "GET", host: "127.0.0.1", port: port, target: "/"))
    } throws: { error in
      if case HTTPClientError.connectFailed = error { return true }
      return false
    }
    other.shutdown()
  }

  @Test func parsesBaseURLs() throws {
    #expect(try HTTPBaseURL("http://127.0.0.1:8080/api/") == HTTPBaseURL("http://127.0.0.1:8080/api"))
    let base = try HTTPBaseURL("http://localhost")
    #expect(base.port == 80 && base.host == "localhost" && base.pathPrefix.isEmpty)
    #expect(throws: HTTPClientError.self) { try HTTPBaseURL("https://x") }
    #expect(throws: HTTPClientError.self) { try HTTPBaseURL("http://x:99999") }
  }
}
