"""importlib.metadata: the installed distributions found along sys.path
(NAME-VERSION.dist-info and .egg-info folders) and their metadata."""

import os
import pathlib
import re
import sys

__all__ = ['Distribution', 'PackageMetadata', 'PackageNotFoundError', 'PathDistribution',
           'distribution', 'distributions', 'files', 'metadata', 'requires', 'version']


class PackageNotFoundError(ModuleNotFoundError):
    """No distribution of that name is installed."""

    def __str__(self):
        return f'No package metadata was found for {self.name}'

    @property
    def name(self):
        (name,) = self.args
        return name


class PackageMetadata:
    """The headers of a METADATA (or PKG-INFO) file."""

    def __init__(self, text):
        self._headers = []
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                break
            if line[:1] in (' ', '\t') and self._headers:
                key, value = self._headers[-1]
                self._headers[-1] = (key, value + '\n' + line)
            elif ':' in line:
                key, _, value = line.partition(':')
                self._headers.append((key.strip(), value.strip()))
            i += 1
        body = '\n'.join(lines[i:])
        if body.strip():
            self._headers.append(('Description', body))

    def __getitem__(self, key):
        for k, v in self._headers:
            if k.lower() == key.lower():
                return v
        return None

    def get(self, key, failobj=None):
        value = self[key]
        return failobj if value is None else value

    def get_all(self, name, failobj=None):
        values = [v for k, v in self._headers if k.lower() == name.lower()]
        return values or failobj

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._headers)

    def __contains__(self, key):
        return self[key] is not None

    @property
    def json(self):
        multiple = {'Classifier', 'Obsoletes-Dist', 'Platform', 'Project-URL', 'Provides-Dist',
                    'Provides-Extra', 'Requires-Dist', 'Requires-External', 'Supported-Platform',
                    'Dynamic'}
        out = {}
        for key in dict.fromkeys(self.keys()):
            k = key.lower().replace('-', '_')
            if key in multiple:
                out[k] = self.get_all(key)
            elif key == 'Keywords':
                out[k] = re.split(r'\s+', self[key])
            else:
                out[k] = self[key]
        return out


class PackagePath(pathlib.PurePosixPath):
    """A path in a distribution's RECORD."""

    def read_text(self, encoding='utf-8'):
        with self.locate().open(encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with self.locate().open('rb') as stream:
            return stream.read()

    def locate(self):
        return self.dist.locate_file(self)


def _normalize(name):
    return re.sub(r'[-_.]+', '-', name).lower().replace('-', '_')


class Distribution:
    """An installed distribution."""

    def read_text(self, filename):
        raise NotImplementedError

    def locate_file(self, path):
        raise NotImplementedError

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError('A distribution name is required.')
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        name = kwargs.pop('name', None)
        path = kwargs.pop('path', None)
        if kwargs:
            raise ValueError('cannot accept context and kwargs')
        wanted = _normalize(name) if name is not None else None
        for folder in (sys.path if path is None else path):
            if not isinstance(folder, str) or folder.startswith('<'):
                continue
            try:
                entries = sorted(os.listdir(folder or '.'))
            except OSError:
                continue
            for entry in entries:
                stem, ext = os.path.splitext(entry)
                if ext not in ('.dist-info', '.egg-info'):
                    continue
                dist_name = stem.split('-', 1)[0]
                if wanted is None or _normalize(dist_name) == wanted:
                    yield PathDistribution(pathlib.Path(folder or '.') / entry)

    @staticmethod
    def at(path):
        return PathDistribution(pathlib.Path(path))

    @property
    def metadata(self):
        text = (self.read_text('METADATA') or self.read_text('PKG-INFO') or
                self.read_text('') or '')
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def files(self):
        text = self.read_text('RECORD')
        if text is None:
            text = self.read_text('SOURCES.txt')
            if text is None:
                return None
            rows = [line for line in text.splitlines()]
        else:
            import csv
            rows = [row[0] for row in csv.reader(text.splitlines()) if row]
        out = []
        for name in rows:
            p = PackagePath(name)
            p.dist = self
            out.append(p)
        return out

    @property
    def requires(self):
        reqs = self.metadata.get_all('Requires-Dist')
        return reqs

    @property
    def entry_points(self):
        text = self.read_text('entry_points.txt') or ''
        out = []
        group = None
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith(('#', ';')):
                continue
            if line.startswith('[') and line.endswith(']'):
                group = line[1:-1]
                continue
            name, _, value = line.partition('=')
            out.append(EntryPoint(name.strip(), value.strip(), group))
        return out


class EntryPoint:
    """An entry point of a distribution: name = module:attr in a group."""

    def __init__(self, name, value, group):
        self.name, self.value, self.group = name, value, group

    def load(self):
        import importlib
        module, _, attrs = self.value.partition(':')
        obj = importlib.import_module(module.strip())
        for attr in filter(None, attrs.strip().split('.')):
            obj = getattr(obj, attr)
        return obj

    @property
    def module(self):
        return self.value.partition(':')[0].strip()

    @property
    def attr(self):
        return self.value.partition(':')[2].strip()

    def __repr__(self):
        return f'EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})'

    def __eq__(self, other):
        return (self.name, self.value, self.group) == (other.name, other.value, other.group)

    def __hash__(self):
        return hash((self.name, self.value, self.group))


class PathDistribution(Distribution):
    """A distribution described by a .dist-info or .egg-info folder."""

    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            return self._path.joinpath(filename).read_text(encoding='utf-8')
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError,
                PermissionError):
            return None

    def locate_file(self, path):
        return self._path.parent / path


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def entry_points(**params):
    eps = []
    seen = set()
    for dist in distributions():
        key = _normalize(dist.name or '')
        if key in seen:
            continue
        seen.add(key)
        eps.extend(dist.entry_points)
    return [ep for ep in eps if all(getattr(ep, k) == v for k, v in params.items())]
