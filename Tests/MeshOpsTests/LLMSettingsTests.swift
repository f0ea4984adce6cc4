import MeshConfig
import MeshSupervision
import Testing

/// `mesh up` hands the mesh file's `llm:` section to the processor as settings: where the key is, never
/// the key; nothing at all while it is off.
@Suite struct LLMSettingsTests {
  func processorArguments(_ llm: String) throws -> [String] {
    let check = MeshFileLoader.parse(SupervisionTests.assistant + "\n" + llm)
    let file = try #require(check.file, "\(check.problems)")
    var next = 41000
    let plan = try StartPlan.make(mesh: file, meshFilePath: "/etc/mesh/m.yaml", includeGateway: false) { _ in
      next += 1
      return next
    }
    return try #require(plan.replicas.first { $0.label == "processor-0" }).arguments
  }

  @Test func offByDefaultAndWhenDisabled() throws {
    #expect(try !processorArguments("").contains("--set"))
    #expect(try !processorArguments("llm:\n  enabled: false\n  endpoint: http://127.0.0.1:8081/v1\n  model: m\n").contains("--set"))
  }

  @Test func enabledWithTheKeysVariableOrFile() throws {
    let fromEnv = try processorArguments("""
      keys:
        - { name: llm-key, env: MESH_LLM_KEY }
      llm:
        enabled: true
        endpoint: http://127.0.0.1:8081/v1
        model: small
        api_key: llm-key
        timeout: 4s
      """)
    let settings = try #require(fromEnv.firstIndex(of: "--set").map { fromEnv[$0 + 1] })
    #expect(settings.split(separator: ",").map(String.init)
            == ["llm_endpoint=http://127.0.0.1:8081/v1", "llm_model=small", "llm_timeout_ms=4000", "llm_key_env=MESH_LLM_KEY"])
    let fromFile = try processorArguments("""
      keys:
        - { name: llm-key, file: secrets/llm.key }
      llm: { enabled: true, endpoint: "https://llm.example/v1", model: big, api_key: llm-key }
      """)
    #expect(fromFile.joined(separator: " ").contains("llm_key_file=/etc/mesh/secrets/llm.key"))
  }

  /// `processor.adapter_timeout` goes to the processor as `adapter_timeout_ms`, beside the LLM's settings.
  @Test func theProcessorsAdapterTimeout() throws {
    let alone = try processorArguments("processor: { adapter_timeout: 2500ms }\n")
    #expect(alone.firstIndex(of: "--set").map { alone[$0 + 1] } == "adapter_timeout_ms=2500")
    let both = try processorArguments("""
      processor: { adapter_timeout: 3s }
      llm: { enabled: true, endpoint: "http://127.0.0.1:8081/v1", model: m }
      """)
    #expect(both.firstIndex(of: "--set").map { both[$0 + 1] } == "llm_endpoint=http://127.0.0.1:8081/v1,llm_model=m,adapter_timeout_ms=3000")
  }
}
