import ArgumentParser
import Foundation
import MeshConfig
import MeshCore
import MeshInterop
import MeshProtos
import MeshServiceKit
import MeshTransport

/// `mesh chat [--target HOST:PORT] [--user ID]` or `mesh chat --gateway HOST:PORT --username NAME`: talks to
/// the assistant from a terminal. Each line read from standard input is one message (StreamReply: the
/// reply's text as it streams, then its quick replies, product cards and order as text); works with
/// standard input piped, one message per line. Directly to the chat service (without `--target`, the mesh
/// file's replica 0), passing the user as the gateway would; or through the gateway, signed in.
struct ChatCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat",
    abstract: "Talk to the assistant from a terminal (one message per line on standard input).",
    discussion: """
      Type /quit (or end the input) to leave, /logout to sign out and leave (with --gateway). \
      Directly to the chat service, the user id is passed as the \
      gateway would (x-mesh-user-id). With --gateway, mesh chat signs in as --username (password from \
      $MESH_PASSWORD, --password-file, or the development login of `mesh up`) and the gateway checks the token.
      """)

  @OptionGroup var meshFile: MeshFileOptions

  @Option(help: ArgumentHelp("The chat service (default: the mesh file's chat service).", valueName: "host:port"))
  var target: String?

  @Option(help: ArgumentHelp("Who you are: a user id of the marketplace (U00001, U00002, ...).", valueName: "id"))
  var user = "U00001"

  @Option(help: ArgumentHelp("Talk through the gateway (signed in) instead of to the chat service.", valueName: "host:port"))
  var gateway: String?

  @Option(help: ArgumentHelp("With --gateway: who signs in (default: demo, the development login of mesh up).", valueName: "name"))
  var username = "demo"

  @Option(help: ArgumentHelp("With --gateway: a file holding the password (else $MESH_PASSWORD or the development login).",
                             valueName: "file"))
  var passwordFile: String?

  @Option(help: ArgumentHelp("With --gateway: the gateway speaks TLS, verified with these CA certificates (PEM).", valueName: "file"))
  var cacert: String?

  @Option(help: ArgumentHelp("Continue this conversation (default: a new one).", valueName: "id"))
  var conversation: String?

  @Option(help: ArgumentHelp("How long to wait for each reply, in seconds.", valueName: "seconds"))
  var timeout = 30

  func validate() throws {
    guard (1...600).contains(timeout) else { throw ValidationError("--timeout takes 1...600 seconds, not \(timeout)") }
    guard !user.isEmpty, user.utf8.count <= 200 else { throw ValidationError("--user takes 1 to 200 bytes") }
    if gateway != nil && target != nil { throw ValidationError("--gateway and --target are two ways to connect: give one") }
    if gateway == nil && (passwordFile != nil || cacert != nil) {
      throw ValidationError("--password-file and --cacert go with --gateway")
    }
  }

  func run() async throws {
    let (host, port) = try gateway.map(CallCommand.split) ?? address()
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdownAndWait() }
    let channel = try GRPCChannel(host: host, port: port, configuration: gatewayChannelConfiguration(), group: group)
    defer { channel.close() }
    let client = GRPCClient(transport: channel)
    let chat = Mesh_Chat_V1_ChatService.Client(wrapping: client)
    let signedIn = gateway == nil ? nil : try await signIn(client, username: username)
    let metadata = signedIn?.metadata ?? CallerIdentity.metadata(for: user)
    let interactive = isatty(0) == 1
    var conversationID = conversation ?? ""
    let who = gateway == nil ? user : username + " through the gateway"
    if interactive {
      Console.out("mesh chat: talking to \(host):\(port) as \(who); /quit to leave" + (signedIn == nil ? "" : ", /logout to sign out"))
    }
    var failures = 0
    while true {
      if interactive { FileHandle.standardOutput.write(Data("you> ".utf8)) }
      guard let line = readLine(strippingNewline: true) else { break }
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { continue }
      if text == "/quit" { break }
      if text == "/logout" {
        guard let signedIn else {
          Console.out("mesh chat: not signed in (talking to the chat service directly); /quit to leave")
          continue
        }
        do {
          let ended = try await signOut(client, signedIn)
          Console.out(ended ? "mesh chat: signed out" : "mesh chat: the sign-in had already ended")
        } catch let error as RPCError {
          failures += 1
          Console.error("mesh chat: sign-out failed: \(error.code): \(error.message)")
        }
        break
      }
      if !interactive { Console.out("you> \(text)") }
      var request = Mesh_Chat_V1_SendMessageRequest()
      request.text = text
      request.conversationID = conversationID
      request.clientMessageID = UUID().uuidString.lowercased()
      do {
        let final = try await chat.streamReply(request, metadata: metadata,
                                               options: CallOptions(timeout: .seconds(Int64(timeout)))) { chunks in
          var final: Mesh_Chat_V1_ChatMessage?
          var streamed = false
          var printed = ChatReplyText()
          for try await chunk in chunks {
            switch chunk.chunk {
            case .textDelta(let delta)?:
              if !streamed { FileHandle.standardOutput.write(Data("assistant> ".utf8)) }
              streamed = true
              FileHandle.standardOutput.write(Data(printed.append(delta).utf8))
            case .finalMessage(let message)?:
              final = message
            case nil:
              break
            }
          }
          if !streamed, let final {
            FileHandle.standardOutput.write(Data(("assistant> " + printed.append(final.text)).utf8))
            streamed = true
          }
          if streamed {
            // A search's products are printed once, as its cards (below), not again as lines of the text.
            FileHandle.standardOutput.write(Data(printed.finish(cardTitles: final?.carousel.listings.map(\.title) ?? []).utf8))
            if !printed.endsLine { FileHandle.standardOutput.write(Data("\n".utf8)) }
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
    if let target { return try CallCommand.split(target) }
    guard let (mesh, _) = try meshFile.load(),
          let chat = mesh.allServices.first(where: { $0.resolvedRole == .chat }), chat.listen.port != 0 else {
      throw ValidationError("no chat service to talk to: give --target HOST:PORT (or a mesh file with a chat service)")
    }
    let host = ["0.0.0.0", "::", "*"].contains(chat.listen.host) ? "127.0.0.1" : chat.listen.host
    return (host, chat.listen.port)
  }
}
