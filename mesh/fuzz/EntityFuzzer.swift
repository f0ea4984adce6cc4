// libFuzzer entry point: every input (any bytes, decoded as UTF-8 with repair) goes through the
// entity extractor, every PII scanner alone and together, the redactor in each mode, the commerce
// intent models and the dialogue policy (DialogueTurns.swift). A crash, a trap (overflow, bad index) or an ASan report is a finding. Built and run
// by mesh/fuzz/run.sh; not part of the Swift package.
import MeshIntent
import MeshPII

let extractor = EntityExtractor()
let detectors = PIIType.allCases.map { PIIDetector(types: [$0]) } + [PIIDetector()]
let redactors = [PIIRedactor(mode: .placeholder), PIIRedactor(mode: .mask), PIIRedactor(mode: .hash(key: [1, 2, 3]))]

/// Trains the intent models once before fuzzing (under ASan that takes longer than one input may).
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
  _ = CommerceModel.shared.labels.count + CommerceFineModel.shared.labels.count
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let scalars = text.unicodeScalars.count
  for e in extractor.extract(from: text, searchPhrase: size % 2 == 0) {
    precondition(e.start >= 0 && e.start < e.end && e.end <= scalars, "entity outside the text: \(e)")
  }
  for d in detectors {
    var last = 0
    for m in d.detect(in: text) {
      precondition(m.utf8Range.lowerBound >= last && m.utf8Range.upperBound <= text.utf8.count, "bad span \(m)")
      last = m.utf8Range.upperBound
    }
  }
  for r in redactors { _ = r.redact(text) }
  if size < 2_000 {
    _ = CommerceModel.shared.classify(text)
    _ = CommerceFineModel.classify(text)
    // A conversation costs several times the rest, so one input in four is one (its first byte says), and the
    // scanners keep most of the run's time.
    if size > 0, data[0] % 4 == 0 { fuzzDialogue(text, selector: data[0] / 4) }
  }
  return 0
}
