public import Foundation
public import MeshIntent

/// The coarse n-gram model the coarse head is blended with, stored as the heads are: training it
/// (`IntentTrainer` on the 11,338 coarse utterances' character n-grams) was 79% of a start's CPU once the
/// heads were read from their files (perf, 2026-12-05), about 2.4 s of 3.
extension HeadStore {
  /// The n-gram model trained on `utterances` with `configuration`, read from `directory` when stored there
  /// for the same inputs, else trained now and stored (`IntentModel.serialized()`, exact floats).
  /// - Parameters:
  ///   - name: the file name's prefix.
  ///   - utterances: the training utterances.
  ///   - configuration: the trainer's settings (in the key).
  ///   - directory: the models folder.
  ///   - log: receives a line when a file is refused or cannot be written.
  /// - Returns: the model and where it came from.
  public static func ngram(_ name: String, utterances: [(text: String, label: String)], configuration: TrainingConfiguration,
                           in directory: URL, log: (String) -> Void) throws -> (model: IntentModel, source: Source) {
    let key = HeadKey(ngramUtterances: utterances, recipe: "IntentTrainer.train \(configuration)")
    return try stored(name, key: key, in: directory, log: log,
                      fit: { try IntentTrainer.train(utterances, configuration: configuration) },
                      encode: { $0.serialized() }, decode: { try IntentModel(serialized: $0) })
  }
}
