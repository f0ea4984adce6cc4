import Foundation
import Logging
import MeshLogging
import Testing

@Suite("JSON-lines logging")
struct JSONLinesLogHandlerTests {
  func logger(_ sink: MemoryLogSink, level: Logger.Level = .info) -> Logger {
    Logger(label: "mesh.chat") { label in
      JSONLinesLogHandler(label: label, service: "chat", level: level, sink: sink,
                          clock: { LogTimestamp(seconds: 1_796_000_000, milliseconds: 7) })
    }
  }

  func object(_ line: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  @Test("a line carries time, level, service, request id, trace id, message and metadata")
  func fields() throws {
    let sink = MemoryLogSink()
    var log = logger(sink)
    log[metadataKey: "request_id"] = "req-42"
    log.info("order placed", metadata: ["trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "items": .array(["a", "b"]),
                                        "attempt": .stringConvertible(2)])
    let line = try #require(sink.lines.first)
    #expect(!line.contains("\n"))
    let json = try object(line)
    #expect(json["time"] as? String == "2026-11-30T00:53:20.007Z")
    #expect(json["level"] as? String == "info")
    #expect(json["service"] as? String == "chat")
    #expect(json["request_id"] as? String == "req-42")
    #expect(json["trace_id"] as? String == "4bf92f3577b34da6a3ce929d0e0e4736")
    #expect(json["message"] as? String == "order placed")
    #expect(json["items"] as? [String] == ["a", "b"])
    #expect(json["attempt"] as? Int == 2)
    #expect(line.hasPrefix(#"{"time":"#))
  }

  @Test("personal data is redacted from the message and metadata before the line is written")
  func redaction() throws {
    let sink = MemoryLogSink()
    let log = logger(sink)
    log.warning("customer jane.doe@example.com called from +44 20 7946 0958",
                metadata: ["note": "card 4111 1111 1111 1111", "nested": ["email": "bob@example.org"]])
    let line = try #require(sink.lines.first)
    for secret in ["jane.doe@example.com", "7946 0958", "4111 1111 1111 1111", "bob@example.org"] {
      #expect(!line.contains(secret), "\(line)")
    }
    #expect(try object(line)["level"] as? String == "warning")
  }

  @Test("numbers are JSON numbers, not redacted (a long duration is no phone number); numeric text still is")
  func numbers() throws {
    let sink = MemoryLogSink()
    let log = logger(sink)
    log.info("call ended", metadata: ["duration_ms": .stringConvertible(152850.123), "count": .stringConvertible(447_911_123_456),
                                      "ratio": .stringConvertible(Double.nan), "phone": "+44 20 7946 0958"])
    let line = try #require(sink.lines.first)
    let json = try object(line)
    #expect(json["duration_ms"] as? Double == 152850.123, "\(line)")
    #expect(json["count"] as? Int == 447_911_123_456, "\(line)")
    #expect(json["ratio"] as? String == "nan", "\(line)")  // not a JSON number: written as text
    #expect(!line.contains("7946 0958"), "\(line)")
  }

  @Test("below the level nothing is written; hostile text stays one valid JSON line")
  func levelsAndEscaping() throws {
    let sink = MemoryLogSink()
    let log = logger(sink, level: .notice)
    log.info("hidden")
    log.error("line one\nline two \"quoted\" \u{0} \u{2028} back\\slash")
    #expect(sink.lines.count == 1)
    let line = try #require(sink.lines.first)
    #expect(!line.contains("\n"))
    #expect(try object(line)["message"] as? String == "line one\nline two \"quoted\" \u{0} \u{2028} back\\slash")
  }
}
