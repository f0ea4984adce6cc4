// Generated C for Protos/ (protoc-c), and descriptor accessors.
#ifndef CMESHPROTOS_H
#define CMESHPROTOS_H
#endif
