import Foundation
import MeshDialogue
import MeshServiceKit

extension AdapterExecutor {
  /// The oldest a turn may be for its change (cancel, address, return) to be asked of the marketplace.
  /// A change carries the idempotency key of its turn, and the marketplace forgets keys after its
  /// retention (at least two hours, `IdempotencyKeyRetention.minimum`): a turn retried later than that
  /// (one an operator put back from the dead letters a day after) would make the change a second time.
  static let maxChangeAge: TimeInterval = 3600

  /// A refusal for a change asked by a turn older than `maxChangeAge`; nil for a read or a young turn.
  /// - Parameters:
  ///   - action: the policy's action.
  ///   - turn: the turn it is for.
  ///   - now: the time to judge by.
  static func refusalOfLateChange(_ action: DialogueAction, _ turn: ChatTurn, now: Date = Date()) -> ActionResult? {
    switch action {
    case .cancelOrder, .changeAddress, .requestReturn:
      guard now.timeIntervalSince(turn.acceptedAt) > maxChangeAge else { return nil }
      return .refused(reason: "this request is too old for me to act on safely; please ask me again")
    default:
      return nil
    }
  }
}
