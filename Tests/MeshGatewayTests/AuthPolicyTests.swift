import MeshGateway
import Testing

/// The requirement of a method path: the longest rule prefix that the path's bytes begin with, else the fallback.
@Suite struct AuthPolicyTests {
  private static let policy = AuthPolicy(rules: [
    AuthPolicy.Rule(prefix: "/mesh.orders.v1.OrderService/", requirement: .scope("orders")),
    AuthPolicy.Rule(prefix: "/mesh.orders.v1.OrderService/Get", requirement: .user),
    AuthPolicy.Rule(prefix: "/grpc.health.v1.Health/", requirement: .open),
    AuthPolicy.Rule(prefix: "/caf\u{E9}/", requirement: .scope("caf\u{E9}")),
  ], fallback: .user)

  @Test(arguments: [
    ("/mesh.orders.v1.OrderService/Cancel", AuthRequirement.scope("orders")),
    ("/mesh.orders.v1.OrderService/GetMany", .user),  // the longer prefix wins, in whatever order rules came
    ("/mesh.orders.v1.OrderService/", .scope("orders")),
    ("/mesh.orders.v1.OrderService", .user),  // shorter than the prefix: the fallback
    ("/MESH.orders.v1.OrderService/Cancel", .user),  // bytes compared exactly: paths are case-sensitive
    ("/grpc.health.v1.Health/Check", .open),
    ("", .user),
    ("/caf\u{E9}/x", .scope("caf\u{E9}")),
  ])
  func longestMatchingPrefixOrFallback(path: String, expected: AuthRequirement) {
    #expect(Self.policy.requirement(for: path) == expected)
  }

  /// A path is matched on its bytes, as routes and HTTP routers match it: a combining mark right after a rule's
  /// prefix does not take the path out of the rule (compared as characters it did, and the path fell back to a
  /// laxer requirement), and a decomposed spelling of a rule's non-ASCII prefix is a different path.
  @Test func pathsAreMatchedAsBytesNotCharacters() {
    let scoped = AuthPolicy(rules: [AuthPolicy.Rule(prefix: "/admin/", requirement: .scope("admin"))], fallback: .open)
    #expect(scoped.requirement(for: "/admin/\u{301}Delete") == .scope("admin"))
    #expect(scoped.requirement(for: "/admin\u{301}/Delete") == .open)
    #expect(Self.policy.requirement(for: "/cafe\u{301}/x") == .user, "not the bytes of the rule's precomposed é")
  }

  @Test func anEmptyPrefixCoversEveryPath() {
    let policy = AuthPolicy(rules: [AuthPolicy.Rule(prefix: "", requirement: .user)], fallback: .open)
    #expect(policy.requirement(for: "/any.Service/Method") == .user)
    #expect(policy.requirement(for: "") == .user)
    #expect(AuthPolicy(rules: [], fallback: .scope("s")).requirement(for: "/a") == .scope("s"))
  }
}
