@testable import MeshGateway
import Testing

@Suite("google.api.http path templates")
struct PathTemplateTests {
  private func bindings(_ template: String, _ path: String) throws -> [String: String]? {
    guard let values = try PathTemplate(parsing: template).match(path) else { return nil }
    return Dictionary(uniqueKeysWithValues: values.map { ($0.fieldPath.joined(separator: "."), $0.value) })
  }

  @Test("Parses literals, *, **, variables with and without a pattern, nested field paths and verbs")
  func parsing() throws {
    let template = try PathTemplate(parsing: "/v1/{name=shelves/*/books/*}:publish")
    #expect(template.segments == [.literal("v1"), .literal("shelves"), .single, .literal("books"), .single])
    #expect(template.variables.map(\.fieldPath) == [["name"]])
    #expect(template.variables[0].segments == 1..<5)
    #expect(template.verb == "publish")
    let nested = try PathTemplate(parsing: "/v1/orders/{order.id}/{rest=**}")
    #expect(nested.segments == [.literal("v1"), .literal("orders"), .single, .multi])
    #expect(nested.variables.map(\.fieldPath) == [["order", "id"], ["rest"]])
    #expect(try PathTemplate(parsing: "/v1/*/x/**").segments == [.literal("v1"), .single, .literal("x"), .multi])
  }

  @Test("Refuses malformed templates with the reason", arguments: [
    ("v1/x", "start with /"), ("/v1/**/x", "** must be the last"), ("/v1/{a={b}}", "must not nest"),
    ("/v1/{a}/{a}", "bound twice"), ("/v1/{}", "field name"), ("/v1/{a", "expected }"), ("/v1/x:", "empty verb"),
    ("/v1//x", "unexpected"), ("/v1/{1a}", "field name"),
  ])
  func refused(template: String, reason: String) {
    #expect {
      try PathTemplate(parsing: template)
    } throws: { error in
      (error as? PathTemplateError)?.reason.contains(reason) == true
    }
  }

  @Test("Matches and extracts variables")
  func matching() throws {
    #expect(try bindings("/v1/{name=shelves/*/books/*}", "/v1/shelves/1/books/2") == ["name": "shelves/1/books/2"])
    #expect(try bindings("/v1/users/{user_id}/orders/{order_id}", "/v1/users/u1/orders/o9")
      == ["user_id": "u1", "order_id": "o9"])
    #expect(try bindings("/v1/{order.id}", "/v1/42") == ["order.id": "42"])
    #expect(try bindings("/v1/files/{path=**}", "/v1/files/a/b/c.txt") == ["path": "a/b/c.txt"])
    #expect(try bindings("/v1/files/{path=**}", "/v1/files") == ["path": ""])
    #expect(try bindings("/v1/orders/{id}:cancel", "/v1/orders/7:cancel") == ["id": "7"])
    #expect(try bindings("/v1/orders/{id}:cancel", "/v1/orders/7") == nil)
    #expect(try bindings("/v1/orders/{id}", "/v1/orders/7/items") == nil)
    #expect(try bindings("/v1/orders/{id}", "/v1/orders/") == nil)
    #expect(try bindings("/v1/orders", "/v2/orders") == nil)
  }

  @Test("A single-segment variable decodes every escape; a multi-segment one keeps %2F")
  func percentDecoding() throws {
    #expect(try bindings("/v1/{name}", "/v1/a%2Fb%20c%C3%A9") == ["name": "a/b cé"])
    #expect(try bindings("/v1/{name=**}", "/v1/a%2Fb/c%20d") == ["name": "a%2Fb/c d"])
    #expect(try bindings("/v1/{name=shelves/*}", "/v1/shelves/x%2fy") == ["name": "shelves/x%2fy"])
    #expect(try bindings("/v1/{name}", "/v1/bad%zz") == nil)
    #expect(try bindings("/v1/{name}", "/v1/bad%ff") == nil)  // not UTF-8
    #expect(try bindings("/v%31/{name}", "/v1/x") == nil)  // literals of the template are not decoded
    #expect(try bindings("/v1/{name}", "/v%31/x") == ["name": "x"])  // the request's literals are
  }
}

