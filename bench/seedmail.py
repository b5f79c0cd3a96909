"""Deterministic, realistic mail for the IMAP benchmark, written straight into a Maildir.

The mix: 5 % short replies (0.5-2 KB), 90 % ordinary text mail (2-20 KB, log-uniform), 2 % long
newsletters (20-120 KB, HTML), and ATTACH_PERCENT (default 3 %) with one or two attachments
(PDF, JPEG, ZIP; whole message at most 2 MB). About 15 % have non-ASCII subjects, display names or
bodies (RFC 2047 words, UTF-8 8bit or quoted-printable, RFC 2231 file names). Headers vary: Received
chains, DKIM signatures, threads (In-Reply-To/References), mailing-list headers, Cc, Reply-To.
Flags: about 75 % seen, 10 % answered, 3 % flagged. The same seed gives byte-identical files.
"""

import base64
import datetime
import email.utils
import math
import os
import quopri
import random

EN_WORDS = """the of and to in is that for it as was with be by on not he this are or his from at which
but have an they you were her she there been one all we their has would when if so no will more about
can out up them some could what into than time only other new also any these may our two first do such
like then over most after made many before must through back years where much your way well down should
because each just those people how too little state good very make world still own see men work long get
here between both life being under never day same another know while last might us great old year off
come since against go came right used take three meeting project budget release review deadline draft
report schedule invoice contract server backup network update patch build test customer quarter agenda
minutes proposal feedback design migration account password mailbox folder calendar travel hotel flight
""".split()

# Snippets for non-ASCII bodies; each is a phrase a real message could contain.
INTL_PHRASES = [
    "Grüße aus München, wir sehen uns übermorgen beim Frühstück.",
    "Die Änderungen an der Präsentation sind fertig; bitte prüfe die Überschriften.",
    "Voilà le compte rendu de la réunion de vendredi, désolé pour le délai.",
    "Merci pour votre réponse rapide, à bientôt à Besançon.",
    "¿Podemos mover la reunión al miércoles? Mañana no puedo.",
    "Привет! Отчёт за квартал во вложении, посмотри, пожалуйста.",
    "Встреча перенесена на четверг, в 15:00 по московскому времени.",
    "お疲れ様です。来週の会議の資料を添付しました。ご確認ください。",
    "明日の打ち合わせは午後三時からでお願いします。",
    "你好，附件是本季度的报告，请查收。",
    "会议改到星期四下午，谢谢。",
    "Zoë and Åsa will bring the smørrebrød — naïve café prices, €12 each.",
    "Καλημέρα, η συνάντηση είναι αύριο στις δέκα.",
    "Dziękuję za szybką odpowiedź, pozdrawiam z Łodzi.",
]

ASCII_NAMES = ["John Smith", "Mary Johnson", "Robert Brown", "Linda Davis", "Michael Miller",
               "Sarah Wilson", "David Moore", "Karen Taylor", "James Anderson", "Patricia Thomas",
               "Build Bot", "Support Team", "Newsletter", "Alex Kim", "Priya Patel"]
INTL_NAMES = ["Jürgen Müller", "François Lefèvre", "Zoë Ångström", "Иван Петров", "山田太郎",
              "王芳", "José Núñez", "Søren Kierkegaard", "Ελένη Παπαδοπούλου", "Łukasz Wróbel"]
INTL_LOCALS = ["juergen.mueller", "francois.lefevre", "zoe.angstrom", "ivan.petrov", "t.yamada",
               "wang.fang", "jose.nunez", "soren.k", "eleni.p", "lukasz.wrobel"]
DOMAINS = ["example.com", "example.org", "mail.example.net", "lists.example.io", "corp.example.co.uk",
           "example.de", "example.fr", "example.jp"]
SUBJECT_STARTS = ["Re: ", "RE: ", "Fwd: ", "AW: ", "", "", "", "", "[dev] ", "[announce] "]
INTL_SUBJECTS = ["Besprechung am Dienstag – Änderungen", "Réunion de l'équipe — ordre du jour",
                 "Отчёт за квартал", "会議の資料について", "季度报告", "Café & crème brûlée on Friday",
                 "Προσφορά για το έργο", "Faktura za usługi — październik", "¡Feliz año nuevo!"]
ATTACHMENTS = [("application/pdf", "report-{}.pdf"), ("image/jpeg", "IMG_{}.jpg"),
               ("application/zip", "logs-{}.zip"), ("application/pdf", "Präsentation-{}.pdf"),
               ("image/png", "screenshot-{}.png")]
MAX_MESSAGE = 2_000_000


def _wrap_words(words, width=72):
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


def encode_word(text, rng):
    """RFC 2047: B with UTF-8 most of the time, Q with ISO-8859-1 where it can be."""
    try:
        latin = text.encode("iso-8859-1")
        if rng.random() < 0.5:
            q = "".join(chr(b) if (48 <= b < 123 and chr(b) not in "=?_") else
                        ("_" if b == 32 else f"={b:02X}") for b in latin)
            return f"=?ISO-8859-1?Q?{q}?="
    except UnicodeEncodeError:
        pass
    words, chunk = [], ""
    for ch in text:  # never split a character between encoded words
        if len((chunk + ch).encode()) > 45:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


