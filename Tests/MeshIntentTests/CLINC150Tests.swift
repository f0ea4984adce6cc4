import Testing
import MeshIntent

/// CLINC150 (Larson et al. 2019), read from `shared/data/clinc150` beside the checkout (or further up).
enum CLINC150 {
  static let path: String? = {
    var dir = String(#filePath)
    for _ in 0..<8 {
      guard let slash = dir.lastIndex(of: "/") else { break }
      dir = String(dir[..<slash])
      let candidate = dir + "/shared/data/clinc150/clinc150_train_val.json"
      if LabelledData.hasSplit(path: candidate, "train") { return candidate }
    }
    print("CLINC150 not found in a shared/data/clinc150 folder above the checkout: skipping its test")
    return nil
  }()
}

@Suite struct CLINC150Tests {
  /// A quick, debug-build-friendly check on a slice of CLINC150 (the first 30 intents and the
  /// out-of-scope data); the full figures come from `mesh nlu train`/`eval` in a release build.
  @Test(.enabled(if: CLINC150.path != nil, "CLINC150 data is not beside the checkout"))
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
