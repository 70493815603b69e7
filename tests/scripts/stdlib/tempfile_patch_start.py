# tempfile's unused-name loop (mkstemp, mkdtemp, NamedTemporaryFile) and mock's patch/patch.dict start()/stop()
import tempfile, os, unittest.mock as mock
fd, p = tempfile.mkstemp(suffix='.x', prefix='pre', text=True); os.close(fd)
print(os.path.isabs(p), os.path.basename(p).startswith('pre'), p.endswith('.x')); os.unlink(p)
d = tempfile.mkdtemp(prefix='dd', dir='.'); print(os.path.isabs(d), os.path.isdir(d), oct(os.stat(d).st_mode & 0o777)); os.rmdir(d)
with tempfile.NamedTemporaryFile('w') as f:
    f.write('x'); print(os.path.exists(f.name))
with tempfile.TemporaryDirectory() as t:
    print(os.path.isdir(t))
try:
    tempfile.mkstemp(dir='/nonexistent-dir-xyz')
except FileNotFoundError as e:
    print('FNF', e.errno)
import unittest.mock
m = {'a': 1}
pd = mock.patch.dict(m, {'b': 2}, clear=True)
pd.start(); print(m)
po = mock.patch('os.getcwd', return_value='X'); po.start(); print(os.getcwd())
print(pd.stop(), po.stop(), m, os.getcwd() != 'X', pd.stop())
pd.start(); mock.patch.stopall(); print(m)
