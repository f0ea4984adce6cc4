import Foundation
import MeshCore
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import MeshSessionService
import Testing

@Suite(.postgresCluster) struct SessionServiceTests {
  @Test func sessionsLiveRefreshExpireAndRevoke() async throws {
    let service = try await SessionServer.start(try ServiceHarness.configuration())
    try await ServiceHarness.with(service) { client in
      let sessions = Mesh_Session_V1_SessionService.Client(wrapping: client)
      var create = Mesh_Session_V1_CreateSessionRequest()
      create.userID = "u-ann"
      create.channel = .web
      create.attributes = ["locale": "en-GB"]
      create.ttl = Google_Protobuf_Duration(.seconds(60))
      let made = try await sessions.createSession(create, metadata: ServiceHarness.user("u-ann"))
      #expect(made.sessionID.count == 64)
      #expect(made.channel == .web && made.attributes == ["locale": "en-GB"])
      let lifetime = try #require(made.expiresAt).date.timeIntervalSinceNow
      #expect(lifetime > 50 && lifetime <= 61)

      var get = Mesh_Session_V1_GetSessionRequest()
      get.sessionID = made.sessionID
      #expect(try await sessions.getSession(get).userID == "u-ann")
      // Another caller does not see it.
      #expect(await rpcCode { _ = try await sessions.getSession(get, metadata: ServiceHarness.user("u-bob")) } == .notFound)
      // Nor can one create a session for somebody else.
      #expect(await rpcCode { _ = try await sessions.createSession(create, metadata: ServiceHarness.user("u-bob")) }
              == .permissionDenied)

      // Refresh: the expiry moves to an hour from now.
      var touch = Mesh_Session_V1_TouchRequest()
      touch.sessionID = made.sessionID
      touch.extendBy = Google_Protobuf_Duration(.seconds(3600))
      let refreshed = try await sessions.touch(touch)
      #expect(try #require(refreshed.expiresAt).date.timeIntervalSinceNow > 3500)

      // Revocation is immediate, and a second revocation says so.
      var end = Mesh_Session_V1_EndSessionRequest()
      end.sessionID = made.sessionID
      #expect(try await sessions.endSession(end, metadata: ServiceHarness.user("u-bob")).ended == false)
      #expect(try await sessions.endSession(end).ended == true)
      #expect(try await sessions.endSession(end).ended == false)
      #expect(await rpcCode { _ = try await sessions.getSession(get) } == .notFound)
      #expect(await rpcCode { _ = try await sessions.touch(touch) } == .notFound)

      // A TTL runs out by the server's clock (three seconds, so a loaded machine still reads it in time).
      create.ttl = Google_Protobuf_Duration(.seconds(3))
      let short = try await sessions.createSession(create)
      get.sessionID = short.sessionID
      #expect(try await sessions.getSession(get).userID == "u-ann")
      try await Task.sleep(for: .milliseconds(3_300))
      #expect(await rpcCode { _ = try await sessions.getSession(get) } == .notFound)

      // Bad input: a negative TTL, an empty user, an unknown id full of SQL.
      create.ttl = Google_Protobuf_Duration(.seconds(-5))
      #expect(await rpcCode { _ = try await sessions.createSession(create) } == .invalidArgument)
      create.ttl = nil
      create.userID = ""
      #expect(await rpcCode { _ = try await sessions.createSession(create) } == .invalidArgument)
      get.sessionID = "x' OR '1'='1"
      #expect(await rpcCode { _ = try await sessions.getSession(get) } == .notFound)
    }
  }
}
