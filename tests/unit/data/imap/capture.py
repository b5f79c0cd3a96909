# Plays a command list against the test bed's IMAPS port and saves every byte the server sent.
#   python3 capture.py USER-PREFIX COMMANDS-FILE OUTPUT   (e.g. bob dovecot-session1.commands x.bin)
# Reads /tmp/imapbed/testbed.json. Special lines: AUTH (AUTHENTICATE PLAIN with a continuation),
# IDLE (IDLE, then DONE), "APPEND ... LITERAL text" (\n becomes CRLF), LOGOUT; $USER and $PASS
# are replaced. Only server bytes are saved: no password ends up in the capture.
import socket, ssl, sys, json, base64, re, time
bed = json.load(open('/tmp/imapbed/testbed.json'))
user = [u for u in bed['users'] if u['email'].startswith(sys.argv[1])][0]
ctx = ssl.create_default_context(cafile=bed['caFile'])
sock = ctx.wrap_socket(socket.create_connection(('127.0.0.1', bed['ports']['imaps'])), server_hostname='localhost')
received = bytearray()
buf = bytearray()
def read_until(pred):
    global buf
    while True:
        m = pred(buf)
        if m is not None:
            return m
        data = sock.recv(65536)
        if not data:
            raise SystemExit('closed')
        received.extend(data); buf.extend(data)
def wait_for(tag):
    global buf
    pat = re.compile(rb'(^|\r\n)' + re.escape(tag.encode()) + rb' (OK|NO|BAD)[^\r\n]*\r\n')
    def pred(b):
        m = pat.search(b)
        return m
    m = read_until(pred)
    buf = buf[m.end():]
def wait_continuation():
    global buf
    def pred(b):
        m = re.search(rb'(^|\r\n)\+[^\r\n]*\r\n', b)
        return m
    m = read_until(pred); buf = buf[m.end():]
n = 0
def cmd(text, literal=None):
    global n
    n += 1
    tag = 'a%d' % n
    if literal is not None:
        sock.sendall(('%s %s {%d}\r\n' % (tag, text, len(literal))).encode())
        wait_continuation()
        sock.sendall(literal + b'\r\n')
    else:
        sock.sendall(('%s %s\r\n' % (tag, text)).encode())
    wait_for(tag)
    return tag
# greeting
read_until(lambda b: re.search(rb'\r\n', b)); buf = bytearray()
for line in open(sys.argv[2]).read().split('\n'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    line = line.replace('$USER', user['email']).replace('$PASS', user['password'])
    if line == 'AUTH':
        n += 1
        sock.sendall(b'a%d AUTHENTICATE PLAIN\r\n' % n)
        wait_continuation()
        sock.sendall(base64.b64encode(b'\0' + user['email'].encode() + b'\0' + user['password'].encode()) + b'\r\n')
        wait_for('a%d' % n)
    elif line == 'IDLE':
        n += 1
        sock.sendall(b'a%d IDLE\r\n' % n)
        wait_continuation()
        time.sleep(0.2)
        sock.sendall(b'DONE\r\n')
        wait_for('a%d' % n)
    elif line.startswith('APPEND '):
        text, lit = line.split(' LITERAL ', 1)
        cmd(text, lit.replace('\\n', '\r\n').encode())
    elif line == 'LOGOUT':
        n += 1
        sock.sendall(b'a%d LOGOUT\r\n' % n)
        try:
            while True:
                d = sock.recv(65536)
                if not d: break
                received.extend(d)
        except Exception:
            pass
        break
    else:
        cmd(line)
open(sys.argv[3], 'wb').write(received)
print(len(received), 'bytes')
