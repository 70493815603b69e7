"""urllib.robotparser for gilpy: RobotFileParser reads a site's robots.txt
(User-agent groups of Allow/Disallow rules, Crawl-delay, Request-rate,
Sitemap) and answers can_fetch(agent, url), as CPython 3.11's."""

import collections
import time
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["RobotFileParser"]

RequestRate = collections.namedtuple("RequestRate", "requests seconds")


class RobotFileParser:
    """The rules of one robots.txt."""

    def __init__(self, url=''):
        self.entries = []
        self.sitemaps = []
        self.default_entry = None
        self.disallow_all = False
        self.allow_all = False
        self.set_url(url)
        self.last_checked = 0

    def mtime(self):
        """When robots.txt was last read (0 if never)."""
        return self.last_checked

    def modified(self):
        self.last_checked = time.time()

    def set_url(self, url):
        self.url = url
        self.host, self.path = urllib.parse.urlparse(url)[1:3]

    def read(self):
        """Fetches and parses robots.txt; 401/403 forbid everything,
        other 4xx allow everything."""
        try:
            f = urllib.request.urlopen(self.url)
        except urllib.error.HTTPError as err:
            if err.code in (401, 403):
                self.disallow_all = True
            elif 400 <= err.code < 500:
                self.allow_all = True
        else:
            raw = f.read()
            self.parse(raw.decode("utf-8").splitlines())

    def _add_entry(self, entry):
        if "*" in entry.useragents:
            if self.default_entry is None:
                self.default_entry = entry
        else:
            self.entries.append(entry)

    def parse(self, lines):
        """Parses robots.txt lines. A group is User-agent lines followed by
        rules; a blank line or a new User-agent after rules ends it."""
        # state 0: nothing yet, 1: user agents seen, 2: rules seen
        state = 0
        entry = Entry()
        self.modified()
        for line in lines:
            if not line:
                if state == 1:
                    entry = Entry()
                    state = 0
                elif state == 2:
                    self._add_entry(entry)
                    entry = Entry()
                    state = 0
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            key, sep, value = line.partition(':')
            if not sep:
                continue
            key = key.strip().lower()
            value = urllib.parse.unquote(value.strip())
            if key == "user-agent":
                if state == 2:
                    self._add_entry(entry)
                    entry = Entry()
                entry.useragents.append(value)
                state = 1
            elif key in ("disallow", "allow"):
                if state != 0:
                    entry.rulelines.append(RuleLine(value, key == "allow"))
                    state = 2
            elif key == "crawl-delay":
                if state != 0:
                    if value.strip().isdigit():
                        entry.delay = int(value)
                    state = 2
            elif key == "request-rate":
                if state != 0:
                    numbers = value.split('/')
                    if (len(numbers) == 2 and numbers[0].strip().isdigit() and
                            numbers[1].strip().isdigit()):
                        entry.req_rate = RequestRate(int(numbers[0]), int(numbers[1]))
                    state = 2
            elif key == "sitemap":
                self.sitemaps.append(value)
        if state == 2:
            self._add_entry(entry)

    def can_fetch(self, useragent, url):
        """May useragent fetch url?"""
        if self.disallow_all:
            return False
        if self.allow_all:
            return True
        if not self.last_checked:
            return False
        parsed = urllib.parse.urlparse(urllib.parse.unquote(url))
        url = urllib.parse.urlunparse(('', '', parsed.path, parsed.params, parsed.query,
                                       parsed.fragment))
        url = urllib.parse.quote(url) or "/"
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry.allowance(url)
        if self.default_entry:
            return self.default_entry.allowance(url)
        return True

    def _entry_value(self, useragent, attr):
        if not self.mtime():
            return None
        for entry in self.entries:
            if entry.applies_to(useragent):
                return getattr(entry, attr)
        if self.default_entry:
            return getattr(self.default_entry, attr)
        return None

    def crawl_delay(self, useragent):
        return self._entry_value(useragent, 'delay')

    def request_rate(self, useragent):
        return self._entry_value(useragent, 'req_rate')

    def site_maps(self):
        return self.sitemaps or None

    def __str__(self):
        entries = self.entries
        if self.default_entry is not None:
            entries = entries + [self.default_entry]
        return '\n\n'.join(map(str, entries))


class RuleLine:
    """An Allow or Disallow rule: a path prefix."""

    def __init__(self, path, allowance):
        if path == '' and not allowance:
            allowance = True      # "Disallow:" (empty) allows everything
        path = urllib.parse.urlunparse(urllib.parse.urlparse(path))
        self.path = urllib.parse.quote(path)
        self.allowance = allowance

    def applies_to(self, filename):
        return self.path == "*" or filename.startswith(self.path)

    def __str__(self):
        return ("Allow" if self.allowance else "Disallow") + ": " + self.path


class Entry:
    """A group: user agents and their rules."""

    def __init__(self):
        self.useragents = []
        self.rulelines = []
        self.delay = None
        self.req_rate = None

    def __str__(self):
        out = [f"User-agent: {agent}" for agent in self.useragents]
        if self.delay is not None:
            out.append(f"Crawl-delay: {self.delay}")
        if self.req_rate is not None:
            out.append(f"Request-rate: {self.req_rate.requests}/{self.req_rate.seconds}")
        out.extend(map(str, self.rulelines))
        return '\n'.join(out)

    def applies_to(self, useragent):
        """Does the group name this agent ('*' names every agent)?"""
        useragent = useragent.split("/")[0].lower()
        for agent in self.useragents:
            if agent == '*':
                return True
            if agent.lower() in useragent:
                return True
        return False

    def allowance(self, filename):
        for line in self.rulelines:
            if line.applies_to(filename):
                return line.allowance
        return True
