#!/usr/bin/python3
"""Messages for tst_mimeinterop, written and read by Python's email package.

    mimeinterop.py OUTDIR
    mimeinterop.py --read DIR

The first form writes OUTDIR/NAME.eml (varied messages built with email.message.EmailMessage, some with LF and
some with CRLF line endings) and next to each OUTDIR/NAME.json: what
email.parser.BytesParser(policy=email.policy.default) reads from the .eml, in the shape of
`satchel-cli parse --json` (shared/cli.md), so the test compares the two directly.

The second form reads messages built by Satchel's MimeBuilder (DIR/NAME.eml) and writes what
Python reads from each to DIR/NAME.python.json: the header names in order, the main headers
decoded, the text (format=flowed unwrapped here, by this script's own RFC 3676 reader, since
Python does not know it) and each attachment's name, type, size and SHA-256.

Run it with Debian's /usr/bin/python3; it needs nothing but the standard library.

Normalisations, each for a documented difference rather than a bug:
- text: line breaks are "\n" and trailing whitespace of lines is dropped on both sides (Satchel
  turns CRLF into LF for display; Python keeps what the file had).
- an HTML-only message: Python's get_body() gives the HTML, Satchel's "text" the HTML's text;
  the test strips the tags from Python's side with the same simple rules, and compares with
  all whitespace collapsed ("textFromHtml"), as block elements give line breaks a little
  differently.
- date: Python writes "+00:00", Qt writes "Z" for a zero offset.
- messageId: Python keeps the angle brackets, Satchel drops them.
"""

import email.policy
import hashlib
import html
import json
import os
import re
import sys
import zlib
from email.headerregistry import Address, Group
from email.message import EmailMessage
from email.parser import BytesParser

PNG = bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010806000000'
                    '1f15c4890000000d49444154789c63f8cfc0f01f0005000201e5270fe500'
                    '00000049454e44ae426082')


def base(subject, sender='Alice Example <alice@example.test>', to='bob@example.test',
         date='Tue, 01 Jul 2003 10:52:37 +0200'):
    m = EmailMessage()
    m['Subject'] = subject
    m['From'] = sender
    m['To'] = to
    m['Date'] = date
    m['Message-ID'] = '<%08x.%d@example.test>' % (zlib.crc32(subject.encode()), len(subject))
    return m


