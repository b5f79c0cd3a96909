#pragma once

#include <QByteArray>

#include <memory>

namespace Satchel {

// Raw DEFLATE in both directions of a connection (RFC 1951 without zlib or gzip framing), as
// IMAP COMPRESS=DEFLATE (RFC 4978) uses it. Each compress() ends with a sync flush, so the
// server can act on a command as soon as it arrives.
class DeflateStream
{
public:
    DeflateStream();
    ~DeflateStream();
    DeflateStream(const DeflateStream &) = delete;
    DeflateStream &operator=(const DeflateStream &) = delete;

    bool isValid() const;
    QByteArray compress(const QByteArray &bytes);
    // Appends what the bytes decompress to; false on corrupt input or when one call would grow
    // past maxOutput (a decompression bomb), after which the stream is unusable.
    bool decompress(const QByteArray &bytes, QByteArray *output, qsizetype maxOutput);

private:
    struct Streams;
    std::unique_ptr<Streams> m_streams;
};

} // namespace Satchel
