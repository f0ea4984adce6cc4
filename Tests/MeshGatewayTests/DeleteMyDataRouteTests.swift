@testable import MeshGateway
import Testing

/// The chat API's `DeleteMyData` has its REST binding from the proto's google.api.http annotation.
@Suite struct DeleteMyDataRouteTests {
  @Test func deleteOfMeDataCallsDeleteMyData() throws {
    let rest = try RESTProtocol()
    guard case .found(let route, let values) = rest.routes.lookup(method: "DELETE", path: "/v1/me/data") else {
      Issue.record("no route for DELETE /v1/me/data")
      return
    }
    #expect(route.value.method.path == "/mesh.chat.v1.ChatService/DeleteMyData")
    #expect(values.isEmpty)
    guard case .found = rest.routes.lookup(method: "GET", path: "/v1/me/data") else { return }
    Issue.record("GET /v1/me/data must not delete anything")
  }
}
