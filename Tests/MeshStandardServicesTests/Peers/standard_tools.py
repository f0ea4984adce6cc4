#!/usr/bin/env python3
"""Standard gRPC tooling against a mesh server: grpcio-reflection's descriptor database (what grpcurl-like
tools use) and grpcio-health-checking's client.

    standard_tools.py PORT

Prints one JSON object: the services listed by reflection, the methods of TestService as resolved from
the file descriptors reflection returned, the health status of "" and of TestService, and the error of a
Check for an unknown service.
"""
import json, sys

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import ProtoReflectionDescriptorDatabase
from google.protobuf.descriptor_pool import DescriptorPool

channel = grpc.insecure_channel("127.0.0.1:%s" % sys.argv[1])
database = ProtoReflectionDescriptorDatabase(channel)
pool = DescriptorPool(database)
service = pool.FindServiceByName("grpc.testing.TestService")
request = pool.FindMessageTypeByName("grpc.testing.SimpleRequest")
health = health_pb2_grpc.HealthStub(channel)
try:
    health.Check(health_pb2.HealthCheckRequest(service="no.such.Service"))
    unknown = "OK"
except grpc.RpcError as error:
    unknown = error.code().name
print(json.dumps({
    "services": sorted(database.get_services()),
    "methods": [m.name for m in service.methods],
    "request_fields": [f.name for f in request.fields],
    "health_server": health.Check(health_pb2.HealthCheckRequest(service="")).status,
    "health_test_service": health.Check(health_pb2.HealthCheckRequest(service="grpc.testing.TestService")).status,
    "health_unknown": unknown,
}), flush=True)
