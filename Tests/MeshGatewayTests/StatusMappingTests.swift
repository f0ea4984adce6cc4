import MeshCore
import MeshGateway
import Testing

@Suite("The gRPC ↔ HTTP status table")
struct StatusMappingTests {
  @Test("Every code has an HTTP status and a Connect name that maps back to it")
  func roundTrip() {
    for raw in 0...16 {
      let code = Status.Code(rawValue: raw)
      let name = StatusMapping.connectName(for: code)
      #expect(StatusMapping.code(connectName: name) == code)
      #expect(StatusMapping.httpStatus(for: code) >= 200)
    }
  }

  @Test("The statuses Connect's protocol fixes")
  func connectStatuses() {
    #expect(StatusMapping.httpStatus(for: .resourceExhausted) == 429)
    #expect(StatusMapping.httpStatus(for: .unauthenticated) == 401)
    #expect(StatusMapping.httpStatus(for: .unimplemented) == 501)
    #expect(StatusMapping.httpStatus(for: .cancelled) == 499)
    #expect(StatusMapping.connectName(for: .cancelled) == "canceled")
    #expect(StatusMapping.code(connectName: "no_such_code") == nil)
  }
}
