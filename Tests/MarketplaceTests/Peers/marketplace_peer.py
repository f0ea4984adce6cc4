#!/usr/bin/env python3
"""Real HTTP clients of the marketplace for its tests. Prints one JSON object.

  call BASE METHOD PATH [JSON]   one request with `requests`: {"status": …, "body": …}
  bench BASE N                   N searches on one kept-alive session: latency percentiles in ms
  validate FILE                  checks an OpenAPI 3 document with openapi-spec-validator
"""
import json
import sys
import time


def call(base, method, path, body):
    import requests
    response = requests.request(method, base + path, data=body.encode() if body is not None else None,
                                headers={"Content-Type": "application/json"} if body is not None else {}, timeout=30)
    try:
        parsed = response.json()
    except ValueError:
        parsed = response.text
    return {"status": response.status_code, "body": parsed, "content_type": response.headers.get("Content-Type")}


def bench(base, count):
    import requests
    session = requests.Session()
    words = ["sneakers", "blue dress", "wireless headphones", "snekers", "organic shampoo", "leather wallet",
             "yoga mat", "red", "harlow jacket", "kettle", "boots", "puzzle", "smartwach", "premium black"]
    filters = ["", "&in_stock=true", "&sort=price_asc", "&category=shoes", "&min_price_cents=2000&max_price_cents=9000",
               "&colour=blue&sort=rating", "&page=2"]
    latencies = []
    totals = 0
    for i in range(count):
        url = "%s/v1/search?q=%s%s" % (base, words[i % len(words)], filters[i % len(filters)])
        started = time.perf_counter()
        response = session.get(url, timeout=30)
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit("search failed: %d %s" % (response.status_code, response.text))
        totals += response.json()["total"]
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
    return {"count": count, "p50_ms": pick(0.5), "p99_ms": pick(0.99), "max_ms": latencies[-1], "hits": totals}


def validate(path):
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename
    spec, _ = read_from_filename(path)
    validate(spec)
    return {"valid": True, "paths": len(spec["paths"]), "version": spec["openapi"]}


def main():
    mode = sys.argv[1]
    if mode == "call":
        result = call(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else None)
    elif mode == "bench":
        result = bench(sys.argv[2], int(sys.argv[3]))
    else:
        result = validate(sys.argv[2])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
