import MeshServiceKit

extension TurnProcessor {
  /// A turn whose conversation is gone (its user deleted their data after the message was accepted):
  /// completed without a reply, a context or a ticket, so nothing deleted comes back and the turn is not
  /// retried. The caller waiting for the reply, if any, times out.
  func dropDeleted(_ turn: ChatTurn) -> AnsweredTurn? {
    Self.logger.info("turn dropped: its conversation was deleted", metadata: ["message_id": .stringConvertible(turn.messageID)])
    return nil
  }
}
