import ArgumentParser
import Foundation
import MeshConfig
import MeshCore
import MeshInterop
import MeshProtos
import MeshServiceKit
import MeshTransport

/// `mesh chat [--target HOST:PORT] [--user ID]`: talks to the assistant from a terminal. Each line read from
/// standard input is one message (StreamReply: the reply's text as it streams, then its quick replies,
/// product cards and order as text); works with standard input piped, one message per line. Without
/// `--target`, the chat service of the mesh file (replica 0).
struct ChatCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat",
    abstract: "Talk to the assistant from a terminal (one message per line on standard input).",
    discussion: "Type /quit (or end the input) to leave. The user id is passed as the gateway would (x-mesh-user-id).")

  @OptionGroup var meshFile: MeshFileOptions

  @Option(help: ArgumentHelp("The chat service (default: the mesh file's chat service).", valueName: "host:port"))
  var target: String?

  @Option(help: ArgumentHelp("Who you are: a user id of the marketplace (U00001, U00002, ...).", valueName: "id"))
  var user = "U00001"

  @Option(help: ArgumentHelp("Continue this conversation (default: a new one).", valueName: "id"))
  var conversation: String?

  @Option(help: ArgumentHelp("How long to wait for each reply, in seconds.", valueName: "seconds"))
  var timeout = 30

  func validate() throws {
    guard (1...600).contains(timeout) else { throw ValidationError("--timeout takes 1...600 seconds, not \(timeout)") }
    guard !user.isEmpty, user.utf8.count <= 200 else { throw ValidationError("--user takes 1 to 200 bytes") }
  }

  func run() async throws {
    let (host, port) = try address()
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdownAndWait() }
    let channel = try GRPCChannel(host: host, port: port, group: group)
    defer { channel.close() }
    let chat = Mesh_Chat_V1_ChatService.Client(wrapping: GRPCClient(transport: channel))
    let interactive = isatty(0) == 1
    var conversationID = conversation ?? ""
    if interactive { Console.out("mesh chat: talking to \(host):\(port) as \(user); /quit to leave") }
    var failures = 0
    while true {
      if interactive { FileHandle.standardOutput.write(Data("you> ".utf8)) }
      guard let line = readLine(strippingNewline: true) else { break }
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { continue }
      if text == "/quit" { break }
      if !interactive { Console.out("you> \(text)") }
      var request = Mesh_Chat_V1_SendMessageRequest()
      request.text = text
      request.conversationID = conversationID
      request.clientMessageID = UUID().uuidString.lowercased()
      do {
        let final = try await chat.streamReply(request, metadata: CallerIdentity.metadata(for: user),
                                               options: CallOptions(timeout: .seconds(Int64(timeout)))) { chunks in
          var final: Mesh_Chat_V1_ChatMessage?
          var streamed = false
          for try await chunk in chunks {
            switch chunk.chunk {
            case .textDelta(let delta)?:
              if !streamed { FileHandle.standardOutput.write(Data("assistant> ".utf8)) }
              streamed = true
              FileHandle.standardOutput.write(Data(delta.utf8))
            case .finalMessage(let message)?:
              final = message
            case nil:
              break
            }
          }
          if streamed { FileHandle.standardOutput.write(Data("\n".utf8)) } else if let final {
            Console.out("assistant> \(final.text)")
          }
          return final
        }
        if let final {
          if conversationID.isEmpty { conversationID = final.conversationID }
          for line in Self.extras(of: final) { Console.out(line) }
        }
      } catch let error as RPCError {
        failures += 1
        Console.error("mesh chat: \(error.code): \(error.message)")
      }
    }
    if !conversationID.isEmpty && interactive { Console.out("mesh chat: conversation \(conversationID)") }
    if failures > 0 { throw ExitCode.failure }
  }

  /// The rich part of a reply as text lines: quick replies, product cards, the order it is about.
  static func extras(of message: Mesh_Chat_V1_ChatMessage) -> [String] {
    switch message.rich {
    case .quickReplies(let replies)?:
      return replies.options.isEmpty ? [] : ["  quick replies: " + replies.options.map { "[\($0)]" }.joined(separator: " ")]
    case .carousel(let carousel)?:
      return carousel.listings.enumerated().map { index, listing in
        "  \(index + 1). \(listing.title) (\(listing.listingID))" + (listing.price.map { " \(money($0))" } ?? "")
          + (listing.rating > 0 ? String(format: ", rated %.1f", listing.rating) : "")
      }
    case .orderID(let id)?:
      return ["  order: \(id)"]
    case nil:
      return []
    }
  }

  /// `12.50 EUR`.
  static func money(_ money: Mesh_Common_V1_Money) -> String {
    let cents = (Int64(money.units) * 100) + Int64(money.nanos / 10_000_000)
    return String(format: "%lld.%02lld %@", cents / 100, abs(cents % 100), money.currencyCode)
  }

  /// The chat service's address: `--target`, else the mesh file's first chat replica.
  func address() throws -> (String, Int) {
    if let target {
      guard let colon = target.lastIndex(of: ":"), let port = Int(target[target.index(after: colon)...]), (1...65535).contains(port) else {
        throw ValidationError("--target takes host:port, not \(target)")
      }
      var host = String(target[..<colon])
      if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
      return (host, port)
    }
    guard let (mesh, _) = try meshFile.load(),
          let chat = mesh.allServices.first(where: { $0.resolvedRole == .chat }), chat.listen.port != 0 else {
      throw ValidationError("no chat service to talk to: give --target HOST:PORT (or a mesh file with a chat service)")
    }
    let host = ["0.0.0.0", "::", "*"].contains(chat.listen.host) ? "127.0.0.1" : chat.listen.host
    return (host, chat.listen.port)
  }
}
