# Stand-in for the official python:<version>-bookworm and python:<version>-slim-bookworm images,
# which cannot be pulled here. It is NOT that Python release: it is Debian bookworm's python3
# (3.11), laid out where the official images put theirs (python, python3 and pip in
# /usr/local/bin), with venv and ensurepip working offline from Debian's bundled wheels.
# PyPI is unreachable, so pip is pointed at a local wheelhouse (PIP_NO_INDEX, PIP_FIND_LINKS)
# holding the pip and setuptools releases the buildpack pins, made from Debian's own pip and
# setuptools wheels relabelled with those versions: the pinned "pip install pip==..." steps of a
# converted Dockerfile then run as written. Everything else an app installs must come from a
# wheel folder of the app. Like the official images it has no unprivileged user.
ARG BASE=unbuildpack-test/bookworm:latest
FROM ${BASE}
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates python3 python3-venv python3-pip-whl python3-setuptools-whl \
 && rm -rf /var/lib/apt/lists/* \
 && ln -s /usr/bin/python3 /usr/local/bin/python3 \
 && ln -s /usr/bin/python3 /usr/local/bin/python
ARG PYTHON_VERSION
ARG PIP_VERSION
ARG SETUPTOOLS_VERSION
# The real images set PYTHON_VERSION; the tag's version, not the Python inside (see above).
ENV PYTHON_VERSION=${PYTHON_VERSION} PIP_NO_INDEX=1 PIP_FIND_LINKS=/opt/wheelhouse
COPY relabel-wheel.py /opt/relabel-wheel.py
RUN mkdir /opt/wheelhouse \
 && python3 /opt/relabel-wheel.py /usr/share/python-wheels/pip-*.whl "${PIP_VERSION}" /opt/wheelhouse \
 && python3 /opt/relabel-wheel.py /usr/share/python-wheels/setuptools-*.whl "${SETUPTOOLS_VERSION}" /opt/wheelhouse \
 && python3 -m venv /tmp/check && /tmp/check/bin/pip install --quiet "pip==${PIP_VERSION}" \
 && rm -rf /tmp/check
CMD ["python3"]
