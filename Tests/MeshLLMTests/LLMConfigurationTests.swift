import Foundation
import MeshLLM
import Testing

@Suite struct LLMConfigurationTests {
  @Test func offUnlessAnEndpointIsSet() throws {
    #expect(try LLMConfiguration.from(settings: [:], environment: [:]) == nil)
    #expect(try LLMConfiguration.from(settings: ["llm_model": "m"], environment: [:]) == nil)
  }

  @Test func settingsAndTheKeyFromAVariableOrAFile() throws {
    let fromEnv = try #require(try LLMConfiguration.from(
      settings: ["llm_endpoint": "http://127.0.0.1:9/v1", "llm_model": "small", "llm_key_env": "TEST_LLM_KEY", "llm_timeout_ms": "250",
                 "llm_breaker_failures": "2", "llm_breaker_open_ms": "1500", "llm_max_tokens": "64"],
      environment: ["TEST_LLM_KEY": "sk-test-123\n"]))
    #expect(fromEnv.endpoint == "http://127.0.0.1:9/v1" && fromEnv.model == "small" && fromEnv.apiKey == "sk-test-123")
    #expect(fromEnv.timeout == .milliseconds(250) && fromEnv.maxTokens == 64)
    #expect(fromEnv.breaker.failureThreshold == 2 && fromEnv.breaker.openDuration == .milliseconds(1500))

    let file = FileManager.default.temporaryDirectory.appendingPathComponent("llm-key-\(UUID().uuidString)").path
    try "sk-from-file\n".write(toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    let fromFile = try #require(try LLMConfiguration.from(
      settings: ["llm_endpoint": "https://llm.example/v1", "llm_model": "m", "llm_key_file": file], environment: [:]))
    #expect(fromFile.apiKey == "sk-from-file" && fromFile.timeout == .seconds(10) && fromFile.breaker.failureThreshold == 3)
  }

  @Test func wrongSettingsAreRefusedWithoutShowingTheKey() {
    let base = ["llm_endpoint": "http://127.0.0.1:9/v1", "llm_model": "m"]
    func refusal(_ extra: [String: String], _ environment: [String: String] = [:]) -> String? {
      do {
        _ = try LLMConfiguration.from(settings: base.merging(extra) { $1 }, environment: environment)
        return nil
      } catch {
        return "\(error)"
      }
    }
    #expect(refusal(["llm_endpoint": "ftp://x"]) != nil)
    #expect(refusal(["llm_model": ""]) != nil)
    #expect(refusal(["llm_timeout_ms": "-1"]) != nil)
    #expect(refusal(["llm_timeout_ms": "soon"]) != nil)
    #expect(refusal(["llm_key_env": "ABSENT_VARIABLE"]) != nil)
    #expect(refusal(["llm_key_file": "/nonexistent/key"]) != nil)
    let spaced = refusal(["llm_key_env": "K"], ["K": "secret with spaces"])
    #expect(spaced != nil && spaced?.contains("secret") == false)
  }
}
