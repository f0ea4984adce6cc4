import Foundation
import MeshLLM
import Testing

@Suite struct ChatCompletionChunkTests {
  @Test func chunksOfTheOpenAIStreamingFormat() throws {
    let role = #"{"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#
    #expect(try ChatCompletionChunk.parse(role) == .delta(""))
    let text = #"{"id":"c1","choices":[{"index":0,"delta":{"content":"Hel\u006co \"you\""},"finish_reason":null}]}"#
    #expect(try ChatCompletionChunk.parse(text) == .delta("Hello \"you\""))
    #expect(try ChatCompletionChunk.parse(#"{"choices":[{"delta":{},"finish_reason":"stop"}]}"#) == .delta(""))
    #expect(try ChatCompletionChunk.parse(#"{"choices":[]}"#) == .delta(""))
    #expect(try ChatCompletionChunk.parse("[DONE]") == .done)
    #expect(try ChatCompletionChunk.parse(#"{"error":{"message":"overloaded","type":"server_error"}}"#) == .error("overloaded"))
  }

  @Test func anythingElseIsMalformed() {
    for bad in ["", "DONE", "{", "[1,2]", #"{"choices":"no"}"#, #"{"object":"chat.completion.chunk"}"#, "\u{0}"] {
      #expect(throws: ChatCompletionError.self) { try ChatCompletionChunk.parse(bad) }
    }
  }

  @Test func numbersTheFactsDoNotHaveAreFound() {
    let facts = ["Order 1042 was shipped on 2026-11-28 by DHL (tracking 00123).", "Product L-7: Blue shirt, $49.99"]
    #expect(LLMGrounding.firstUngroundedNumber(in: "Your order 1042 shipped on 28 Nov 2026 via DHL, tracking 123.", facts: facts) == nil)
    #expect(LLMGrounding.firstUngroundedNumber(in: "The blue shirt costs $49.99.", facts: facts) == nil)
    #expect(LLMGrounding.firstUngroundedNumber(in: "It arrives on 30 November.", facts: facts) == "30")
    #expect(LLMGrounding.firstUngroundedNumber(in: "The shirt is $39.99 today", facts: facts) == "39")
  }
}
