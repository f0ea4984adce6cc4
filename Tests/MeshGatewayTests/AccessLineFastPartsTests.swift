@testable import MeshGateway
import MeshCore
import MeshLogging
import MeshProtobuf
import Testing

/// The access line's parts written from prepared bytes (gwperf32) write what the field-by-field code writes:
/// the status texts, the eight-at-a-time hex check of a trace id, the time from the second's kept bytes, the
/// milliseconds of a duration that fits 64 bits, and the fixed protocol text of a relayed call.
struct AccessLineFastPartsTests {
  private static func written(_ body: (inout AccessLineWriter) -> Void) -> String {
    var bytes: [UInt8] = []
    bytes.appendWritten(maxBytes: 512, body)
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(arguments: 0...16)
  func aStatusTextIsItsNumberAndName(raw: Int) throws {
    let code = Status.Code(rawValue: raw)
    let text = try #require(StatusText.of(code))
    #expect(String(decoding: text, as: UTF8.self) == ",\"grpc_status\":\(raw),\"status\":\"\(code.description)\"")
  }

  @Test(arguments: [-1, 17, 42, Int.max])
  func aCodePastGRPCsHasNoText(raw: Int) {
    #expect(StatusText.of(Status.Code(rawValue: raw)) == nil)
  }

  @Test func theWordHexCheckIsTheByteWiseOne() {
    func isLowerHex(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
    // Every byte value at every place of a word of otherwise valid digits.
    for place in 0..<8 {
      for value in 0...255 {
        var bytes = Array("0123abcf".utf8)
        bytes[place] = UInt8(value)
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(ByteWords.allLowerHex(word) == isLowerHex(UInt8(value)), "byte \(value) at \(place)")
      }
    }
    // Not all zeros: one nonzero digit anywhere is enough.
    let zeros = Array(repeating: UInt8(ascii: "0"), count: 40)
    #expect(!zeros.withUnsafeBytes { ByteWords.lowerHexNotZero($0, at: 3, count: 32) })
    for place in 3..<35 {
      var bytes = zeros
      bytes[place] = UInt8(ascii: "a")
      #expect(bytes.withUnsafeBytes { ByteWords.lowerHexNotZero($0, at: 3, count: 32) })
    }
  }

  @Test(arguments: [(0, 0), (1_764_720_000, 5), (1_764_720_000, 999), (1_764_720_001, 42), (1_764_719_999, 100),
                    (253_402_300_800, 7)])  // the year 10000: a second's text longer than 20 bytes
  func theTimeFromKeptBytesIsTheText(seconds: Int, milliseconds: Int) {
    let time = LogTimestamp(seconds: seconds, milliseconds: milliseconds)
    // Twice: the first one formats the second, the second one copies the kept bytes.
    #expect(Self.written { AccessLogTime.write(time, into: &$0) } == time.iso8601)
    #expect(Self.written { AccessLogTime.write(time, into: &$0) } == time.iso8601)
  }

  @Test(arguments: [Duration.zero, .nanoseconds(999), .microseconds(1_234), .seconds(9), .nanoseconds(9_223_372_036),
                    .nanoseconds(9_223_372_037), .seconds(10), .seconds(-3) + .microseconds(5), .microseconds(-500),
                    .seconds(400 * 86_400) + .nanoseconds(123_456_789),
                    // Whole parts of one to six digits (written in pairs and a single digit), and below a millisecond.
                    .microseconds(5), .microseconds(-5), .microseconds(12_345), .microseconds(99_999),
                    .microseconds(100_000), .microseconds(-123_456)])
  func millisecondsFrom64BitsAreThe128BitOnes(duration: Duration) {
    // The reference: the 128-bit count divided as it is.
    let micros = Int64(clamping: duration.attoseconds / 1_000_000_000_000)
    let whole = micros / 1000, fraction = abs(micros % 1000)
    let sign = micros < 0 && whole == 0 ? "-" : ""
    let digits = String(fraction)
    let expected = sign + String(whole) + "." + String(repeating: "0", count: 3 - digits.count) + digits
    #expect(Self.written { $0.addMilliseconds(duration) } == expected)
  }

  /// A line whose protocol or HTTP status is not a relayed call's writes them field by field.
  @Test(arguments: [("grpc", 200), ("grpc-web", 200), ("grpc", 415), ("connect", 404)])
  func theProtocolPartIsTheFieldsWhateverTheyAre(protocolName: String, httpStatus: Int) {
    var fields = AccessLogEntry.Fields(requestID: nil, traceParent: nil, path: "/a.B/C", protocolName: protocolName,
                                       peer: "127.0.0.1:1")
    fields.httpStatus = httpStatus
    fields.grpcStatus = .notFound
    let line = AccessLog.line(for: fields, duration: .zero, at: "2026-12-05T12:00:00.000Z")
    #expect(line.contains(",\"protocol\":\"\(protocolName)\",\"http_status\":\(httpStatus),\"grpc_status\":5,\"status\":\"NOT_FOUND\","))
  }
}
