import Foundation
import MeshTestSupport
import Testing

/// `mesh nlu classify` answers as the nlu service does: the coarse intent, the fine one beside it, and the
/// entities, one JSON line per input line, in input order.
@Suite("mesh nlu classify")
struct NLUClassifyCommandTests {
  static let lines = [
    "has my refund for #12345 gone through yet",
    "i want my money back for order 4471203",
    "change the delivery address of my last order",
    "I forgot my password and cannot log in",
  ]

  /// Runs the command with `lines` on stdin (through `sh`, as a user's pipe would) and parses each line.
  static func classify(_ arguments: [String]) async throws -> [[String: Any]] {
    let input = lines.map { "'\($0)'" }.joined(separator: " ")
    let command = "printf '%s\\n' \(input) | '\(Repository.product("mesh"))' nlu classify \(arguments.joined(separator: " ")) 2>/dev/null"
    let process = try PeerProcess("/bin/sh", ["-c", command])
    let status = try await process.waitForExit(seconds: 300)
    #expect(status == 0, "\(process.text)")
    return process.text.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  @Test("the default engine and the n-gram engine give coarse and fine intents and order numbers",
        arguments: [[], ["--engine", "ngram"]])
  func classifies(_ arguments: [String]) async throws {
    let results = try await Self.classify(arguments)
    try #require(results.count == Self.lines.count, "\(results)")
    #expect(results.map { $0["text"] as? String } == Self.lines)
    #expect(results.map { $0["intent"] as? String } == ["return_refund", "return_refund", "change_order", "account"])
    #expect(results.map { $0["fine_intent"] as? String }
            == ["refund.status", "refund.request", "order.change_address", "account.password_reset"])
    let numbers = results.map { result in
      (result["entities"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "order_number" }.compactMap { $0["value"] as? String }
    }
    #expect(numbers == [["12345"], ["4471203"], [], []])
    for result in results {
      let confidence = result["fine_confidence"] as? Double ?? -1
      #expect(confidence > 0 && confidence <= 1, "\(result)")
    }
  }
}