def messages():
    m = base('Plain ASCII')
    m.set_content('Hello Bob,\n\njust text.\n')
    yield 'plain-ascii', m

    m = base('Grüße aus Köln – “quotes”', 'Jörg Müller <joerg@example.test>',
             'Zoë Çelik <zoe@example.test>, "Doe, Jane" <jane@example.test>')
    m['Cc'] = 'Ærøskøbing Færge <faerge@example.test>'
    m.set_content('Grüße, Jörg!\nZweite Zeile.\n', cte='8bit')
    yield 'utf8-8bit', m

    m = base('Latin-1 quoted-printable')
    m.set_content('Café crème brûlée, señor. ' * 6 + '\nEnde.\n', charset='iso-8859-1',
                  cte='quoted-printable')
    yield 'latin1-qp', m

    m = base('Base64 text')
    m.set_content('Ünïcödé in base64.\n' * 3, cte='base64')
    yield 'utf8-base64', m

    m = base('Alternative', 'Ann <ann@example.test>')
    m.set_content('The plain text.\n')
    m.add_alternative('<html><body><p>The <b>HTML</b> text.</p></body></html>\n',
                      subtype='html')
    yield 'alternative', m

    m = base('Attachments with non-ASCII names')
    m.set_content('See the attachments.\n')
    m.add_attachment(b'%PDF-1.4\n%%EOF\n', maintype='application', subtype='pdf',
                     filename='Prüfbericht € 2024.pdf')
    m.add_attachment('Zeile 1\nZeile 2\n', filename='Übersicht.txt')
    m.add_attachment(PNG, maintype='image', subtype='png', filename='日本語の画像.png')
    m.add_attachment(b'\x00\x01\x02' * 100, maintype='application', subtype='octet-stream',
                     filename='a very long file name with ümlauts that needs continuations '
                              'in RFC 2231 because it is longer than a line.bin')
    yield 'attachments', m

    m = base('こんにちは世界 — 日本語の件名', '山田太郎 <taro@example.jp>',
             '鈴木花子 <hanako@example.jp>')
    m.set_content('日本語の本文です。\nよろしくお願いします。\n', charset='iso-2022-jp', cte='7bit')
    yield 'iso-2022-jp', m

    m = base('Shift_JIS body')
    m.set_content('シフトJISの本文です。\n', charset='shift_jis', cte='base64')
    yield 'shift-jis', m

    m = base('Привет, мир', 'Иван Петров <ivan@example.ru>')
    m.set_content('Текст письма в KOI8-R.\n', charset='koi8-r', cte='8bit')
    yield 'koi8-r', m

    m = base('windows-1252 body')
    m.set_content('Price: 20 € – “fair” … ok\n', charset='cp1252', cte='quoted-printable')
    yield 'windows-1252', m

    m = base('GB2312: 你好; Big5 and EUC-KR in parts')
    m.set_content('你好，世界\n', charset='gb2312', cte='base64')
    m.add_attachment('你好\n'.encode('big5'), maintype='text', subtype='plain',
                     params={'charset': 'big5'}, filename='big5.txt')
    m.add_attachment('안녕하세요\n'.encode('euc-kr'), maintype='text', subtype='plain',
                     params={'charset': 'euc-kr'}, filename='korean.txt')
    yield 'cjk-charsets', m

    m = base('A very long subject with ümlauts that has to be folded over several lines '
             'and split into more than one encoded word by the generator, ünd so wëiter')
    m.set_content('Long lines: ' + 'x' * 200 + '\n' + 'ü' * 150 + '\n', cte='quoted-printable')
    yield 'long-subject-long-lines', m

    inner = base('The original', 'Orig Sender <orig@example.test>')
    inner.set_content('The forwarded text.\n', charset='iso-8859-1', cte='quoted-printable')
    m = base('Fwd: The original')
    m.set_content('Forwarding this.\n')
    m.add_attachment(inner)
    yield 'forwarded-rfc822', m

    m = base('Groups and lists', to='')
    del m['To']
    m['To'] = [Group('Team Ä', [Address('Ann', 'ann', 'example.test'),
                                Address('', 'bob', 'example.test')]),
               Address('Carl, Jr.', 'carl', 'example.test')]
    m['Cc'] = Group('undisclosed-recipients', [])
    m.set_content('Addresses.\n')
    yield 'groups', m

    m = base('HTML only')
    m.set_content('<html><head><title>x</title><style>p {}</style></head><body>'
                  '<h1>Title</h1><p>First &amp; second.</p><p>Third<br>line</p>'
                  '</body></html>\n', subtype='html')
    yield 'html-only', m

    m = base('Related with an inline image')
    m.set_content('Plain version.\n')
    m.add_alternative('<html><body><p>Look: <img src="cid:logo@example.test"></p>'
                      '</body></html>\n', subtype='html')
    m.get_payload()[1].add_related(PNG, 'image', 'png', cid='<logo@example.test>',
                                   filename='logo.png')
    m.add_attachment(b'data', maintype='application', subtype='zip', filename='archiv ä.zip')
    yield 'nested-related', m

    m = base('Empty body')
    m.set_content('')
    yield 'empty-body', m

    for name, date in [('utc', 'Mon, 20 Nov 1995 19:12:08 +0000'),
                       ('negative-offset', 'Fri, 21 Nov 1997 09:55:06 -0600'),
                       ('half-hour', 'Thu, 13 Feb 1969 23:32:00 -0330')]:
        m = base('Date ' + name, date=date)
        m.set_content('Dated.\n')
        yield 'date-' + name, m


