#include "deflatestream.h"

#include <zlib.h>

namespace Satchel {

namespace {

constexpr int rawWindowBits = -15; // negative: raw deflate, no zlib header
constexpr qsizetype chunk = 64 * 1024;

} // namespace

struct DeflateStream::Streams
{
    z_stream deflater{};
    z_stream inflater{};
    bool valid = false;
};

DeflateStream::DeflateStream()
    : m_streams(std::make_unique<Streams>())
{
    const bool deflateOk = deflateInit2(&m_streams->deflater, Z_DEFAULT_COMPRESSION, Z_DEFLATED,
                                        rawWindowBits, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    const bool inflateOk = inflateInit2(&m_streams->inflater, rawWindowBits) == Z_OK;
    m_streams->valid = deflateOk && inflateOk;
}

DeflateStream::~DeflateStream()
{
    deflateEnd(&m_streams->deflater);
    inflateEnd(&m_streams->inflater);
}

bool DeflateStream::isValid() const
{
    return m_streams->valid;
}

QByteArray DeflateStream::compress(const QByteArray &bytes)
{
    z_stream &stream = m_streams->deflater;
    QByteArray output;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    do {
        const qsizetype used = output.size();
        output.resize(used + chunk);
        stream.next_out = reinterpret_cast<Bytef *>(output.data() + used);
        stream.avail_out = uInt(chunk);
        if (deflate(&stream, Z_SYNC_FLUSH) == Z_STREAM_ERROR) {
            m_streams->valid = false;
            return {};
        }
        output.resize(used + chunk - stream.avail_out);
    } while (stream.avail_out == 0);
    return output;
}

bool DeflateStream::decompress(const QByteArray &bytes, QByteArray *output, qsizetype maxOutput)
{
    if (!m_streams->valid)
        return false;
    z_stream &stream = m_streams->inflater;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    const qsizetype start = output->size();
    // Until the input is used up and the last round left output space unused (nothing pending).
    do {
        const qsizetype used = output->size();
        if (used - start > maxOutput) {
            m_streams->valid = false;
            return false;
        }
        output->resize(used + chunk);
        stream.next_out = reinterpret_cast<Bytef *>(output->data() + used);
        stream.avail_out = uInt(chunk);
        const int result = inflate(&stream, Z_SYNC_FLUSH);
        output->resize(used + chunk - stream.avail_out);
        if (result != Z_OK && result != Z_BUF_ERROR) {
            m_streams->valid = false;
            return false;
        }
        if (result == Z_BUF_ERROR) // no progress possible: all input used, all output given
            break;
    } while (stream.avail_in > 0 || stream.avail_out == 0);
    return true;
}

} // namespace Satchel
