#!/usr/bin/env python3
"""A grpcio client of the adapters: runs a plan of calls and prints their outcomes as one JSON line.

    grpc_calls.py PROTO_ROOT PORT PLAN_JSON

The plan is {"calls": [{"method": "/mesh.order.v1.OrderService/GetOrder", "request": {...}, "user": "U00001",
"metadata": {"idempotency-key": "k1"}, "kind": "unary" | "server_stream" | "bidi", "requests": [...], "timeout": 5}]}. Messages are built from the
protos (compiled here with grpcio-tools) and given as proto3 JSON; each outcome is {"code": "OK" | status
name, "details": ..., "response": ... (a list for streams), "trailers": {...}, "seconds": ...}.
"""
import glob
import importlib
import json
import os
import shutil
import sys
import tempfile
import time

import grpc
from grpc_tools import protoc
from google.protobuf import descriptor_pool, json_format, message_factory


def compile_protos(root):
    out = tempfile.mkdtemp(prefix="mesh-protos-")
    # google/api: the HTTP annotations the mesh protos import (the gateway's REST routes).
    found = glob.glob(os.path.join(root, "mesh", "**", "*.proto"), recursive=True) + glob.glob(os.path.join(root, "google", "api", "*.proto"))
    protos = sorted(os.path.relpath(p, root) for p in found)
    include = os.path.join(os.path.dirname(protoc.__file__), "_proto")
    if protoc.main(["protoc", "-I" + root, "-I" + include, "--python_out=" + out] + protos) != 0:
        raise SystemExit("protoc failed")
    sys.path.insert(0, out)
    try:
        for proto in protos:
            importlib.import_module(proto[:-len(".proto")].replace("/", ".") + "_pb2")
    finally:
        # The modules are in memory (and in the descriptor pool) once imported: without this every run left a folder
        # in /tmp (12 an hour while the adapter tests ran).
        sys.path.remove(out)
        shutil.rmtree(out, ignore_errors=True)


def message_class(name):
    return message_factory.GetMessageClass(descriptor_pool.Default().FindMessageTypeByName(name))


def run(channel, call):
    path = call["method"]
    service_name, method_name = path.strip("/").split("/")
    method = descriptor_pool.Default().FindServiceByName(service_name).FindMethodByName(method_name)
    request_class, response_class = message_class(method.input_type.full_name), message_class(method.output_type.full_name)
    kind = call.get("kind", "unary")
    metadata = [("x-mesh-user-id", call["user"])] if call.get("user") else []
    metadata += sorted(call.get("metadata", {}).items())
    serializer, deserializer = request_class.SerializeToString, response_class.FromString
    to_json = lambda m: json_format.MessageToDict(m, preserving_proto_field_name=True)
    started = time.time()
    outcome = {}
    try:
        if kind == "unary":
            stub = channel.unary_unary(path, request_serializer=serializer, response_deserializer=deserializer)
            response, rpc = stub.with_call(json_format.ParseDict(call.get("request", {}), request_class()),
                                           metadata=metadata, timeout=call.get("timeout", 10))
            outcome = {"code": "OK", "response": to_json(response)}
        elif kind == "server_stream":
            stub = channel.unary_stream(path, request_serializer=serializer, response_deserializer=deserializer)
            responses = stub(json_format.ParseDict(call.get("request", {}), request_class()), metadata=metadata,
                             timeout=call.get("timeout", 10))
            items = []
            for item in responses:
                items.append(to_json(item))
                if len(items) >= call.get("take", 1000):
                    responses.cancel()
                    break
            outcome = {"code": "OK", "response": items}
        else:
            stub = channel.stream_stream(path, request_serializer=serializer, response_deserializer=deserializer)
            requests = [json_format.ParseDict(r, request_class()) for r in call.get("requests", [])]
            outcome = {"code": "OK", "response": [to_json(r) for r in stub(iter(requests), metadata=metadata,
                                                                          timeout=call.get("timeout", 10))]}
    except grpc.RpcError as error:
        if error.code() == grpc.StatusCode.CANCELLED and outcome == {} and kind == "server_stream":
            outcome = {"code": "OK", "response": items}
        else:
            trailers = {k: v for k, v in (error.trailing_metadata() or []) if isinstance(v, str)}
            outcome = {"code": error.code().name, "details": error.details(), "trailers": trailers}
    outcome["seconds"] = time.time() - started
    return outcome


def main():
    compile_protos(sys.argv[1])
    channel = grpc.insecure_channel("127.0.0.1:%s" % sys.argv[2])
    plan = json.loads(sys.argv[3])
    results = [run(channel, call) for call in plan["calls"]]
    print(json.dumps({"results": results}), flush=True)


if __name__ == "__main__":
    main()
