import Foundation
import MeshCore
import MeshIntent
import MeshNLUService
import MeshProtos
import MeshServiceKit
import Testing

/// The nlu service over sockets. The encoder's weights are installed by mesh/scripts/install-deps.sh, so
/// the default engine here is the embedding head; the fallback is tested by pointing it at an empty folder.
@Suite struct NLUServiceTests {
  @Test func parseAndBatchOverSockets() async throws {
    var log: [String] = []
    let service = try await NLUServer.start(try ServiceHarness.configuration(database: false)) { log.append($0) }
    // The last line names the engine; lines before it are the fits' progress when this start was the first on the
    // models folder for this data (a fresh clone, or new training lines), which depends on which suite starts first.
    #expect(log.last.map { $0.contains("fine intent head") && $0.contains("coarse head") } == true
              && log.dropLast().allSatisfy { $0.hasPrefix("nlu: fitting the ") || $0.hasPrefix("nlu: fitted the ") },
            "\(log)")
    try await ServiceHarness.with(service) { client in
      let nlu = Mesh_Nlu_V1_NluService.Client(wrapping: client)
      var request = Mesh_Nlu_V1_ParseRequest()
      request.text = "where is my order 10042?"
      let parsed = try await nlu.parse(request)
      #expect(parsed.engine == "embedding")
      #expect(parsed.fineIntent.hasPrefix("order."))
      #expect(parsed.label == "order_status")
      #expect(parsed.intent == .trackOrder)
      #expect(parsed.confidence > 0.5)
      let order = try #require(parsed.entities.first { $0.kind == .orderID })
      #expect(order.value == "10042" && order.type == "order_number")
      #expect(order.text == "10042")
      #expect(abs(parsed.scores.values.reduce(0, +) - 1) < 0.01)
      #expect(Set(parsed.scores.keys) == Set(CommerceTaxonomy.names))

      request.text = "red running shoes under 50 dollars"
      let search = try await nlu.parse(request)
      #expect(search.intent == .searchProduct)
      #expect(search.entities.contains { $0.type == "colour" && $0.value == "red" })
      #expect(search.entities.contains { $0.type == "price_max" })

      request.text = String(repeating: "a", count: NLUServiceProvider.maxTextBytes + 1)
      #expect(await rpcCode { _ = try await nlu.parse(request) } == .invalidArgument)

      let texts = ["hi there", "cancel my order 555123", "I want to talk to a human", "track order 7781234"]
      let summary = try await nlu.parseBatch { writer in
        for text in texts {
          var item = Mesh_Nlu_V1_ParseRequest()
          item.text = text
          try await writer.write(item)
        }
      }
      #expect(summary.parsed == 4)
      #expect(summary.intentCounts.values.reduce(0, +) == 4)
      #expect(summary.intentCounts["cancel_order"] == 1)

      try await Self.concurrentParsesGetTheAnswersOfSingleOnes(nlu)
    }
  }

  /// The distinctions the fine taxonomy exists for, each with its coarse group, by the default engine
  /// (one service for all: loading it trains the head).
  @Test func fineIntentsAndTheirGroupsReachTheAnswer() async throws {
    let examples = [
      ("I need to change the delivery address on order 12345", "order.change_address", "change_order"),
      ("what delivery options do you have to Canada?", "delivery.options", "shipping"),
      ("where is my refund for order 55123?", "refund.status", "return_refund"),
      ("I want my money back for order 55123", "refund.request", "return_refund"),
      ("I forgot my password and can't log in", "account.password_reset", "account"),
      ("please delete my account and all my data", "account.delete", "account"),
      ("was I charged twice for order 55123?", "payment.charged_twice", "payment"),
    ]
    let service = try await NLUServer.start(try ServiceHarness.configuration(database: false)) { _ in }
    try await ServiceHarness.with(service) { client in
      let nlu = Mesh_Nlu_V1_NluService.Client(wrapping: client)
      for (text, fine, group) in examples {
        var request = Mesh_Nlu_V1_ParseRequest()
        request.text = text
        let parsed = try await nlu.parse(request)
        #expect(parsed.engine == "embedding")
        #expect(parsed.fineIntent == fine, "\(text): \(parsed.fineIntent) (\(parsed.confidence))")
        #expect(parsed.label == group, "\(text): coarse \(parsed.label)")
      }
      // Markup is no shopper's words (MarkupBlanking): the question beside it is read, and its order number
      // found where the message has it. Before, the tags pulled the fine head, and the coarse decision with it,
      // to out_of_scope.
      for hostile in ["<script>alert(1)</script> where is ORD-134896", "<b>where is</b> ORD-134896 <img src=x onerror=alert(1)>"] {
        var request = Mesh_Nlu_V1_ParseRequest()
        request.text = hostile
        let parsed = try await nlu.parse(request)
        #expect(parsed.label == "order_status" && parsed.fineIntent.hasPrefix("order."), "\(hostile): \(parsed.label) \(parsed.fineIntent)")
        let order = try #require(parsed.entities.first { $0.type == "order_number" })
        #expect(order.value == "ORD-134896" && order.text == "ORD-134896")
        #expect(!parsed.entities.contains { $0.text.contains("<") || $0.text.contains("alert") })
      }
    }
  }

  /// Parse calls in flight together are analysed in one forward pass of the encoder: each gets the
  /// answer it gets alone (the batch is not padded, so the arithmetic per text is the same). On the
  /// first test's service: another encoder loading at the start of the group costs its other suites CPU.
  static func concurrentParsesGetTheAnswersOfSingleOnes(_ nlu: Mesh_Nlu_V1_NluService.Client) async throws {
    let texts = ["where is my order 10042?", "show me black shoes under 150 euros", "hello", "track my parcel for order 77",
                 "was I charged for order 55123?", "cheaper ones", "thanks", "show me my account details",
                 "I want to talk to a human", "please delete my account and all my data", "in blue", "cancel order 555123"]
    @Sendable func parse(_ text: String) async throws -> Mesh_Nlu_V1_ParseResponse {
      var request = Mesh_Nlu_V1_ParseRequest()
      request.text = text
      return try await nlu.parse(request)
    }
    var alone: [Mesh_Nlu_V1_ParseResponse] = []
    for text in texts { alone.append(try await parse(text)) }
    for _ in 0..<3 {
      let together = try await withThrowingTaskGroup(of: (Int, Mesh_Nlu_V1_ParseResponse).self) { group in
        for (index, text) in texts.enumerated() { group.addTask { (index, try await parse(text)) } }
        var out: [Int: Mesh_Nlu_V1_ParseResponse] = [:]
        for try await (index, response) in group { out[index] = response }
        return out
      }
      for (index, single) in alone.enumerated() {
        let batched = try #require(together[index])
        #expect(batched.fineIntent == single.fineIntent && batched.label == single.label, "\(texts[index])")
        #expect(abs(batched.confidence - single.confidence) < 1e-3, "\(texts[index])")
        #expect(batched.entities == single.entities, "\(texts[index])")
      }
    }
  }

  @Test func withoutWeightsTheServiceSaysSoAndUsesTheNgramModel() async throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("nlu-no-weights-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    var log: [String] = []
    let configuration = try ServiceHarness.configuration(database: false, settings: ["model-dir": empty.path])
    let service = try await NLUServer.start(configuration) { log.append($0) }
    #expect(log.count == 1 && log[0].contains("unavailable") && log[0].contains("n-gram"), "\(log)")
    try await ServiceHarness.with(service) { client in
      var request = Mesh_Nlu_V1_ParseRequest()
      request.text = "cancel my order 555123 please"
      let parsed = try await Mesh_Nlu_V1_NluService.Client(wrapping: client).parse(request)
      #expect(parsed.engine == "ngram")
      #expect(parsed.fineIntent == "order.cancel")
      #expect(parsed.label == "cancel_order" && parsed.intent == .cancelOrder)
      #expect(parsed.entities.contains { $0.kind == .orderID && $0.value == "555123" })
    }
  }
}
