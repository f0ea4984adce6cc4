// protobuf-c runtime (libprotobuf-c-dev).
#ifndef CPROTOBUFC_SHIM_H
#define CPROTOBUFC_SHIM_H
#include <protobuf-c/protobuf-c.h>
#include <stdint.h>
#include <string.h>

// A large run of bytes the split packer leaves out of its output: `data` and `length` say which (a bytes
// field's storage), `sequence` and `offset` where it went (the how-many-th run taken, and the output bytes
// before it); offset is SIZE_MAX while not taken.
typedef struct {
  const uint8_t *data;
  size_t length;
  size_t offset;
  size_t sequence;
} MeshProtobufSharedRun;

// A ProtobufCBuffer over memory of a known capacity: appends that are one of `runs` are recorded, not
// copied; the others are copied, and past the capacity dropped and counted (an error the caller sees,
// never an overrun).
typedef struct {
  ProtobufCBuffer base;
  uint8_t *out;
  size_t used;
  size_t capacity;
  size_t dropped;
  MeshProtobufSharedRun *runs;
  size_t runCount;
  size_t taken;
} MeshProtobufSplitBuffer;

static void mesh_protobuf_split_buffer_append(ProtobufCBuffer *buffer, size_t len, const uint8_t *data) {
  MeshProtobufSplitBuffer *split = (MeshProtobufSplitBuffer *)buffer;
  for (size_t i = 0; i < split->runCount; i++) {
    MeshProtobufSharedRun *run = &split->runs[i];
    if (run->data == data && run->length == len && run->offset == SIZE_MAX) {
      run->offset = split->used;
      run->sequence = split->taken++;
      return;
    }
  }
  if (len > split->capacity - split->used) {
    split->dropped += len;
    return;
  }
  if (len > 0) memcpy(split->out + split->used, data, len);
  split->used += len;
}

// Packs `message` through protobuf_c_message_pack_to_buffer, leaving out every append that is exactly one
// of `runs` (each at most once: it records where it went) and copying the rest into `out`. Returns 1 when
// the rest filled `out` exactly and every run was taken, else 0 (the caller packs whole instead).
static inline int mesh_protobuf_c_pack_split(const ProtobufCMessage *message, uint8_t *out, size_t capacity,
                                            MeshProtobufSharedRun *runs, size_t runCount) {
  MeshProtobufSplitBuffer split = {{mesh_protobuf_split_buffer_append}, out, 0, capacity, 0, runs, runCount, 0};
  protobuf_c_message_pack_to_buffer(message, &split.base);
  return split.dropped == 0 && split.used == capacity && split.taken == runCount;
}

// Packs `message` into `out` (capacity bytes) through protobuf_c_message_pack_to_buffer: that packer sizes
// each sub-message before writing it, so every byte is written once (protobuf_c_message_pack writes a
// sub-message of 128 bytes or more, then memmoves it past its length prefix). Returns the bytes written, or
// SIZE_MAX when the message did not fill `out` exactly (appends past the capacity are dropped, never written).
static inline size_t mesh_protobuf_c_pack_sized(const ProtobufCMessage *message, uint8_t *out, size_t capacity) {
  return mesh_protobuf_c_pack_split(message, out, capacity, NULL, 0) ? capacity : SIZE_MAX;
}
#endif
