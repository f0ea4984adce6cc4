import Foundation
import Testing
import MeshIntent

/// CLINC150 (Larson et al. 2019; its public `data_full.json`, with the `train`, `oos_train`, `val` and
/// `oos_val` splits), read from the file `MESH_CLINC150` names. The data set is not in the repository: without
/// the variable the test is skipped and says so.
enum CLINC150 {
  static let path: String? = {
    guard let candidate = ProcessInfo.processInfo.environment["MESH_CLINC150"], !candidate.isEmpty else {
      print("MESH_CLINC150 does not name CLINC150's data_full.json: skipping its test")
      return nil
    }
    guard LabelledData.hasSplit(path: candidate, "train") else {
      print("MESH_CLINC150 names \(candidate), which has no train split: skipping its test")
      return nil
    }
    return candidate
  }()
}

@Suite struct CLINC150Tests {
  /// A quick, debug-build-friendly check on a slice of CLINC150 (the first 30 intents and the
  /// out-of-scope data); the full figures come from `mesh nlu train`/`eval` in a release build.
  @Test(.enabled(if: CLINC150.path != nil, "MESH_CLINC150 does not name CLINC150's data_full.json"))
  func sliceOfCLINC150() throws {
    let path = try #require(CLINC150.path)
    let train = try LabelledData.load(path: path, splits: ["train", "oos_train"])
    let val = try LabelledData.load(path: path, splits: ["val", "oos_val"])
    let intents = Set(Set(train.map(\.label)).sorted().prefix(30)).union(["oos"])
    var configuration = TrainingConfiguration()
    configuration.epochs = 8
    let model = try IntentTrainer.train(train.filter { intents.contains($0.label) }, configuration: configuration)
    let e = IntentEvaluation(model: model, examples: val.filter { intents.contains($0.label) })
    print("CLINC150 slice (\(intents.count - 1) intents + oos): in-scope \(e.inScopeAccuracy), "
          + "out-of-scope recall \(e.outOfScopeRecall ?? -1)")
    #expect(e.inScopeAccuracy > 0.85)
    #expect((e.outOfScopeRecall ?? 0) > 0.4)
  }
}
