import MeshProtobuf
import MeshProtos
import Testing

@Suite("idempotency_level read from file descriptors")
struct IdempotencyLevelTests {
  @Test("A method's option 34 in a FileDescriptorProto gives its level by path")
  func handBuiltDescriptor() {
    // package "p"; service S { rpc M (…) { option idempotency_level = NO_SIDE_EFFECTS; } rpc N (…) {} }
    let options: [UInt8] = [0x90, 0x02, 0x01]
    let marked: [UInt8] = [0x0A, 0x01, UInt8(ascii: "M"), 0x22, UInt8(options.count)] + options
    let plain: [UInt8] = [0x0A, 0x01, UInt8(ascii: "N")]
    let service: [UInt8] = [0x0A, 0x01, UInt8(ascii: "S"), 0x12, UInt8(marked.count)] + marked + [0x12, UInt8(plain.count)] + plain
    let file: [UInt8] = [0x12, 0x01, UInt8(ascii: "p"), 0x32, UInt8(service.count)] + service
    let info = ProtoFileInfo(name: "p.proto", dependencies: [], symbols: [], serializedDescriptor: file)
    #expect(info.idempotencyLevels == ["/p.S/M": .noSideEffects])
  }

  @Test("The compiled protos parse without error; unmarked methods are absent")
  func registry() {
    for file in ProtoRegistry.files {
      for path in file.idempotencyLevels.keys { #expect(ProtoRegistry.methods[path] != nil, "\(path)") }
    }
    let truncated = ProtoFileInfo(name: "t", dependencies: [], symbols: [], serializedDescriptor: [0x32, 0x7F, 0x0A])
    #expect(truncated.idempotencyLevels.isEmpty)
  }
}