@Suite("The REST route table")
struct PathRouteTableTests {
  private func table(_ routes: [(String, String)]) throws -> PathRouteTable<String> {
    try PathRouteTable(routes.map { .init(method: $0.0, template: try PathTemplate(parsing: $0.1), value: "\($0.0) \($0.1)") })
  }

  @Test("The most specific template wins, whatever the order of the routes")
  func specificity() throws {
    let routes = [("GET", "/v1/{name=**}"), ("GET", "/v1/users/{id}"), ("GET", "/v1/users/me"),
                  ("GET", "/v1/users/{id}:watch"), ("GET", "/v1/*/{x}")]
    for order in [routes, routes.reversed()] {
      let table = try table(order)
      func found(_ path: String) -> String? {
        if case .found(let route, _) = table.lookup(method: "GET", path: path) { return route.value }
        return nil
      }
      #expect(found("/v1/users/me") == "GET /v1/users/me")
      #expect(found("/v1/users/42") == "GET /v1/users/{id}")
      #expect(found("/v1/users/42:watch") == "GET /v1/users/{id}:watch")
      #expect(found("/v1/things/42") == "GET /v1/*/{x}")
      #expect(found("/v1/a/b/c") == "GET /v1/{name=**}")
    }
  }

  @Test("A known path with another method is 405 with the allowed methods; an unknown path 404")
  func methods() throws {
    let table = try table([("GET", "/v1/orders/{id}"), ("DELETE", "/v1/orders/{id}"), ("POST", "/v1/orders")])
    guard case .methodNotAllowed(let allowed) = table.lookup(method: "PUT", path: "/v1/orders/3") else {
      Issue.record("expected 405")
      return
    }
    #expect(allowed == ["DELETE", "GET"])
    guard case .notFound = table.lookup(method: "GET", path: "/v1/nothing/here/at/all") else {
      Issue.record("expected 404")
      return
    }
    guard case .found(_, let bindings) = table.lookup(method: "DELETE", path: "/v1/orders/3") else {
      Issue.record("expected a route")
      return
    }
    #expect(bindings.map(\.value) == ["3"])
  }

  @Test("Two routes of one method that match the same paths are refused when the table is built")
  func conflicts() throws {
    #expect(throws: PathRouteTable<String>.Conflict.self) {
      try table([("GET", "/v1/users/{id}"), ("GET", "/v1/users/{name}")])
    }
    #expect(throws: PathRouteTable<String>.Conflict.self) {
      try table([("POST", "/v1/{a=things/*}:go"), ("POST", "/v1/things/{b}:go")])
    }
    _ = try table([("GET", "/v1/users/{id}"), ("DELETE", "/v1/users/{id}"), ("GET", "/v1/users/{id}:watch")])
  }

  @Test("Every annotated method of the repository's protos makes a route, without conflicts")
  func repositoryAnnotations() throws {
    let rest = try RESTProtocol()
    let bindings = rest.routes.routes.map { "\($0.method) \($0.template)" }
    #expect(bindings.contains("GET /v1/users/{user_id}/orders/{order_id}"))
    #expect(bindings.contains("GET /v1/orders/{order_id}"))
    #expect(bindings.contains("POST /v1/conversations/{conversation_id}/messages"))
    #expect(bindings.contains("POST /v1/search"))
    guard case .found(let route, let values) = rest.routes.lookup(method: "POST", path: "/v1/users/u7/orders/o3:cancel") else {
      Issue.record("no route for the cancel verb")
      return
    }
    #expect(route.value.method.path == "/mesh.order.v1.OrderService/CancelOrder")
    #expect(values.map(\.value) == ["u7", "o3"])
  }
}