class MailGenerator:
    def __init__(self, seed, attach_percent=3.0):
        self.rng = random.Random(seed)
        self.attach_fraction = attach_percent / 100.0
        rng = self.rng
        self.paragraphs = [_wrap_words(rng.choices(EN_WORDS, k=rng.randint(20, 140)))
                           for _ in range(3000)]
        self.intl_paragraphs = [
            _wrap_words(" ".join(rng.choices(INTL_PHRASES, k=rng.randint(2, 8))).split()
                        + rng.choices(EN_WORDS, k=rng.randint(0, 40)))
            for _ in range(600)]
        # Incompressible bytes for attachments, as real PDFs and JPEGs are.
        self.blob = rng.randbytes(3 * 1024 * 1024)
        self.start = datetime.datetime(2021, 6, 1, tzinfo=datetime.timezone.utc)
        self.span = 3 * 365 * 86400
        self.message_ids = []

    def _address(self, intl):
        rng = self.rng
        if intl:
            pick = rng.randrange(len(INTL_NAMES))
            name, local = INTL_NAMES[pick], INTL_LOCALS[pick]
        else:
            name = rng.choice(ASCII_NAMES)
            local = name.lower().replace(" ", ".")
        addr = f"{local}@{rng.choice(DOMAINS)}"
        if rng.random() < 0.1:
            return addr
        if not name.isascii():
            return f"{encode_word(name, rng)} <{addr}>"
        return f"\"{name}\" <{addr}>" if rng.random() < 0.3 else f"{name} <{addr}>"

    def _text(self, target, intl):
        rng = self.rng
        out, size = [], 0
        pool = self.intl_paragraphs if intl else self.paragraphs
        while size < target:
            p = rng.choice(pool) if (not intl or rng.random() < 0.5) else rng.choice(self.paragraphs)
            if rng.random() < 0.15:
                p = "> " + p.replace("\n", "\n> ")
            out.append(p)
            size += len(p.encode()) + 2
        out.append("-- \n" + rng.choice(ASCII_NAMES) + "\nExample Corp, Springfield")
        return "\n\n".join(out) + "\n"

    def _headers(self, index, when, intl):
        rng = self.rng
        domain = rng.choice(DOMAINS)
        h = [f"Return-Path: <bounce-{index}@{domain}>"]
        hop_time = when
        for hop in range(rng.randint(2, 4)):
            hop_time -= datetime.timedelta(seconds=rng.randint(1, 30))
            h.append(f"Received: from mx{hop}.{domain} (mx{hop}.{domain} [192.0.2.{rng.randint(1, 254)}])\n"
                     f"\tby mail.example.test (Postfix) with ESMTPS id {rng.getrandbits(40):010X}\n"
                     f"\tfor <user@example.test>; {email.utils.format_datetime(hop_time)}")
        if rng.random() < 0.3:
            sig = base64.b64encode(rng.randbytes(128)).decode()
            h.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=s1;\n"
                     f"\th=from:to:subject:date:message-id; bh={base64.b64encode(rng.randbytes(32)).decode()};\n"
                     f"\tb={sig[:70]}\n\t{sig[70:]}")
        tz = datetime.timezone(datetime.timedelta(hours=rng.choice([-8, -5, 0, 1, 2, 3, 9])))
        h.append("Date: " + email.utils.format_datetime(when.astimezone(tz)))
        h.append("From: " + self._address(intl and rng.random() < 0.6))
        tos = [self._address(False) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
        h.append("To: " + ",\n ".join(tos))
        if rng.random() < 0.3:
            h.append("Cc: " + ",\n ".join(self._address(intl) for _ in range(rng.randint(1, 4))))
        if rng.random() < 0.1:
            h.append("Reply-To: " + self._address(False))
        if intl and rng.random() < 0.7:
            subject = rng.choice(SUBJECT_STARTS) + encode_word(rng.choice(INTL_SUBJECTS), rng)
        else:
            words = " ".join(rng.choices(EN_WORDS, k=rng.randint(2, 12)))
            subject = rng.choice(SUBJECT_STARTS) + words.capitalize()
        h.append("Subject: " + subject)
        mid = f"<{index}.{rng.getrandbits(48):012x}@{domain}>"
        if self.message_ids and rng.random() < 0.4:
            parents = rng.sample(self.message_ids[-200:], min(len(self.message_ids[-200:]), rng.randint(1, 3)))
            h.append("In-Reply-To: " + parents[-1])
            h.append("References: " + "\n ".join(parents))
        self.message_ids.append(mid)
        h.append("Message-ID: " + mid)
        if rng.random() < 0.2:
            h.append(f"List-Id: Team discussion <team.{domain}>")
            h.append(f"List-Unsubscribe: <mailto:leave-{index}@{domain}>, <https://{domain}/u/{index}>")
        h.append(rng.choice(["X-Mailer: Apple Mail (2.3445)", "User-Agent: Mozilla Thunderbird",
                             "X-Mailer: Microsoft Outlook 16.0", "User-Agent: Mutt/2.2.9",
                             "X-Mailer: PHPMailer 6.8"]))
        h.append("MIME-Version: 1.0")
        return h

    def _text_part(self, text, intl):
        if not intl:
            return "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n" + text
        if self.rng.random() < 0.5:
            return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + text
        qp = quopri.encodestring(text.encode()).decode("ascii")
        return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp

    def _html_part(self, text):
        paras = "".join(f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in text.split("\n\n"))
        html = ("<html><head><style>body{font-family:Arial,sans-serif}p{margin:0 0 1em}</style>"
                f"</head><body>\n{paras}</body></html>\n")
        qp = quopri.encodestring(html.encode()).decode("ascii")
        return "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp

    def _attachment(self, raw_size, intl):
        rng = self.rng
        mime, pattern = rng.choice(ATTACHMENTS)
        name = pattern.format(rng.randint(1000, 9999))
        off = rng.randrange(0, len(self.blob) - raw_size)
        data = base64.encodebytes(self.blob[off:off + raw_size]).decode("ascii")
        if not name.isascii() or (intl and rng.random() < 0.5):
            from urllib.parse import quote
            disp = f"attachment;\n filename*=UTF-8''{quote(name)}"
        else:
            disp = f"attachment; filename=\"{name}\""
        return (f"Content-Type: {mime}; name=\"{name.encode('ascii', 'replace').decode()}\"\n"
                f"Content-Disposition: {disp}\nContent-Transfer-Encoding: base64\n\n" + data)

    @staticmethod
    def _multipart(kind, parts, boundary):
        body = "".join(f"--{boundary}\n{p}\n" for p in parts)
        return (f"Content-Type: multipart/{kind};\n boundary=\"{boundary}\"\n\n"
                f"This is a multi-part message in MIME format.\n\n{body}--{boundary}--\n")

    def message(self, index, count):
        """Returns (bytes, internal date as a Unix time, Maildir flag letters)."""
        rng = self.rng
        when = self.start + datetime.timedelta(seconds=self.span * (index + rng.random()) / count)
        intl = rng.random() < 0.15
        kind = rng.random()
        boundary = f"=_bench_{index}_{rng.getrandbits(32):08x}"
        if kind < self.attach_fraction:
            text = self._text(rng.randint(400, 6000), intl)
            parts = [self._text_part(text, intl)]
            budget = MAX_MESSAGE - 16_000
            for _ in range(2 if rng.random() < 0.15 else 1):
                raw = int(8_000 * math.exp(rng.random() * math.log(1_450_000 / 8_000)))
                raw = min(raw, budget * 3 // 4 - 1_000)
                if raw < 1_000:
                    break
                parts.append(self._attachment(raw, intl))
                budget -= raw * 4 // 3 + raw // 50 + 500
            body = self._multipart("mixed", parts, boundary)
        else:
            if kind < self.attach_fraction + 0.05:
                target = rng.randint(500, 2000)
            elif kind < self.attach_fraction + 0.95:
                target = int(2048 * 10 ** rng.random())
            else:
                target = rng.randint(20_000, 120_000)
            headers_estimate = 1200
            if target > 20_000 or rng.random() < 0.2:  # newsletters and many clients send HTML too
                text = self._text(max(200, (target - headers_estimate) // 3), intl)
                body = self._multipart("alternative", [self._text_part(text, intl), self._html_part(text)],
                                       boundary)
            else:
                body = self._text_part(self._text(max(100, target - headers_estimate), intl), intl)
        data = ("\n".join(self._headers(index, when, intl)) + "\n" + body).encode()
        age = 1 - index / count
        flags = ""
        if rng.random() < 0.03:
            flags += "F"
        if rng.random() < 0.10:
            flags += "R"
        if rng.random() < 0.5 + 0.45 * age:
            flags += "S"
        return data, when.timestamp(), flags


def seed_maildir(maildir, count, seed, attach_percent):
    """Writes COUNT messages into MAILDIR/cur; returns (total bytes, count per size class)."""
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(maildir, sub), exist_ok=True)
    gen = MailGenerator(seed, attach_percent)
    total, classes = 0, {"<2KB": 0, "2-20KB": 0, "20-200KB": 0, ">200KB": 0}
    cur = os.path.join(maildir, "cur")
    for i in range(count):
        data, when, flags = gen.message(i, count)
        size = len(data)
        vsize = size + data.count(b"\n")
        path = os.path.join(cur, f"{1_600_000_000 + i}.M{i}P1.bench,S={size},W={vsize}:2,{flags}")
        with open(path, "wb") as f:
            f.write(data)
        os.utime(path, (when, when))
        total += size
        key = "<2KB" if size < 2048 else "2-20KB" if size <= 20480 else "20-200KB" if size <= 204800 else ">200KB"
        classes[key] += 1
    return total, classes
