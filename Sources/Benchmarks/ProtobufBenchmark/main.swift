// The cost of decoding and encoding typical messages through the protobuf-c bridge, per message, in this
// thread's CPU time (a busy machine does not inflate it). Figures are printed, not asserted.
// Run in release: swift run -c release ProtobufBenchmark
// One case one way under callgrind (instructions per message = the difference of two counts divided by N;
// valgrind 3.19 cannot read Swift's DWARF 5, so run a copy made by `objcopy --strip-debug`):
//   valgrind --tool=callgrind ProtobufBenchmark CASE 0 decode
//   valgrind --tool=callgrind ProtobufBenchmark CASE N decode
import Foundation
import Glibc
import MeshProtobuf
import MeshProtos

/// This thread's CPU time in nanoseconds.
func threadCPUNanoseconds() -> UInt64 {
  var spec = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
  return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// A chat turn as the assistant's clients send it: ids, a sentence, a locale (no 0x00 byte anywhere).
func sendMessageRequest() -> Mesh_Chat_V1_SendMessageRequest {
  var request = Mesh_Chat_V1_SendMessageRequest()
  request.conversationID = "c0f5e6a2-4b1d-4e8a-9d3f-2a7b8c9d0e1f"
  request.userID = "u-48213"
  request.text = "Do you have the blue trail running shoes in size 42, and can they arrive before Friday?"
  request.locale = "en-GB"
  request.clientMessageID = "m-1733456789-17"
  return request
}

/// A reply as the assistant sends it: a timestamp, annotations (a map), quick replies (repeated strings).
func chatMessage() -> Mesh_Chat_V1_ChatMessage {
  var message = Mesh_Chat_V1_ChatMessage()
  message.messageID = "m-1733456790-18"
  message.conversationID = "c0f5e6a2-4b1d-4e8a-9d3f-2a7b8c9d0e1f"
  message.text = "Yes: the Trailblazer 3 in blue comes in size 42. Ordered today, it arrives on Thursday."
  var sentAt = Google_Protobuf_Timestamp()
  sentAt.seconds = 1_733_456_790
  sentAt.nanos = 123_456_789
  message.sentAt = sentAt
  message.annotations = ["intent": "product_availability", "confidence": "0.93"]
  var replies = Mesh_Chat_V1_QuickReplies()
  replies.options = ["Order it", "Other colours", "Delivery options"]
  message.rich = .quickReplies(replies)
  return message
}

/// The interop request with a body of `size` bytes of `fill`.
func simpleRequest(payload size: Int, fill: UInt8) -> Grpc_Testing_SimpleRequest {
  var request = Grpc_Testing_SimpleRequest()
  request.responseSize = 1024
  if size > 0 {
    request.payload = Grpc_Testing_Payload()
    request.payload?.body = [UInt8](repeating: fill, count: size)
  }
  request.responseStatus = Grpc_Testing_EchoStatus()
  request.responseStatus?.message = "status message"
  return request
}

/// Every field kind at once, zeros in many of them (the bridge's round-trip message).
func allTypes() -> Mesh_Testing_V1_AllTypes {
  var message = Mesh_Testing_V1_AllTypes()
  message.fDouble = 1.5
  message.fInt64 = -1
  message.fFixed32 = 7
  message.fString = "grüße, 世界"
  message.fBytes = [0, 1, 2, 255, 0]
  var nested = Mesh_Testing_V1_AllTypes.Nested()
  nested.a = 1
  nested.label = "root"
  message.fNested = nested
  message.rString = ["a", "b", "c"]
  message.rInt32 = [0, 1, 2, 300]
  message.mStringInt32 = ["one": 1, "two": 2]
  message.mInt64String = [1: "x", 2: "y"]
  message.oInt32 = 0
  message.choice = .cString("choice")
  return message
}

/// One case: a name, its decode and its encode, each run `count` times.
struct Case {
  let name: String
  let bytes: Int
  let decode: (Int) -> Void
  let encode: (Int) -> Void

  init<Message: ProtobufMessage>(_ name: String, _ message: Message) {
    let wire = (try? message.wireBytes()) ?? []
    self.name = name
    bytes = wire.count
    decode = { count in
      for _ in 0..<count {
        guard let decoded = try? Message(wireBytes: wire), decoded == message else { fatalError("\(name) did not round-trip") }
      }
    }
    encode = { count in
      var buffer: [UInt8] = []
      for _ in 0..<count {
        buffer.removeAll(keepingCapacity: true)
        guard (try? message.appendWireBytes(to: &buffer)) != nil, buffer.count == wire.count else {
          fatalError("\(name) did not encode")
        }
      }
    }
  }
}

let cases = [
  Case("chat.SendMessageRequest", sendMessageRequest()),
  Case("chat.ChatMessage", chatMessage()),
  Case("SimpleRequest.0B", simpleRequest(payload: 0, fill: 7)),
  Case("SimpleRequest.1KiB-sevens", simpleRequest(payload: 1024, fill: 7)),
  Case("SimpleRequest.64KiB-zeros", simpleRequest(payload: 65_536, fill: 0)),
  Case("AllTypes", allTypes()),
]

let arguments = CommandLine.arguments.dropFirst()
if let name = arguments.first {
  // One case, `count` times one way: what callgrind runs.
  let way = arguments.dropFirst(2).first
  guard let chosen = cases.first(where: { $0.name == name }), let count = arguments.dropFirst().first.flatMap({ Int($0) }),
        way == "decode" || way == "encode"
  else {
    print("usage: ProtobufBenchmark [CASE COUNT decode|encode]; cases: \(cases.map(\.name).joined(separator: " "))")
    exit(2)
  }
  if way == "decode" { chosen.decode(count) } else { chosen.encode(count) }
  exit(0)
}

for item in cases {
  let count = max(2_000, 20_000_000 / max(item.bytes, 64) / 100)
  item.decode(count / 10)
  item.encode(count / 10)
  var start = threadCPUNanoseconds()
  item.decode(count)
  let decode = Double(threadCPUNanoseconds() - start) / Double(count)
  start = threadCPUNanoseconds()
  item.encode(count)
  let encode = Double(threadCPUNanoseconds() - start) / Double(count)
  print(item.name.padding(toLength: 28, withPad: " ", startingAt: 0)
    + String(format: "%7d B  decode %9.1f ns  encode %9.1f ns  (%d each)", item.bytes, decode, encode, count))
}
