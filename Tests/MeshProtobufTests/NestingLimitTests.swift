import MeshCore
import MeshProtobuf
import MeshProtos
import Testing

/// Messages nested deeper than protobuf's usual limit are refused before protobuf-c recurses into them,
/// so hostile bytes cannot exhaust the stack.
@Suite struct NestingLimitTests {
  /// `Tree.only_child` nested `depth` times (field 2, length-delimited): the headers are computed from
  /// the inside out, then written outermost first.
  static func nestedTrees(depth: Int) -> [UInt8] {
    var headers: [[UInt8]] = []
    var length = 0
    for _ in 0..<depth {
      var header: [UInt8] = [0x12]
      var rest = length
      repeat {
        header.append(UInt8(rest & 0x7F) | (rest > 0x7F ? 0x80 : 0))
        rest >>= 7
      } while rest > 0
      headers.append(header)
      length += header.count
    }
    return Array(headers.reversed().joined())
  }

  @Test func nestingWithinTheLimitDecodes() throws {
    var tree = try Mesh_Testing_V1_Tree(wireBytes: Self.nestedTrees(depth: 90))
    var depth = 0
    while case .onlyChild(let child)? = tree.shape {
      depth += 1
      tree = child
    }
    #expect(depth == 90)
  }

  @Test(arguments: [101, 200_000])
  func nestingBeyondTheLimitIsATypedError(depth: Int) {
    let error = #expect(throws: RPCError.self) { try Mesh_Testing_V1_Tree(wireBytes: Self.nestedTrees(depth: depth)) }
    #expect(error?.code == .internal)
  }
}
