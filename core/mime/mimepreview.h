#pragma once

#include <QByteArrayView>
#include <QString>

namespace Satchel {
class MimeMessage;
}

namespace Satchel::MimePreview {

// About two lines of a message list: what Apple Mail and Thunderbird's cards show.
constexpr qsizetype maxLength = 200;

// The start of what the sender wrote, on one line: quoted lines ("> …") and the line that
// introduces them ("On … wrote:") are left out, the signature ("-- ") ends it, whitespace runs
// become one space, and it is cut after at most maxLength characters (at a word when one ends
// near there).
QString fromText(const QString &text);
QString fromHtml(const QString &html);

// The preview of a text part from its first bytes as the server sent them (transfer-encoded, in
// its charset). With truncated, the bytes stop before the part does, possibly inside a
// quoted-printable escape, a base64 quantum or a multi-byte character: what is cut off is
// dropped rather than shown as garbage.
QString fromChunk(QByteArrayView chunk, QByteArrayView encoding, QByteArrayView charset, bool html,
                  bool truncated);

// The preview of a whole message: its text part, else its HTML; empty when it has neither.
QString fromMessage(const MimeMessage &message);

} // namespace Satchel::MimePreview
