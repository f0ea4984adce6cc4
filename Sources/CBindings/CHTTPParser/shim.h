// Node's http_parser 2.9 (libhttp-parser-dev), plus accessors for the bit-fields of `http_parser`,
// which Swift reads less predictably than a function call.
#ifndef CHTTPPARSER_SHIM_H
#define CHTTPPARSER_SHIM_H
#include <http_parser.h>

static inline unsigned int chttp_errno(const http_parser *parser) { return parser->http_errno; }
static inline unsigned int chttp_method(const http_parser *parser) { return parser->method; }
static inline unsigned int chttp_status(const http_parser *parser) { return parser->status_code; }
static inline unsigned int chttp_is_chunked(const http_parser *parser) { return (parser->flags & F_CHUNKED) != 0; }
static inline unsigned long long chttp_content_length(const http_parser *parser) { return parser->content_length; }
static inline unsigned int chttp_is_upgrade(const http_parser *parser) { return parser->upgrade; }
#endif
