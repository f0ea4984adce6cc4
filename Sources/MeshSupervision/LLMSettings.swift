public import MeshConfig

/// The processor's `--set` settings for the mesh file's `llm:` section (none when it is off): the
/// endpoint, the model, the timeout, and where the key is (the name of its variable or its file, never
/// the key itself: arguments are visible to every user of the machine).
public enum LLMSettings {
  /// `key=value` pairs for `mesh serve processor --set`.
  /// - Parameters:
  ///   - mesh: the mesh file.
  ///   - folder: the mesh file's folder, against which a relative key file is resolved.
  public static func pairs(for mesh: MeshFile, folder: String) -> [String] {
    guard let llm = mesh.llm, llm.enabled == true, let endpoint = llm.endpoint, let model = llm.model else { return [] }
    var pairs = ["llm_endpoint=\(endpoint)", "llm_model=\(model)"]
    if let timeout = llm.timeout { pairs.append("llm_timeout_ms=\(timeout.milliseconds)") }
    if let name = llm.apiKey, let key = mesh.allKeys.first(where: { $0.name == name }) {
      if let variable = key.env {
        pairs.append("llm_key_env=\(variable)")
      } else if let file = key.file {
        pairs.append("llm_key_file=\(file.hasPrefix("/") ? file : folder + "/" + file)")
      }
    }
    // `--set` splits on commas: a value holding one would be cut.
    return pairs.filter { !$0.contains(",") }
  }
}
