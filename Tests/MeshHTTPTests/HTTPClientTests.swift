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
