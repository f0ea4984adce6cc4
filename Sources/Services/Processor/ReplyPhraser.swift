import Foundation
public import MeshDialogue
public import MeshLLM
public import MeshPostgres
public import MeshServiceKit

/// Has the optional LLM backend phrase a reply the policy built from the adapters' facts, and streams
/// its text to the chat service as it arrives. The template's reply stays the source of truth: the
/// model is told to use only the facts it is given, a text naming a number the facts do not have is
/// refused, and on any failure (timeout, error, open circuit) the template's text is the reply. Quick
/// replies, product cards and the order shown always come from the policy.
public struct ReplyPhraser: Sendable {
  /// The NOTIFY channel of streamed text: payload `<turn key>\n<the reply's text so far>`.
  public static let chunkChannel = ChatTurn.replyChunkChannel
  /// NOTIFY payloads are limited to 8000 bytes; past this the text is not streamed (the final message
  /// still carries all of it).
  static let maxPayloadBytes = 7_000

  let client: LLMClient
  let pool: PostgresPool

  /// Creates a phraser.
  /// - Parameters:
  ///   - client: the backend.
  ///   - pool: where the streamed text is announced (outside the turn's transaction, so it is sent at once).
  public init(client: LLMClient, pool: PostgresPool) {
    self.client = client
    self.pool = pool
  }

  /// The reply with the model's wording, or `reply` unchanged when the model fails or strays.
  /// - Parameters:
  ///   - reply: the policy's reply.
  ///   - userText: what the user wrote.
  ///   - turn: the turn, whose key names the stream.
  /// - Returns: the reply to store, and why the template was kept (nil when the model's text is used).
  public func phrase(_ reply: Reply, userText: String, turn: ChatTurn) async -> (Reply, ChatCompletionError?) {
    let key = turn.idempotencyKey
    let pool = self.pool
    do {
      let text = try await client.complete(Self.prompt(for: reply, userText: userText, locale: turn.locale)) { soFar in
        let payload = key + "\n" + soFar
        guard payload.utf8.count <= Self.maxPayloadBytes else { return }
        _ = try? await pool.execute("SELECT pg_notify($1, $2)", [Self.chunkChannel, payload])
      }
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty else { return (reply, .malformed("an empty completion")) }
      if let number = LLMGrounding.firstUngroundedNumber(in: trimmed, facts: Self.facts(of: reply)) {
        return (reply, .ungrounded(number))
      }
      var phrased = reply
      phrased.text = String(trimmed.prefix(4000))
      return (phrased, nil)
    } catch let error as ChatCompletionError {
      return (reply, error)
    } catch {
      return (reply, .unavailable("\(error)"))
    }
  }

  /// The facts a reply rests on, as lines: its template text, then each product card.
  static func facts(of reply: Reply) -> [String] {
    var lines = [reply.text]
    if let order = reply.orderID { lines.append("Order: \(order)") }
    for card in reply.cards {
      var line = "Product \(card.listingID): \(card.title), \(card.price.formatted)"
      if let colour = card.colour { line += ", colour \(colour)" }
      if let rating = card.rating { line += ", rated \(String(format: "%.1f", rating)) of 5" }
      if let stock = card.stock { line += stock > 0 ? ", \(stock) in stock" : ", sold out" }
      if let seller = card.sellerID { line += ", sold by seller \(seller)" }
      lines.append(line)
    }
    return lines
  }

  /// The chat completion request: the rules, then the user's message, the true draft and the facts.
  static func prompt(for reply: Reply, userText: String, locale: String) -> [LLMMessage] {
    let rules = """
      You are the customer assistant of an online shop. Rewrite the draft reply below for the customer: \
      friendly, short, in the customer's language (locale \(locale.isEmpty ? "en" : locale)). Use ONLY the facts \
      given: never add, change or guess an order state, a price, a date, a number, a name or a policy. \
      If the draft asks a question or for a confirmation, ask the same. If the facts do not answer \
      something, say so. Reply with the message only.
      """
    let facts = Self.facts(of: reply)
    var user = "The customer wrote:\n\(String(userText.prefix(2000)))\n\nDraft reply (true):\n\(facts[0])"
    if facts.count > 1 { user += "\n\nFacts:\n" + facts.dropFirst().map { "- " + $0 }.joined(separator: "\n") }
    return [LLMMessage(role: "system", content: rules), LLMMessage(role: "user", content: user)]
  }
}
