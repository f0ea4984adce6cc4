import MeshMetrics

/// The nlu service's forward passes of the encoder, in the process's registry: how many texts each pass
/// took (`mesh_nlu_encoder_batch_texts`; its count is the passes, its sum the texts), so how much the
/// concurrent Parse calls batch (`NaturalBatcher`) is counted, not guessed, on `/metrics` and in ChatBenchmark.
enum EncoderPassMetrics {
  /// Texts per pass.
  static let textsPerPass = MetricsRegistry.process.histogram(
    "mesh_nlu_encoder_batch_texts", help: "Texts analysed together in one forward pass of the nlu service's encoder.",
    buckets: [1, 2, 3, 4, 6, 8, 12, 16, 24, 32]
  ).labels()
}
