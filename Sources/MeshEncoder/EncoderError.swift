/// Why the sentence encoder cannot be used; callers show it and fall back to the n-gram model.
public enum EncoderError: Error, Equatable, CustomStringConvertible {
  /// No model folder with weights was found; the reason says where it looked and how to install them.
  case unavailable(String)
  /// A model file is present but unusable; the reason says which and why.
  case badModelFile(String, String)
  /// The aligned memory for packed weights (this many bytes) could not be had.
  case outOfMemory(Int)

  /// A one-line message for people.
  public var description: String {
    switch self {
    case .unavailable(let why): return "sentence encoder unavailable: \(why)"
    case .badModelFile(let path, let why): return "sentence encoder model file \(path): \(why)"
    case .outOfMemory(let bytes): return "sentence encoder: out of memory packing \(bytes) bytes of weights"
    }
  }
}
