// A small client of the Connect protocol (connectrpc.com/docs/protocol) with JSON messages: unary calls
// as plain POSTs, server streams as 5-byte envelopes read from fetch's body. The gateway translates both
// into gRPC calls to the services.

/** An error as Connect reports it: a code name (`not_found`, `unauthenticated`), a message, the HTTP status. */
export class ConnectError extends Error {
  constructor(code, message, httpStatus = 0, retryAfter = null) {
    super(message || code);
    this.code = code;
    this.httpStatus = httpStatus;
    this.retryAfter = retryAfter;
  }
}

const END_STREAM = 0x02;

function headers(contentType, token) {
  const result = { "content-type": contentType, "connect-protocol-version": "1" };
  if (token) result.authorization = `Bearer ${token}`;
  return result;
}

async function errorOf(response) {
  const text = await response.text();
  let body = {};
  try { body = text ? JSON.parse(text) : {}; } catch { /* not a Connect error body: keep the HTTP status */ }
  const code = typeof body.code === "string" ? body.code : codeOfHTTPStatus(response.status);
  const message = typeof body.message === "string" ? body.message : `HTTP ${response.status}`;
  return new ConnectError(code, message, response.status, response.headers.get("retry-after"));
}

function codeOfHTTPStatus(status) {
  switch (status) {
    case 400: return "invalid_argument";
    case 401: return "unauthenticated";
    case 403: return "permission_denied";
    case 404: return "unimplemented";
    case 429: return "resource_exhausted";
    case 502: case 503: case 504: return "unavailable";
    default: return "unknown";
  }
}

/** Calls a unary method; resolves to the response message. */
export async function unary(path, message, { token, signal, timeoutMs } = {}) {
  const init = { method: "POST", headers: headers("application/json", token), body: JSON.stringify(message), signal };
  if (timeoutMs) init.headers["connect-timeout-ms"] = String(timeoutMs);
  let response;
  try { response = await fetch(path, init); } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ConnectError("unavailable", "The assistant cannot be reached.");
  }
  if (!response.ok) throw await errorOf(response);
  try { return await response.json(); } catch { throw new ConnectError("internal", "The response was not JSON."); }
}

/** Calls a server-streaming method; yields each response message, throws the stream's error if it ends with one. */
export async function* serverStream(path, message, { token, signal } = {}) {
  const payload = new TextEncoder().encode(JSON.stringify(message));
  const envelope = new Uint8Array(5 + payload.length);
  new DataView(envelope.buffer).setUint32(1, payload.length);
  envelope.set(payload, 5);
  let response;
  try {
    response = await fetch(path, { method: "POST", headers: headers("application/connect+json", token), body: envelope, signal });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ConnectError("unavailable", "The assistant cannot be reached.");
  }
  if (!response.ok) throw await errorOf(response);
  if (!response.body) throw new ConnectError("internal", "The response has no body.");
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = new Uint8Array(0);
  for (;;) {
    const { value, done } = await reader.read();
    if (value) {
      const joined = new Uint8Array(buffer.length + value.length);
      joined.set(buffer);
      joined.set(value, buffer.length);
      buffer = joined;
    }
    while (buffer.length >= 5) {
      const flags = buffer[0];
      const length = new DataView(buffer.buffer, buffer.byteOffset, buffer.length).getUint32(1);
      if (buffer.length < 5 + length) break;
      let body;
      try { body = JSON.parse(decoder.decode(buffer.subarray(5, 5 + length))); } catch {
        throw new ConnectError("internal", "A streamed message was not JSON.");
      }
      buffer = buffer.slice(5 + length);
      if (flags & END_STREAM) {
        if (body && body.error) throw new ConnectError(body.error.code || "unknown", body.error.message || "");
        return;
      }
      yield body;
    }
    if (done) throw new ConnectError("unavailable", "The reply stopped before its end.");
  }
}