# Messages as other programs write them, not as Python would.
RAW = {
    'outlook-related': b"""From: "Smith, John" <john.smith@example.test>
To: "'Team'" <team@example.test>
Subject: =?iso-8859-1?Q?Pr=E4sentation_f=FCr_Montag?=
Date: Mon, 7 Mar 2022 08:15:00 +0000
Message-ID: <DB6PR0801MB@example.test>
Content-Type: multipart/related;
\tboundary="_004_DB6PR_";
\ttype="multipart/alternative"
MIME-Version: 1.0

--_004_DB6PR_
Content-Type: multipart/alternative;
\tboundary="_000_DB6PR_"

--_000_DB6PR_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hallo zusammen,=0D=0Ahier die Pr=E4sentation.=20

--_000_DB6PR_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Hallo zusammen,</p><img src=3D"cid:image001.png@01D8"></body></html>

--_000_DB6PR_--

--_004_DB6PR_
Content-Type: image/png; name="image001.png"
Content-Disposition: inline; filename="image001.png"; size=68;
\tcreation-date="Mon, 07 Mar 2022 08:15:00 GMT"
Content-ID: <image001.png@01D8>
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9
awAAAABJRU5ErkJggg==

--_004_DB6PR_--
""",
    'legacy-filenames': b"""From: a@example.test
Subject: =?UTF-8?B?8J+Ygw==?= =?UTF-8?Q?_emoji?= and =?utf-8?q?a?=
 =?iso-8859-1?q?_=E9t=E9?= plain
Content-Type: multipart/mixed; boundary=XX

preamble
--XX
Content-Type: application/octet-stream;
 name*0*=UTF-8''%E6%97%A5%E6%9C%AC;
 name*1*=%E8%AA%9E.bin
Content-Disposition: attachment;
 filename*0*=UTF-8''%E6%97%A5%E6%9C%AC;
 filename*1*=%E8%AA%9E.bin
Content-Transfer-Encoding: base64

AAECAwQ=
--XX
Content-Type: text/plain; name="=?utf-8?B?0J/RgNC40LLQtdGCLnR4dA==?="
Content-Disposition: attachment; filename="=?utf-8?B?0J/RgNC40LLQtdGCLnR4dA==?="

text attachment
--XX--
epilogue
""",
    'rfc5322-appendix-a': b"""From: Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>
To: A Group(Some people)
     :Chris Jones <c@(Chris's host.)public.example>,
         joe@example.org,
  John <jdoe@one.test> (my dear friend); (the end of the group)
Cc:(Empty list)(start)Hidden recipients  :(nobody(that I know))  ;
Date: Thu,
      13
        Feb
          1969
      23:32
               -0330 (Newfoundland Time)
Message-ID:              <testabcd.1234@silly.test>

Testing.
""",
    'digest': b"""Content-Type: multipart/digest; boundary="---- next message ----"

------ next message ----

From: one@example.test
Subject: first

1
------ next message ----

From: two@example.test
Subject: =?koi8-r?q?=F0=D2=C9=D7=C5=D4?=

2
------ next message ------
""",
    'charsets-in-parts': b"Content-Type: multipart/mixed; boundary=c\n\n--c\n"
    b"Content-Type: text/plain; charset=koi8-r\n\n\xf0\xd2\xc9\xd7\xc5\xd4\n--c\n"
    b"Content-Type: text/plain; charset=shift_jis\n\n\x93\xfa\x96\x7b\n--c\n"
    b"Content-Type: text/plain; charset=windows-1252\n"
    b"Content-Transfer-Encoding: quoted-printable\n\n=80 =93q=94\n--c--\n",
    'deviations': b"""From: user@host.test (Real Name)
To: =?utf-8?q?Caf=C3=A9?= =?iso-8859-1?q?_cr=E8me?= <c@x.test>
Subject: deliberate differences
Date: 21 Nov 97 09:55:06 GMT
Content-Type: text/plain; charset=us-ascii; format=flowed

This paragraph was 
flowed.
""",
}

# Where Satchel deliberately reads a message differently from Python: the value Satchel gives,
# and why. Everything else must be the same.
EXCEPTIONS = {
    'deviations': {
        'from': ('Real Name <user@host.test>',
                 'a comment after a bare address is the old way to write the name (RFC 822); '
                 'Satchel shows it, Python drops it'),
        'to': ('Café crème <c@x.test>',
               'RFC 2047 6.2: whitespace between adjacent encoded words is dropped; Python '
               'keeps it in a display name, giving two spaces'),
        'text': ('This paragraph was flowed.',
                 'format=flowed (RFC 3676) is unwrapped by Satchel; Python does not know it'),
    },
}


def strip_html(text):
    """Roughly the rules of Satchel's MimeText::htmlToText, for the HTML-only case."""
    text = re.sub(r'(?is)<(script|style|title)\b.*?</\1\s*>', '', text)
    text = re.sub(r'(?i)<br\b[^>]*>', '\n', text)
    text = re.sub(r'(?i)</?(p|div|h[1-6]|li|tr|table)\b[^>]*>', '\n', text)
    text = re.sub(r'<[^>]*>', '', text)
    return html.unescape(text)


def normalized_text(text):
    lines = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    return '\n'.join(line.rstrip() for line in lines).strip()


def tree(part):
    node = {'contentType': part.get_content_type()}
    filename = part.get_filename()
    if filename is not None:
        node['filename'] = filename
    if part.is_multipart():
        node['parts'] = [tree(child) for child in part.get_payload()]
    else:
        node['size'] = len(part.get_payload(decode=True) or b'')
    return node


