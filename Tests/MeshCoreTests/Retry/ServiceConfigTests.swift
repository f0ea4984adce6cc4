import MeshCore
import Testing

@Suite("Service config: gRPC's JSON form and method lookup")
struct ServiceConfigTests {
  private let json = """
    {
      "loadBalancingConfig": [{"round_robin": {}}],
      "methodConfig": [
        {"name": [{"service": "mesh.test.Flaky", "method": "Unary"}],
         "retryPolicy": {"maxAttempts": 4, "initialBackoff": ".1s", "maxBackoff": "1.5s", "backoffMultiplier": 2,
                         "retryableStatusCodes": ["UNAVAILABLE", "resource_exhausted", 10]},
         "timeout": "2s", "waitForReady": true},
        {"name": [{"service": "mesh.test.Flaky"}],
         "hedgingPolicy": {"maxAttempts": 3, "hedgingDelay": "0.05s", "nonFatalStatusCodes": ["UNAVAILABLE"]}},
        {"name": [{}], "timeout": "30s", "maxResponseMessageBytes": 1024}
      ],
      "retryThrottling": {"maxTokens": 10, "tokenRatio": 0.1}
    }
    """

  @Test func parsesPoliciesThrottlingAndLimits() throws {
    let config = try ServiceConfig(json: json)
    #expect(config.methodConfig.count == 3)
    let retry = try RetryPolicy(maxAttempts: 4, initialBackoff: .milliseconds(100), maxBackoff: .milliseconds(1500),
                                backoffMultiplier: 2, retryableStatusCodes: [.unavailable, .resourceExhausted, .aborted])
    #expect(config.methodConfig[0].executionPolicy == .retry(retry))
    #expect(config.methodConfig[0].timeout == .seconds(2))
    #expect(config.methodConfig[0].waitForReady == true)
    let hedge = try HedgingPolicy(maxAttempts: 3, hedgingDelay: .milliseconds(50), nonFatalStatusCodes: [.unavailable])
    #expect(config.methodConfig[1].executionPolicy == .hedge(hedge))
    #expect(config.retryThrottling == (try ServiceConfig.RetryThrottling(maxTokens: 10, tokenRatio: 0.1)))
  }

  @Test func lookupPrefersTheMethodThenTheServiceThenTheDefault() throws {
    let config = try ServiceConfig(json: json)
    #expect(config.methodConfig(for: MethodDescriptor(service: "mesh.test.Flaky", method: "Unary"))?.timeout == .seconds(2))
    #expect(config.methodConfig(for: MethodDescriptor(service: "mesh.test.Flaky", method: "Hang"))?.names == [.init(service: "mesh.test.Flaky")])
    let other = config.methodConfig(for: MethodDescriptor(service: "mesh.other.Service", method: "Get"))
    #expect(other?.timeout == .seconds(30))
    var options = CallOptions(timeout: .seconds(1))
    options = other?.applied(to: options) ?? options
    #expect(options.timeout == .seconds(1))  // the call's own deadline wins
    #expect(options.maxResponseMessageBytes == 1024)  // the smaller limit wins
  }

  @Test(arguments: [
    #"{"methodConfig": [{"name": [{"service": "a"}], "retryPolicy": {"maxAttempts": 1, "initialBackoff": "1s", "maxBackoff": "1s", "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"]}}]}"#,
    #"{"methodConfig": [{"name": [{"service": "a"}], "retryPolicy": {"maxAttempts": 3, "initialBackoff": "1", "maxBackoff": "1s", "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"]}}]}"#,
    #"{"methodConfig": [{"name": [{"service": "a"}], "retryPolicy": {"maxAttempts": 3, "initialBackoff": "1s", "maxBackoff": "1s", "backoffMultiplier": 2, "retryableStatusCodes": ["NOT_A_CODE"]}}]}"#,
    #"{"methodConfig": [{"name": [{"service": "a"}], "retryPolicy": {"maxAttempts": 3, "initialBackoff": "1s", "maxBackoff": "1s", "backoffMultiplier": 2}}]}"#,
    #"{"methodConfig": [{"name": [{"service": "a"}], "retryPolicy": {"maxAttempts": 3, "initialBackoff": "1s", "maxBackoff": "1s", "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"]}, "hedgingPolicy": {"maxAttempts": 2}}]}"#,
    #"{"methodConfig": [{"name": [{"method": "Get"}]}]}"#,
    #"{"methodConfig": [{"name": [{"service": "a"}]}, {"name": [{"service": "a"}]}]}"#,
    #"{"retryThrottling": {"maxTokens": 0, "tokenRatio": 0.1}}"#,
    #"{"methodConfig": [{"name": [{"service": "a"}], "timeout": "-1s"}]}"#,
    #"{"methodConfig": "#,
  ])
  func invalidConfigsAreRefusedWithAClearError(text: String) {
    let error = #expect(throws: RPCError.self) { try ServiceConfig(json: text) }
    #expect(error?.code == .invalidArgument)
  }
}
