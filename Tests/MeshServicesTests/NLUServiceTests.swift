import MeshCore
import MeshNLUService
import MeshProtos
import MeshServiceKit
import Testing

@Suite struct NLUServiceTests {
  @Test func parseAndBatchOverSockets() async throws {
    let service = try await NLUServer.start(try ServiceHarness.configuration(database: false))
    try await ServiceHarness.with(service) { client in
      let nlu = Mesh_Nlu_V1_NluService.Client(wrapping: client)
      var request = Mesh_Nlu_V1_ParseRequest()
      request.text = "where is my order 10042?"
      let parsed = try await nlu.parse(request)
      #expect(parsed.label == "order_status")
      #expect(parsed.intent == .trackOrder)
      #expect(parsed.confidence > 0.5)
      let order = try #require(parsed.entities.first { $0.kind == .orderID })
      #expect(order.value == "10042" && order.type == "order_number")
      #expect(order.text == "10042")
      #expect(abs(parsed.scores.values.reduce(0, +) - 1) < 0.01)

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
    }
  }
}
