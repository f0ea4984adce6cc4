public import Foundation
public import MeshCrypto

/// A stored reply as its NOTIFY carries it, so the waiting chat service needs no read to answer: the
/// turn's key, the message's id and time, its sealed body (opened with the chat keyring, as a read would)
/// and its extras. The payload is built in the statement that stores the reply (the id and the time are
/// only known there) and delivered at its commit, so what it carries is what committed.
///
/// Payload: `"\u{2}<key's UTF-8 length>:<key><id>\n<created_at, µs since 1970>\n<key id>\n<base64 sealed body>\n<intent>\n<rich JSON>"`.
/// A payload that does not start with `\u{2}` is a bare key (an announcement without the reply: a retried
/// turn's, a reply too large for a NOTIFY, an older processor's); so is one that does not parse.
public struct ReplyAnnouncement: Sendable, Equatable {
  /// The stored message's id.
  public var messageID: Int64
  /// When it was stored.
  public var createdAt: Date
  /// The sealed body.
  public var sealed: SealedMessage
  /// The reply's intent label.
  public var intent: String
  /// The reply's rich parts (a JSON object).
  public var richJSON: String

  /// The longest payload sent (PostgreSQL refuses 8000 bytes and more; the id and time take at most 40).
  static let maxPayloadBytes = 7_900

  /// The two halves of a payload that carries a reply, around the id and time the statement adds; nil
  /// when the reply cannot travel in it (too large, or a field with a line feed), and the key goes alone.
  /// - Parameters:
  ///   - key: the turn's key.
  ///   - sealed: the sealed body.
  ///   - intent: the intent label.
  ///   - richJSON: the rich parts.
  static func halves(key: String, sealed: SealedMessage, intent: String, richJSON: String) -> (head: String, tail: String)? {
    guard !sealed.keyID.contains("\n"), !intent.contains("\n") else { return nil }
    let head = "\u{2}\(key.utf8.count):" + key
    let tail = "\n\(sealed.keyID)\n\(Data(sealed.combined).base64EncodedString())\n\(intent)\n\(richJSON)"
    guard head.utf8.count + tail.utf8.count + 40 <= maxPayloadBytes else { return nil }
    return (head, tail)
  }

  /// The turn's key a payload announces, and the reply when it carries one.
  /// - Parameter payload: a NOTIFY payload of the reply channel.
  public static func parse(_ payload: String) -> (key: String, reply: ReplyAnnouncement?) {
    var bytes = Substring(payload).utf8
    guard bytes.first == 2, let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return (payload, nil) }
    guard let length = Int(Substring(bytes[bytes.index(after: bytes.startIndex)..<colon])), length >= 0,
          let keyEnd = bytes.index(bytes.index(after: colon), offsetBy: length, limitedBy: bytes.endIndex)
    else { return (payload, nil) }
    let key = String(Substring(bytes[bytes.index(after: colon)..<keyEnd]))
    bytes = bytes[keyEnd...]
    let fields = Substring(bytes).split(separator: "\n", maxSplits: 5, omittingEmptySubsequences: false)
    guard fields.count == 6, let id = Int64(fields[0]), let micros = Int64(fields[1]),
          let combined = Data(base64Encoded: String(fields[3]))
    else { return (key, nil) }
    let reply = ReplyAnnouncement(messageID: id, createdAt: Date(timeIntervalSince1970: Double(micros) / 1_000_000),
                                  sealed: SealedMessage(keyID: String(fields[2]), combined: Array(combined)),
                                  intent: String(fields[4]), richJSON: String(fields[5]))
    return (key, reply)
  }
}

extension PostgresChatHistoryStore {
  /// Opens an announced reply as a read of it would (`StoreError.decryptionFailed` when it does not open).
  /// - Parameters:
  ///   - reply: the announcement's reply.
  ///   - conversationID: its conversation (part of the associated data).
  ///   - userID: its owner.
  public func message(from reply: ReplyAnnouncement, conversationID: UUID, userID: String) throws -> ChatMessage {
    let plaintext: [UInt8]
    do {
      plaintext = try keyring.open(reply.sealed, associatedData: Self.associatedData(conversationID, userID, .assistant))
    } catch {
      throw StoreError.decryptionFailed("message \(reply.messageID): \(error)")
    }
    return ChatMessage(id: reply.messageID, conversationID: conversationID, role: .assistant,
                       body: String(decoding: plaintext, as: UTF8.self), keyID: reply.sealed.keyID, createdAt: reply.createdAt)
  }
}
