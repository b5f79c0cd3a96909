#pragma once

#include "imapsequenceset.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Satchel {

// Reads the tokens of one IMAP server response (one unit from LineFramer, literals included):
// atoms, numbers, quoted strings, literals, NIL and parenthesised lists (RFC 9051 section 9). It
// knows the grammar's primitives, not its responses, and enforces the limits that keep a hostile
// server from costing more than the bytes it sent: list depth and the number of elements.
//
// Every read either consumes what it read and returns true, or records a failure and returns false.
// The first failure sticks: after it, every read returns false, so a parser may simply give up.
class ImapReader
{
public:
    enum class Failure
    {
        None,
        Malformed,
        TooDeep,
        TooManyElements,
        NumberTooLarge
    };

    // Deeper than any real BODYSTRUCTURE (every multipart level costs one), shallow for the stack.
    static constexpr int maxDepth = 64;
    // Tokens per response; every token costs at least two bytes of input, so this only bounds
    // what a unit near the framer's size limit could make us build.
    static constexpr qsizetype maxElements = qsizetype(1) << 22;

    explicit ImapReader(const QByteArray &unit);

    const QByteArray &unit() const { return m_unit; }
    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_unit.size(); }
    // The byte ahead bytes after the next one, or 0 past the end (a NUL in the data never
    // satisfies a grammar rule either).
    char peek(qsizetype ahead = 0) const;
    // The next bytes, compared without regard to ASCII case.
    bool lookingAt(QByteArrayView word) const;

    Failure failure() const { return m_failure; }
    qsizetype failurePosition() const { return m_failurePosition; }
    // Records failure (the first one wins) and returns false, so "return reader.fail();" works.
    bool fail(Failure failure = Failure::Malformed);

    // Consumes c when it is next; never fails.
    bool skip(char c);
    bool expect(char c);
    bool expectSpace() { return expect(' '); }
    // Consumes word (any ASCII case) when it is next and ends there; never fails.
    bool skipWord(QByteArrayView word);

    // 1*ATOM-CHAR; stopping also at any of alsoStopAt ("[" for a FETCH item name).
    bool readAtom(QByteArray *atom, QByteArrayView alsoStopAt = {});
    // A number (32 bits), nz-number (32 bits, not zero) or number64 (63 bits, RFC 9051).
    bool readNumber(quint32 *number);
    bool readNzNumber(quint32 *number);
    bool readNumber64(quint64 *number);

    // Whether the next token is NIL.
    bool atNil() const;
    // quoted / literal.
    bool readString(QByteArray *string);
    // A string, or an atom that may also contain "]" (ASTRING-CHAR).
    bool readAstring(QByteArray *string);
    // NIL (a null QByteArray) or a string; an empty string is empty but not null.
    bool readNstring(QByteArray *string);
    // Like readNstring, but a literal8 (~{N}) is allowed too: the data of BINARY[...].
    bool readNstringOrLiteral8(QByteArray *string);
    // flag = "\" atom / atom, and "\*" of PERMANENTFLAGS.
    bool readFlag(QByteArray *flag);
    // flag-list = "(" [flag *(SP flag)] ")", as FLAGS, PERMANENTFLAGS and LIST attributes have it.
    bool readFlagList(QList<QByteArray> *flags);
    bool readSequenceSet(ImapSequenceSet *set, bool allowStar = true);

    // "(" and ")", counting the nesting depth.
    bool openList();
    bool closeList();
    // Consumes ")" when it is next; never fails. For loops over list items.
    bool skipListEnd();
    // Consumes NIL when it is next; never fails.
    bool skipNil();

    // One value of any shape (atom, number, string, literal, NIL, flag or nested list), for
    // extension data the grammar leaves open; raw gets the bytes exactly as sent.
    bool readValue(QByteArray *raw);
    // The bytes up to (not including) stop, or to the end when stop is absent.
    QByteArray readUntil(char stop);
    QByteArray readRest();

private:
    bool countElement();
    bool readDigits(quint64 max, quint64 *number);
    bool readQuoted(QByteArray *string);
    bool readLiteral(QByteArray *string);
    bool readBareToken();
    bool readListValue();

    QByteArray m_unit;
    qsizetype m_pos = 0;
    int m_depth = 0;
    qsizetype m_elements = 0;
    Failure m_failure = Failure::None;
    qsizetype m_failurePosition = 0;
};

} // namespace Satchel
