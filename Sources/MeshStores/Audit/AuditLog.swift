public import Foundation

/// One audit record.
public struct AuditEntry: Sendable, Equatable {
  /// Its position in the log.
  public let sequence: Int64
  /// When it was written (microsecond precision).
  public let at: Date
  /// Who acted (a user, a service, an operator).
  public let actor: String
  /// What was done (`user.delete`, `key.rotate`, ...).
  public let action: String
  /// What it was done to.
  public let subject: String
  /// Free-form details (already PII-redacted by the caller).
  public let details: String
  /// The hash of this entry, chained to the previous one.
  public let hash: [UInt8]
}

/// The outcome of checking the audit chain.
public struct AuditVerification: Sendable, Equatable {
  /// Rows read.
  public let checkedRows: Int
  /// The hash of the last row: record it elsewhere to detect later deletion of the tail.
  public let headHash: [UInt8]
  /// The first row that does not fit the chain, with the reason; nil when the log is intact.
  public let firstBrokenSequence: Int64?
  /// Why the chain broke there.
  public let problem: String?

  /// True when every row fits the chain.
  public var isIntact: Bool { firstBrokenSequence == nil }
}

/// An append-only audit log whose rows are hash-chained.
public protocol AuditLog: Sendable {
  /// Appends an entry.
  /// - Parameters:
  ///   - actor: who acted.
  ///   - action: what was done.
  ///   - subject: what it was done to.
  ///   - details: more about it.
  func append(actor: String, action: String, subject: String, details: String) async throws -> AuditEntry
  /// Recomputes the chain and reports the first row that does not fit.
  func verify() async throws -> AuditVerification
}
