import MeshCore
@testable import MeshTransport
import Testing

/// SETTINGS and the connection window: values HTTP/2 cannot carry are refused with a clear error.
@Suite("HTTP/2 settings: checked, with a clear error")
struct HTTP2SettingsTests {
  @Test("nghttp2's refusal of a SETTINGS value or a window is an error naming it")
  func sessionRefusals() throws {
    // The base delegate ignores every event: only the submissions are under test.
    let delegate = HTTP2SessionDelegate()
    let session = HTTP2Session(isServer: true, delegate: delegate)
    let initialWindow = Int32(4) // SETTINGS_INITIAL_WINDOW_SIZE
    try session.submitSettings([(initialWindow, 1 << 20)])
    let error = #expect(throws: HTTP2Session.Failure.self) {
      try session.submitSettings([(initialWindow, UInt32(1) << 31)])
    }
    #expect(error?.description.contains("SETTINGS_INITIAL_WINDOW_SIZE=2147483648") == true)
    #expect(error?.description.contains("refused by nghttp2") == true)
    try session.setConnectionWindow(8 << 20)
    let windowError = #expect(throws: HTTP2Session.Failure.self) { try session.setConnectionWindow(-1) }
    #expect(windowError?.description.contains("connection window of -1 bytes") == true)
    withExtendedLifetime(delegate) {}
  }

  @Test("Limits outside HTTP/2's ranges are refused by name; the defaults pass")
  func limits() throws {
    try ServerLimits().validate()
    var limits = ServerLimits()
    limits.initialStreamWindow = 1 << 31
    let error = #expect(throws: ServerLimits.InvalidLimit.self) { try limits.validate() }
    #expect(error?.name == "initialStreamWindow")
    #expect(error?.description.contains("2147483648") == true)
    limits = ServerLimits()
    limits.connectionWindow = -1
    #expect(throws: ServerLimits.InvalidLimit.self) { try limits.validate() }
    limits = ServerLimits()
    limits.maxConcurrentStreams = -5
    #expect(throws: ServerLimits.InvalidLimit.self) { try limits.validate() }
  }

  @Test("A server with a limit HTTP/2 cannot carry does not start")
  func serverRefusesToStart() throws {
    var limits = ServerLimits()
    limits.connectionWindow = Int(Int32.max) + 1
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let server = GRPCServer(services: [], configuration: .init(host: "127.0.0.1", port: 0, limits: limits), group: group)
    let error = #expect(throws: ServerLimits.InvalidLimit.self) { try server.start() }
    #expect(error?.name == "connectionWindow")
  }
}
