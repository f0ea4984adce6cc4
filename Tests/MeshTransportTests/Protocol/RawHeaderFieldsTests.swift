import Testing
@testable import MeshTransport

/// The byte form a relay passes response fields on in: what goes in comes out in order, the numbers it
/// reads, and which fields cross a proxy.
@Suite struct RawHeaderFieldsTests {
  @Test func fieldsComeOutAsTheyWentIn() {
    let given = [(":status", "200"), ("content-type", "application/grpc"), ("x-empty", ""),
                 ("x-long", String(repeating: "v", count: 70_000)), ("grpc-status", "0")]
    let fields = RawHeaderFields(given)
    #expect(fields.count == given.count)
    #expect(fields.textFields.map { $0.0 } == given.map { $0.0 })
    #expect(fields.textFields.map { $0.1 } == given.map { $0.1 })
  }

  @Test func appendedBytesAndEmptiedBlock() {
    var fields = RawHeaderFields()
    let name: [UInt8] = Array("grpc-status".utf8), value: [UInt8] = Array("14".utf8)
    name.withUnsafeBytes { n in value.withUnsafeBytes { v in fields.append(name: n, value: v) } }
    #expect(fields.integer(named: "grpc-status") == 14)
    fields.removeAll()
    #expect(fields.count == 0)
    #expect(fields.textFields.isEmpty)
    #expect(fields.integer(named: "grpc-status") == nil)
  }

  @Test func visitingStopsWhenTold() {
    let fields = RawHeaderFields([("a", "1"), ("b", "2"), ("c", "3")])
    var seen: [String] = []
    fields.forEach { name, _ in
      seen.append(String(decoding: name, as: UTF8.self))
      return seen.count < 2
    }
    #expect(seen == ["a", "b"])
  }

  @Test(arguments: [
    ([(":status", "200")], 200), ([("grpc-status", "0"), (":status", "503")], 503),
    ([(":status", "204"), (":status", "500")], 204), ([(":status", "999999999")], 999_999_999),
  ] as [([(String, String)], Int)])
  func readsTheFirstNumber(fields: [(String, String)], expected: Int) {
    #expect(RawHeaderFields(fields).integer(named: ":status") == expected)
  }

  @Test(arguments: ["", "20x", "-1", "+0", " 0", "1234567890", "٣"])
  func refusesWhatIsNotANumber(value: String) {
    #expect(RawHeaderFields([(":status", value)]).integer(named: ":status") == nil)
  }

  @Test func missingFieldIsNil() {
    #expect(RawHeaderFields([(":statuses", "200"), (":statu", "200")]).integer(named: ":status") == nil)
  }

  @Test(arguments: [
    (":status", false), (":path", false), ("content-type", false), ("content-length", false), ("connection", false),
    ("keep-alive", false), ("proxy-connection", false), ("transfer-encoding", false), ("upgrade", false),
    ("te", false), ("host", false), ("", false),
    ("grpc-status", true), ("grpc-message", true), ("x-trace-bin", true), ("tee", true), ("content-types", true),
    ("grpc-encoding", true),
    // The same lengths as dropped names, one byte apart: the length alone decides nothing.
    ("tf", true), ("hast", true), ("upgradf", true), ("connectiom", true), ("keep-alivf", true), ("x-forwards", true),
    ("content-typf", true), ("content-lengtx", true), ("proxy-connectiom", true), ("transfer-encodinx", true),
  ])
  func crossesProxy(name: String, crosses: Bool) {
    let bytes = Array(name.utf8)
    #expect(bytes.withUnsafeBytes { RawHeaderFields.crossesProxy($0) } == crosses)
  }
}