def header(message, name):
    value = message[name]
    return '' if value is None else str(value)


def dump(data):
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    date = message['date']
    iso = date.datetime.isoformat() if date is not None and date.datetime else ''
    if iso.endswith('+00:00'):
        iso = iso[:-6] + 'Z'
    body = message.get_body(preferencelist=('plain', 'html'))
    text = '' if body is None else normalized_text(body.get_content())
    html_only = body is not None and body.get_content_subtype() == 'html'
    if html_only:
        text = ' '.join(strip_html(text).split())
    return {
        'headers': {
            'subject': header(message, 'subject'),
            'from': header(message, 'from'),
            'to': header(message, 'to'),
            'cc': header(message, 'cc'),
            'date': iso,
            'messageId': header(message, 'message-id').strip().strip('<>'),
        },
        'text': text,
        'textFromHtml': html_only,
        'parts': [tree(message)],
        'defects': sum(len(part.defects) for part in message.walk()),
    }


def with_exceptions(name, result):
    for field, (value, _reason) in EXCEPTIONS.get(name, {}).items():
        if field == 'text':
            result['text'] = value
        else:
            result['headers'][field] = value
    return result


def write(out, name, data):
    with open(os.path.join(out, name + '.eml'), 'wb') as f:
        f.write(data)
    base_name = name.rsplit('-', 1)[0]
    with open(os.path.join(out, name + '.json'), 'w') as f:
        json.dump(with_exceptions(base_name, dump(data)), f, ensure_ascii=False, indent=1)


def unwrap_flowed(text, delsp):
    """RFC 3676 4.2: joins flowed lines of one quote depth; space-stuffing is removed."""
    paragraphs = []
    current = None
    current_depth = 0
    for line in text.split('\n'):
        depth = len(line) - len(line.lstrip('>'))
        content = line[depth:]
        if content.startswith(' '):
            content = content[1:]
        if current is not None and depth != current_depth:
            paragraphs.append((current_depth, current))
            current = None
        flowed = content.endswith(' ') and content != '-- '
        if flowed and delsp:
            content = content[:-1]
        if current is None:
            current, current_depth = content, depth
        else:
            current += content
        if not flowed:
            paragraphs.append((current_depth, current))
            current = None
    if current is not None:
        paragraphs.append((current_depth, current))
    return '\n'.join(('>' * depth + ' ' + content).rstrip() if depth else content
                     for depth, content in paragraphs)


def read_built(data):
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    result = dump(data)
    body = message.get_body(preferencelist=('plain',))
    if body is not None:
        text = body.get_content().replace('\r\n', '\n')
        if body.get_param('format', '').lower() == 'flowed':
            text = unwrap_flowed(text, body.get_param('delsp', '').lower() == 'yes')
        result['text'] = normalized_text(text)
    html_body = message.get_body(preferencelist=('html',))
    result['html'] = '' if html_body is None else normalized_text(html_body.get_content())
    result['headerNames'] = list(message.keys())
    for key, name in [('replyTo', 'reply-to'), ('inReplyTo', 'in-reply-to'),
                      ('references', 'references'), ('userAgent', 'user-agent')]:
        result['headers'][key] = header(message, name)
    result['attachments'] = [{
        'filename': part.get_filename() or '',
        'contentType': part.get_content_type(),
        'size': len(part.get_payload(decode=True) or b''),
        'sha256': hashlib.sha256(part.get_payload(decode=True) or b'').hexdigest(),
    } for part in message.iter_attachments()]
    return result


def main():
    if sys.argv[1] == '--read':
        directory = sys.argv[2]
        for name in sorted(os.listdir(directory)):
            if name.endswith('.eml'):
                with open(os.path.join(directory, name), 'rb') as f:
                    result = read_built(f.read())
                with open(os.path.join(directory, name[:-4] + '.python.json'), 'w') as f:
                    json.dump(result, f, ensure_ascii=False, indent=1)
        return
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, message in messages():
        # Each message as on the wire (CRLF) and as in a Unix mbox or .eml file (LF).
        write(out, name + '-crlf', message.as_bytes(policy=email.policy.SMTP))
        write(out, name + '-lf', message.as_bytes(policy=email.policy.default))
    for name, data in RAW.items():
        write(out, name + '-crlf', data.replace(b'\n', b'\r\n'))
        write(out, name + '-lf', data)


if __name__ == '__main__':
    main()
