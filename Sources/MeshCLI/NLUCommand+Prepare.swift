import Foundation
import MeshNLUService

/// `mesh nlu prepare`: the nlu service's first start on a models folder, done ahead of it. That start encodes
/// the training texts and fits the intent heads (minutes on two cores, longer on a loaded machine), which a
/// supervisor waiting for health must otherwise allow for; once this has stored them, every start of the
/// service, and `mesh nlu classify`, reads them in about a second. It runs the service's own loading
/// (`FineIntentEngine.load`: the same folder, keys and files), so what it stores is what the service reads.
extension NLUCommand {
  static func prepare() -> Int32 {
    let engine = FineIntentEngine.load { FileHandle.standardError.write(Data("mesh \($0)\n".utf8)) }
    // The engine's name on stdout for scripts; the log lines above say why when it is the n-gram model (no
    // weights installed): the service would run that too, so it is not a failure.
    print(engine.name)
    return 0
  }
}
