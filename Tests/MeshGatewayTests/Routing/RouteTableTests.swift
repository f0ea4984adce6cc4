import MeshCore
@testable import MeshGateway
import Testing

/// Route matching alone: by service and method, path prefix, host and header; first match wins.
@Suite("Route matching")
struct RouteTableTests {
  static let echo = MethodDescriptor(service: "grpc.testing.TestService", method: "UnaryCall")
  static let chat = MethodDescriptor(service: "mesh.chat.v1.Chat", method: "Send")

  static let table = RouteTable([
    GatewayRoute(name: "canary", match: RouteMatch(service: "mesh.chat.v1.Chat",
                                                   headers: [HeaderMatch(name: "X-Canary", value: "1")]),
                 cluster: "chat-canary"),
    GatewayRoute(name: "chat-send", match: RouteMatch(service: "mesh.chat.v1.Chat", method: "Send"), cluster: "chat"),
    GatewayRoute(name: "admin-host", match: RouteMatch(authority: "*.admin.example"), cluster: "admin"),
    GatewayRoute(name: "api-host", match: RouteMatch(pathPrefix: "/grpc.testing.", authority: "api.example"),
                 cluster: "api"),
    GatewayRoute(name: "testing", match: RouteMatch(pathPrefix: "/grpc.testing."), cluster: "interop"),
  ])

  @Test("Service and method, header, host and prefix pick their route; the first that holds wins")
  func picksFirstMatch() {
    let table = Self.table
    #expect(table.route(for: Self.chat, authority: nil, metadata: [])?.name == "chat-send")
    #expect(table.route(for: Self.chat, authority: nil, metadata: [("x-canary", "1")])?.name == "canary")
    #expect(table.route(for: Self.chat, authority: nil, metadata: [("x-canary", "2")])?.name == "chat-send")
    #expect(table.route(for: Self.echo, authority: "API.example:8443", metadata: [])?.name == "api-host")
    #expect(table.route(for: Self.echo, authority: "ops.admin.example", metadata: [])?.name == "admin-host")
    #expect(table.route(for: Self.echo, authority: "other.example", metadata: [])?.name == "testing")
    #expect(table.route(for: Self.echo, authority: nil, metadata: [])?.name == "testing")
  }

  @Test("The relay's entry of a call is the route the table picks, at its place, one object per route")
  func entriesAreTheRoutesByReference() throws {
    let table = Self.table
    for (authority, metadata) in [(String?.none, Metadata()), ("API.example:8443", []), (nil, [("x-canary", "1")])] {
      let entry = try #require(table.entry(for: Self.echo, authority: authority, metadata: metadata))
      #expect(entry.route == table.route(for: Self.echo, authority: authority, metadata: metadata))
      #expect(table.routes[entry.index] == entry.route)
      #expect(table.entry(for: Self.echo, authority: authority, metadata: metadata) === entry)
    }
    let canary = try #require(table.entry(for: Self.chat, authority: nil, metadata: [("x-canary", "1")]))
    #expect(canary.index == 0 && canary !== table.entry(for: Self.chat, authority: nil, metadata: []))
    #expect(table.entry(for: MethodDescriptor(service: "other.Service", method: "M"), authority: nil, metadata: []) == nil)
  }

  @Test("A table says whether any of its routes matches on metadata (the relay matches again only then)")
  func knowsWhetherMetadataMatters() {
    #expect(Self.table.matchesOnMetadata)
    #expect(!RouteTable(Array(Self.table.routes.dropFirst())).matchesOnMetadata)
    #expect(!RouteTable([]).matchesOnMetadata)
  }

  @Test("Nothing matches: no route")
  func noMatch() {
    let other = MethodDescriptor(service: "mesh.orders.v1.Orders", method: "Get")
    #expect(Self.table.route(for: other, authority: "api.example", metadata: []) == nil)
    #expect(Self.table.route(for: MethodDescriptor(service: "mesh.chat.v1.Chat", method: "List"), authority: nil,
                             metadata: []) == nil)
  }

  @Test("Host patterns: the port is ignored unless given, a wildcard needs a subdomain", arguments: [
    ("api.example:443", "api.example", true),
    ("api.example", "api.example:443", false),
    ("api.example:443", "api.example:443", true),
    ("admin.example", "*.admin.example", false),
    ("a.b.admin.example", "*.admin.example", true),
    ("[::1]:8080", "[::1]", true),
  ])
  func hostPatterns(authority: String, pattern: String, expected: Bool) {
    let match = RouteMatch(authority: pattern)
    #expect(match.matches(method: Self.echo, authority: authority, metadata: []) == expected)
  }

  @Test("A header condition with no value asks for presence only")
  func headerPresence() {
    let match = RouteMatch(headers: [HeaderMatch(name: "x-tenant")])
    #expect(match.matches(method: Self.echo, authority: nil, metadata: [("x-tenant", "anything")]))
    #expect(!match.matches(method: Self.echo, authority: nil, metadata: [("x-other", "1")]))
  }
}
