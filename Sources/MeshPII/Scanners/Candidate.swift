/// A finding in UTF-8 byte offsets, before overlaps are resolved.
struct Candidate: Equatable {
  var type: PIIType
  var start: Int
  var end: Int
}
