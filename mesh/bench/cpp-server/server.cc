// The C++ peer of the benchmark suite: grpc.testing.TestService on Debian's libgrpc++ (1.51) with the
// callback API, its fastest configuration here. run.sh pins the whole process (grpc's poller threads
// included) to one CPU with taskset, so every server gets the same single core.
#include <grpcpp/grpcpp.h>
#include <grpcpp/security/server_credentials.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "grpc/testing/test.grpc.pb.h"

using grpc::CallbackServerContext;
using grpc::Status;
using grpc::StatusCode;
using grpc::testing::Empty;
using grpc::testing::SimpleRequest;
using grpc::testing::SimpleResponse;
using grpc::testing::StreamingOutputCallRequest;
using grpc::testing::StreamingOutputCallResponse;

namespace {

// Sizes come from the peer: refuse what would make the server allocate without bound.
constexpr int kMaxPayload = 4 * 1024 * 1024;

bool ValidSize(int size) { return size >= 0 && size <= kMaxPayload; }

// The status a request asked for with `response_status`, as the interop server does.
Status RequestedStatus(bool has, const grpc::testing::EchoStatus& echo) {
  if (!has || echo.code() == 0) return Status::OK;
  return Status(static_cast<StatusCode>(echo.code()), echo.message());
}

// Sends one response per ResponseParameters entry, one write in flight at a time.
class OutputWriter final : public grpc::ServerWriteReactor<StreamingOutputCallResponse> {
 public:
  explicit OutputWriter(const StreamingOutputCallRequest* request)
      : request_(request), final_(RequestedStatus(request->has_response_status(), request->response_status())) {
    NextWrite();
  }

  void OnWriteDone(bool ok) override {
    if (!ok) {
      Finish(Status(StatusCode::UNKNOWN, "write failed"));
      return;
    }
    NextWrite();
  }

  void OnDone() override { delete this; }

 private:
  void NextWrite() {
    if (next_ == request_->response_parameters_size()) {
      Finish(final_);
      return;
    }
    int size = request_->response_parameters(next_++).size();
    if (!ValidSize(size)) {
      Finish(Status(StatusCode::INVALID_ARGUMENT, "response size out of range"));
      return;
    }
    // Reuse the response's buffer: the body only changes when the requested size does.
    std::string* body = response_.mutable_payload()->mutable_body();
    if (static_cast<int>(body->size()) != size) body->assign(static_cast<size_t>(size), '\0');
    StartWrite(&response_);
  }

  const StreamingOutputCallRequest* request_;
  Status final_;
  StreamingOutputCallResponse response_;
  int next_ = 0;
};

// Full duplex: each request's responses are written before the next request is read, which is what
// the interop ping_pong case and the benchmark's ping-pong expect.
class DuplexReactor final
    : public grpc::ServerBidiReactor<StreamingOutputCallRequest, StreamingOutputCallResponse> {
 public:
  DuplexReactor() { StartRead(&request_); }

  void OnReadDone(bool ok) override {
    if (!ok) {
      Finish(Status::OK);
      return;
    }
    if (request_.has_response_status() && request_.response_status().code() != 0) {
      Finish(RequestedStatus(true, request_.response_status()));
      return;
    }
    next_ = 0;
    NextWrite();
  }

  void OnWriteDone(bool ok) override {
    if (!ok) {
      Finish(Status(StatusCode::UNKNOWN, "write failed"));
      return;
    }
    NextWrite();
  }

  void OnDone() override { delete this; }

 private:
  void NextWrite() {
    if (next_ == request_.response_parameters_size()) {
      StartRead(&request_);
      return;
    }
    int size = request_.response_parameters(next_++).size();
    if (!ValidSize(size)) {
      Finish(Status(StatusCode::INVALID_ARGUMENT, "response size out of range"));
      return;
    }
    std::string* body = response_.mutable_payload()->mutable_body();
    if (static_cast<int>(body->size()) != size) body->assign(static_cast<size_t>(size), '\0');
    StartWrite(&response_);
  }

  StreamingOutputCallRequest request_;
  StreamingOutputCallResponse response_;
  int next_ = 0;
};

class TestServiceImpl final : public grpc::testing::TestService::CallbackService {
  grpc::ServerUnaryReactor* EmptyCall(CallbackServerContext* context, const Empty*, Empty*) override {
    auto* reactor = context->DefaultReactor();
    reactor->Finish(Status::OK);
    return reactor;
  }

  grpc::ServerUnaryReactor* UnaryCall(CallbackServerContext* context, const SimpleRequest* request,
                                      SimpleResponse* response) override {
    auto* reactor = context->DefaultReactor();
    int size = request->response_size();
    if (!ValidSize(size)) {
      reactor->Finish(Status(StatusCode::INVALID_ARGUMENT, "response size out of range"));
      return reactor;
    }
    if (size > 0) response->mutable_payload()->mutable_body()->assign(static_cast<size_t>(size), '\0');
    reactor->Finish(RequestedStatus(request->has_response_status(), request->response_status()));
    return reactor;
  }

  grpc::ServerWriteReactor<StreamingOutputCallResponse>* StreamingOutputCall(
      CallbackServerContext*, const StreamingOutputCallRequest* request) override {
    return new OutputWriter(request);
  }

  grpc::ServerBidiReactor<StreamingOutputCallRequest, StreamingOutputCallResponse>* FullDuplexCall(
      CallbackServerContext*) override {
    return new DuplexReactor();
  }
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(2);
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

[[noreturn]] void Usage(const char* program) {
  std::fprintf(stderr, "usage: %s --port N [--tls_cert_file F --tls_key_file F]\n", program);
  std::exit(2);
}

void Shutdown(int) {
  // The benchmark reads its figures from /proc before it stops the server: nothing to drain or flush.
  std::_Exit(0);
}

}  // namespace

int main(int argc, char** argv) {
  int port = -1;
  std::string cert_file, key_file;
  for (int i = 1; i < argc; i++) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      auto eq = arg.find('=');
      if (eq != std::string::npos) return arg.substr(eq + 1);
      if (i + 1 >= argc) Usage(argv[0]);
      return argv[++i];
    };
    std::string name = arg.substr(0, arg.find('='));
    if (name == "--port") port = std::atoi(value().c_str());
    else if (name == "--tls_cert_file") cert_file = value();
    else if (name == "--tls_key_file") key_file = value();
    else Usage(argv[0]);
  }
  if (port <= 0 || port > 65535 || cert_file.empty() != key_file.empty()) Usage(argv[0]);

  std::shared_ptr<grpc::ServerCredentials> credentials;
  if (cert_file.empty()) {
    credentials = grpc::InsecureServerCredentials();
  } else {
    grpc::SslServerCredentialsOptions options;
    options.pem_key_cert_pairs.push_back({ReadFile(key_file), ReadFile(cert_file)});
    credentials = grpc::SslServerCredentials(options);
  }

  TestServiceImpl service;
  grpc::ServerBuilder builder;
  builder.AddListeningPort("127.0.0.1:" + std::to_string(port), credentials);
  builder.RegisterService(&service);
  builder.SetMaxReceiveMessageSize(kMaxPayload + 1024);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server) {
    std::fprintf(stderr, "cannot listen on 127.0.0.1:%d\n", port);
    return 1;
  }
  std::signal(SIGTERM, Shutdown);
  std::signal(SIGINT, Shutdown);
  std::printf("cpp-server listening on 127.0.0.1:%d%s\n", port, cert_file.empty() ? "" : " (TLS)");
  std::fflush(stdout);
  server->Wait();
  return 0;
}
