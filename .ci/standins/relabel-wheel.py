"""Copies a wheel under another version: the stand-in's offline answer to a pinned tool version.

Usage: relabel-wheel.py WHEEL VERSION OUTDIR. The code is the original wheel's; only the
.dist-info folder's name, METADATA's Version and RECORD's paths change.
"""
import os
import re
import sys
import zipfile

source, version, out = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(source) as wheel:
    old_info = next(n.split("/")[0] for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    name = old_info[: -len(".dist-info")].rsplit("-", 1)[0]
    new_info = f"{name}-{version}.dist-info"
    target = os.path.join(out, f"{name}-{version}-py3-none-any.whl")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as relabelled:
        for item in wheel.infolist():
            data = wheel.read(item.filename)
            path = item.filename.replace(old_info + "/", new_info + "/", 1)
            if path == new_info + "/METADATA":
                data = re.sub(rb"(?m)^Version: .*$", b"Version: " + version.encode(), data, count=1)
            elif path == new_info + "/RECORD":
                data = data.replace(old_info.encode() + b"/", new_info.encode() + b"/")
            relabelled.writestr(path, data)
print(target)
