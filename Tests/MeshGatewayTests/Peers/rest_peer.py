"""A REST client peer for the gateway's REST/JSON tests, on the `requests` package.

usage: rest_peer.py METHOD URL [BODY] [ACCEPT]
Prints one JSON line: status, lower-case headers, and the body, split into NDJSON objects or
Server-Sent Events (parsed as the SSE spec says: `event:`/`data:` fields, blank line ends an event)
when the response is streamed.
"""
import json
import sys

import requests


def parse_events(lines):
    events, event, data = [], "message", []
    for line in lines:
        if line == "":
            if data:
                events.append({"event": event, "data": json.loads("\n".join(data))})
            event, data = "message", []
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].lstrip(" "))
    return events


def main():
    method, url = sys.argv[1], sys.argv[2]
    body = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
    headers = {"content-type": "application/json"} if body else {}
    if len(sys.argv) > 4:
        headers["accept"] = sys.argv[4]
    with requests.request(method, url, data=body, headers=headers, stream=True, timeout=30) as response:
        content_type = response.headers.get("content-type", "")
        result = {"status": response.status_code,
                  "headers": {k.lower(): v for k, v in response.headers.items()}}
        if content_type.startswith("text/event-stream"):
            result["events"] = parse_events(response.iter_lines(decode_unicode=True))
        elif content_type.startswith("application/x-ndjson"):
            result["lines"] = [json.loads(line) for line in response.iter_lines(decode_unicode=True) if line]
        else:
            result["body"] = response.text
    print(json.dumps(result))


if __name__ == "__main__":
    main()
