internal import CProtoDescriptor

/// Lines and leading comments of a file's elements, by their descriptor path (from `--include_source_info`).
struct SourceLocations {
  private var byPath: [[Int32]: ProtoSource] = [:]

  init(_ info: UnsafeMutablePointer<Google__Protobuf__SourceCodeInfo>?) {
    guard let info, let locations = info.pointee.location else { return }
    for location in UnsafeBufferPointer(start: locations, count: info.pointee.n_location) {
      guard let location, location.pointee.n_span >= 1 else { continue }
      let path = Array(UnsafeBufferPointer(start: location.pointee.path, count: location.pointee.n_path))
      guard byPath[path] == nil else { continue }
      let comments = location.pointee.leading_comments.map { String(cString: $0) }
      byPath[path] = ProtoSource(line: Int(location.pointee.span[0]) + 1, comments: comments)
    }
  }

  /// Where the element at `path` is, or an empty source when the set carries no source info.
  func source(_ path: [Int32]) -> ProtoSource { byPath[path] ?? ProtoSource(line: nil, comments: nil) }
}
