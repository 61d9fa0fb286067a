# Loopback site for the full-text case: /feed.xml lists teaser items whose pages (/p/N) are N MB of "</b " with no '>'.
# usage: fulltext_server.py PORT MEGABYTES
import sys, http.server
port, mb = int(sys.argv[1]), float(sys.argv[2])
page = ("<html><body><p>" + "</b " * int(mb * 1024 * 1024 / 4)).encode()
items = "".join(f'<item><title>Teaser {i}</title><link>http://127.0.0.1:{port}/p/{i}</link><description>A short teaser {i}.</description></item>' for i in range(3))
feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers</title><link>http://127.0.0.1:{port}/</link>{items}</channel></rss>'.encode()
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body, ctype = (feed, "application/rss+xml") if self.path == "/feed.xml" else (page, "text/html; charset=utf-8")
        self.send_response(200); self.send_header("Content-Type", ctype); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
