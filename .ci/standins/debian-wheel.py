"""Packs a distribution Debian installed into a py3-none-any wheel: the stand-in's offline answer
to a pinned app dependency, since PyPI is unreachable.

Usage: debian-wheel.py NAME OUTDIR [REQUIREMENT...]. The wheel holds the top-level packages the
distribution's metadata names (without __pycache__, and without the files Debian links to
packages not installed: Django admin's vendored jQuery), and a .dist-info folder with
METADATA (name, version, the requirements given here plus the extras Debian kept), WHEEL,
entry_points.txt and RECORD. Debian drops a distribution's install requirements from its
metadata (its packages depend on each other instead), so the caller passes them as REQUIREMENT.
"""
import base64
import hashlib
import importlib.metadata
import os
import sys
import zipfile

name, out, requirements = sys.argv[1], sys.argv[2], sys.argv[3:]
dist = importlib.metadata.distribution(name)
version = dist.version
project = dist.metadata["Name"].replace("-", "_")
info = f"{project}-{version}.dist-info"
site = str(dist.locate_file(""))
requires = requirements + [r for r in (dist.requires or []) if "extra ==" in r]
extras = sorted({r.split('extra == "', 1)[1].rstrip('"') for r in requires if "extra ==" in r})

files = {}
for top in (dist.read_text("top_level.txt") or "").split():
    root = os.path.join(site, top)
    if os.path.isfile(root + ".py"):
        files[top + ".py"] = root + ".py"
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        for file in names:
            path = os.path.join(folder, file)
            if not os.path.isfile(path):
                continue  # a link to a Debian package not installed (vendored jQuery)
            files[os.path.relpath(path, site)] = path

metadata = "".join(
    [f"Metadata-Version: 2.1\nName: {dist.metadata['Name']}\nVersion: {version}\n"]
    + [f"Provides-Extra: {e}\n" for e in extras]
    + [f"Requires-Dist: {r}\n" for r in requires])
generated = {
    f"{info}/METADATA": metadata.encode(),
    f"{info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: debian-wheel.py\n"
                     b"Root-Is-Purelib: true\nTag: py3-none-any\n",
}
entry_points = dist.read_text("entry_points.txt")
if entry_points:
    generated[f"{info}/entry_points.txt"] = entry_points.encode()

target = os.path.join(out, f"{project}-{version}-py3-none-any.whl")
record = []
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as wheel:
    contents = [(arc, open(path, "rb").read()) for arc, path in sorted(files.items())]
    for arc, data in contents + sorted(generated.items()):
        wheel.writestr(arc, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{arc},sha256={digest},{len(data)}\n")
    record.append(f"{info}/RECORD,,\n")
    wheel.writestr(f"{info}/RECORD", "".join(record))
print(target)
