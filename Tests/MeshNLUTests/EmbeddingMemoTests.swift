import MeshEncoder
import MeshIntent
@testable import MeshNLU
import Testing

/// A first start's shared encoding with the real encoder (weights installed by mesh/scripts/install-deps.sh):
/// batches shared out between threads give the very floats one thread gives, and the memo encodes each text
/// once however often and by however many heads it is asked for.
@Suite struct EmbeddingMemoTests {
  /// Texts of every length the heads train on, with repeats, an empty one, emoji and other scripts.
  static let texts: [String] = {
    let grouped = CommerceGroupedUtterances.pairs().map(\.text)
    return stride(from: 0, to: grouped.count, by: max(grouped.count / 150, 1)).map { grouped[$0] }
      + ["", "🙂🙂", "¿dónde está mi pedido 55120?", "мой заказ не пришёл", "where is my order", "where is my order"]
  }()

  @Test func threadsGiveTheFloatsOneThreadGives() throws {
    let encoder = try SentenceEncoder()
    let one = EmbeddingBatches.embed(Self.texts, encoder: encoder)
    for threads in [2, 3] {
      let many = EmbeddingBatches.embed(Self.texts, encoder: encoder, threads: threads)
      #expect(many.count == one.count)
      #expect(zip(one, many).allSatisfy { $0.map(\.bitPattern) == $1.map(\.bitPattern) }, "threads \(threads)")
    }
    #expect(EmbeddingBatches.embed([], encoder: encoder, threads: 2).isEmpty)
  }

  @Test func theMemoEncodesEachTextOnce() throws {
    let encoder = try SentenceEncoder()
    let memo = EmbeddingMemo(encoder: encoder, threads: 2)
    let first = memo.embed(Self.texts)
    let distinct = Set(Self.texts).count
    #expect(memo.count == distinct && distinct < Self.texts.count)
    // Asked again, in another order and with one new text: only the new one is encoded, the rest are the same floats.
    let again = memo.embed(Self.texts.reversed() + ["a text no head trains on"])
    #expect(memo.count == distinct + 1)
    #expect(zip(first.reversed(), again).allSatisfy { $0.map(\.bitPattern) == $1.map(\.bitPattern) })
    #expect(again.allSatisfy { $0.count == encoder.dimension })
  }
}
