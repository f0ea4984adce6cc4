/// How one feature slot reduces a sentence's token vectors of one layer to a single vector (before the
/// slot's L2 normalisation): intent heads read other poolings beside the mean, which the sentence
/// embedding uses and which averages away the one strong token that names an intent.
public enum TokenPooling: String, Sendable, Codable, CaseIterable {
  /// The mean over the sentence's tokens (`[CLS]` and `[SEP]` included), as sentence-transformers pools.
  case mean
  /// The largest value of each coordinate over the sentence's tokens.
  case max
  /// The first token's vector (`[CLS]`).
  case first
}
