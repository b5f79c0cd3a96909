#!/usr/bin/env python3
"""Web servers of Satchel's discovery test bed: files by Host header and path.

HTTPS with the test bed's certificate and with the untrusted rogue certificate serve ROOT/<host>/<path>;
plain HTTP serves HTTP_ROOT/<host>/<path>. Every request is logged as "<port> <method> <host> <path>" so
that tests can check what a client asked for (and that it never asked over plain HTTP).
A file named <name>.redirect holds a Location to answer with 301 instead.
"""
import argparse
import http.server
import os
import ssl
import threading

LOCK = threading.Lock()


def handler_for(root, log_path, port):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            path = self.path.split("?")[0]
            with LOCK, open(log_path, "a") as log:
                log.write(f"{port} GET {host} {self.path}\n")
            file = os.path.normpath(os.path.join(root, host, path.lstrip("/")))
            if not file.startswith(os.path.normpath(root) + os.sep):
                self.answer(404, b"")
            elif os.path.isfile(file + ".redirect"):
                with open(file + ".redirect") as f:
                    self.answer(301, b"", {"Location": f.read().strip()})
            elif os.path.isfile(file):
                with open(file, "rb") as f:
                    self.answer(200, f.read(), {"Content-Type": "application/xml"})
            else:
                self.answer(404, b"not here\n")

        def answer(self, status, body, headers=None):
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def serve(port, root, log_path, cert=None, key=None):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler_for(root, log_path, port))
    if cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


def main():
    parser = argparse.ArgumentParser()
    for name in ("dir", "root", "http-root", "cert", "key", "rogue-cert", "rogue-key", "log"):
        parser.add_argument("--" + name, required=True)
    for name in ("https-port", "rogue-port", "http-port"):
        parser.add_argument("--" + name, type=int, required=True)
    a = parser.parse_args()
    open(a.log, "a").close()
    threads = [serve(a.https_port, a.root, a.log, a.cert, a.key),
               serve(a.rogue_port, a.root, a.log, a.rogue_cert, a.rogue_key),
               serve(a.http_port, a.http_root, a.log)]
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    main()
