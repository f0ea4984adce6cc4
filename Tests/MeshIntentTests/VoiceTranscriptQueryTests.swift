@testable import MeshIntent
import Testing

/// A search said aloud and transcribed: the speaker's fillers ("um", "uh", "so", "okay") are no product words.
@Suite struct VoiceTranscriptQueryTests {
  let extractor = EntityExtractor()

  func query(_ text: String) -> String? {
    extractor.extract(from: text, searchPhrase: true).first { $0.type == "query" }?.value
  }

  @Test func fillersBeforeTheProductAreDropped() {
    #expect(query("hey um can you find me some wireless headphones under 40 euros") == "wireless headphones")
    #expect(query("uh so i need a rain jacket") == "rain jacket")
    #expect(query("okay well show me running shoes") == "running shoes")
  }
}
