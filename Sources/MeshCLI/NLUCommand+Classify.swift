import Foundation
import MeshIntent
import MeshNLUService

/// `mesh nlu classify`: one utterance per line in, one JSON line out. Without `--model` it runs the nlu
/// service's own engine (`FineIntentEngine`: the fine intent head, the coarse head blended with the n-gram
/// model, the same entities), so the command and the service give the same answers.
extension NLUCommand {
  /// Lines classified together when stdin is a file or a pipe: one encoder pass reads the weights once.
  static let classifyBatch = 32

  static func classify(_ options: [String: String]) throws -> Int32 {
    try check(options, allowed: ["model", "engine"])
    let analyze: ([String]) -> [String]
    if let path = options["model"] {
      let one: (String) -> IntentAnalysis
      if let classifier = try embeddingClassifier(path: path) {
        one = embeddingAnalysis(classifier)
      } else {
        one = IntentEngine(model: try loadModel(options)).analyze
      }
      analyze = { $0.map { one($0).jsonLine } }
    } else {
      let engine = try engine(options) == "embedding"
        ? FineIntentEngine.load { FileHandle.standardError.write(Data("mesh \($0)\n".utf8)) }
        : FineIntentEngine(backend: .ngram(fine: CommerceFineModel.shared, coarse: CommerceModel.shared))
      analyze = { texts in
        zip(texts, engine.analyze(texts)).map { text, a in
          IntentAnalysis(text: text, intent: a.group, confidence: a.groupConfidence, entities: a.entities)
            .jsonLine(fine: (a.intent, a.confidence))
        }
      }
    }
    // At a terminal each line is answered as it is typed; from a pipe, in batches and with buffered output.
    let interactive = isatty(STDIN_FILENO) == 1
    var pending: [String] = []
    var out = ""
    func drain() {
      for line in analyze(pending) { out += line + "\n" }
      pending.removeAll(keepingCapacity: true)
      if interactive || out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
    }
    while let line = readLine(strippingNewline: true) {
      pending.append(line)
      if interactive || pending.count == classifyBatch { drain() }
    }
    if !pending.isEmpty { drain() }
    FileHandle.standardOutput.write(Data(out.utf8))
    return 0
  }
}
