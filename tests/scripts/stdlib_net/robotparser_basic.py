# urllib.robotparser: parsing robots.txt text and reading it over HTTP from
# a local http.server (including the 403 and 404 cases).
import http.server
import threading
import urllib.robotparser

ROBOTS = """\
# comment line
User-agent: CourseBot
User-agent: otherbot
Crawl-delay: 3
Request-rate: 2/10
Disallow: /private/
Allow: /private/public.html
Disallow: /tmp

User-agent: *
Disallow: /cgi-bin/
Disallow: /%7Ejoe/   # quoted
Disallow:

Sitemap: http://example.com/sitemap.xml
Sitemap: http://example.com/other.xml
User-agent: BadBot
Disallow: /
"""

rp = urllib.robotparser.RobotFileParser()
print(rp.mtime(), rp.can_fetch('*', '/'), rp.crawl_delay('x'), rp.site_maps())
rp.parse(ROBOTS.splitlines())
print(rp.mtime() > 0)
for agent in ['CourseBot/1.0', 'coursebot', 'OtherBot', 'BadBot', 'SomeoneElse', 'Mozilla/5.0 (CourseBot)']:
    print(agent, [rp.can_fetch(agent, url) for url in
                  ['/', '/private/x', '/private/public.html', '/tmp', '/tmpfile', '/cgi-bin/a',
                   '/~joe/x', '/%7ejoe/x', 'http://example.com/private/y?q=1']],
          rp.crawl_delay(agent), rp.request_rate(agent))
print(rp.site_maps())
print(str(rp))
print('---')
print(rp.default_entry.rulelines[0], [str(r) for r in rp.entries[0].rulelines])
empty = urllib.robotparser.RobotFileParser()
empty.parse([])
print(empty.can_fetch('a', '/x'), str(empty) == '', empty.site_maps())


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        host = self.headers['Host']
        if '/ok/' in self.path:
            body = b"User-agent: *\nDisallow: /secret\n"
            self.send_response(200)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif '/forbidden/' in self.path:
            self.send_error(403)
        else:
            self.send_error(404)


server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
base = 'http://127.0.0.1:%d' % server.server_port
for where in ['ok', 'forbidden', 'missing']:
    r = urllib.robotparser.RobotFileParser(base + '/' + where + '/robots.txt')
    print(r.path, r.host == '127.0.0.1:%d' % server.server_port)
    r.read()
    print(where, r.disallow_all, r.allow_all, r.can_fetch('bot', base + '/secret/page'), r.can_fetch('bot', '/open'))
server.shutdown()
server.server_close()
t.join()
