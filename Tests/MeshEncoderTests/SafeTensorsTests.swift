import Foundation
@testable import MeshEncoder
import Testing

@Suite struct SafeTensorsTests {
  /// A file with the given header JSON and data bytes.
  func file(_ header: String, _ body: [UInt8]) -> Data {
    let h = Array(header.utf8)
    var data = Data()
    var length = UInt64(h.count).littleEndian
    withUnsafeBytes(of: &length) { data.append(contentsOf: $0) }
    data.append(contentsOf: h)
    data.append(contentsOf: body)
    return data
  }

  func bytes(_ floats: [Float]) -> [UInt8] {
    floats.flatMap { f -> [UInt8] in withUnsafeBytes(of: f.bitPattern.littleEndian) { Array($0) } }
  }

  @Test func readsF32AndF16() throws {
    // F16: 1.0 = 0x3C00, -2.0 = 0xC000, 65504 = 0x7BFF, smallest subnormal = 0x0001.
    let half: [UInt8] = [0x00, 0x3C, 0x00, 0xC0, 0xFF, 0x7B, 0x01, 0x00]
    let header = #"{"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},"#
      + #""b":{"dtype":"F16","shape":[4],"data_offsets":[16,24]}}"#
    let t = try SafeTensors(data: file(header, bytes([1, 2.5, -3, 0.125]) + half))
    #expect(try t.floats("a", shape: [2, 2]) == [1, 2.5, -3, 0.125])
    #expect(try t.floats("b") == [1, -2, 65504, 0x1p-24])
    #expect(t.metadata == ["format": "pt"])
    #expect(throws: SafeTensorsError.wrongShape("a", expected: [4], found: [2, 2])) { try t.floats("a", shape: [4]) }
    #expect(throws: SafeTensorsError.missingTensor("c")) { try t.floats("c") }
  }

  @Test func rejectsBadFiles() {
    let good = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#
    let cases: [(String, Data)] = [
      ("empty", Data()),
      ("short length", Data([1, 2, 3])),
      ("header past the end", file(good, []).prefix(20)),
      ("huge header length", Data([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0x7B])),
      ("not JSON", file("{not json", [])),
      ("JSON list", file("[1,2]", [])),
      ("data past the end", file(good, [0, 0, 0, 0])),
      ("offsets reversed", file(#"{"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}}"#, Array(repeating: 0, count: 8))),
      ("negative offset", file(#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}}"#, Array(repeating: 0, count: 8))),
      ("shape disagrees with bytes", file(#"{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#, Array(repeating: 0, count: 8))),
      ("negative dimension", file(#"{"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}"#, Array(repeating: 0, count: 8))),
      ("overflowing shape", file(#"{"a":{"dtype":"F32","shape":[4611686018427387904,4],"data_offsets":[0,8]}}"#, Array(repeating: 0, count: 8))),
      ("missing fields", file(#"{"a":{"dtype":"F32"}}"#, [])),
    ]
    for (name, data) in cases {
      #expect(throws: SafeTensorsError.self, "\(name)") { try SafeTensors(data: data) }
    }
    #expect(throws: SafeTensorsError.unreadable("/nonexistent/model.safetensors")) {
      try SafeTensors(contentsOf: "/nonexistent/model.safetensors")
    }
  }

  @Test func refusesOtherDtypesAsFloats() throws {
    let t = try SafeTensors(data: file(#"{"i":{"dtype":"I64","shape":[1],"data_offsets":[0,8]}}"#, Array(repeating: 0, count: 8)))
    #expect(throws: SafeTensorsError.unsupportedDtype("i", "I64")) { try t.floats("i") }
  }
}
