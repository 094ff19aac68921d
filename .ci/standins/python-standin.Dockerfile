# Stand-in for the official python:<version>-bookworm and python:<version>-slim-bookworm images,
# which cannot be pulled here. It is NOT that Python release: it is Debian bookworm's python3
# (3.11), laid out where the official images put theirs (python, python3 and pip in
# /usr/local/bin), with venv and ensurepip working offline from Debian's bundled wheels.
# PyPI is unreachable, so pip is pointed at a local wheelhouse (PIP_NO_INDEX, PIP_FIND_LINKS)
# holding the pip and setuptools releases the buildpack pins, made from Debian's own pip and
# setuptools wheels relabelled with those versions: the pinned "pip install pip==..." steps of a
# converted Dockerfile then run as written. The wheelhouse also holds Django 3.2.25, gunicorn
# 20.1.0, whitenoise 6.0.0 and their dependencies asgiref 3.6.0, sqlparse 0.4.2 and pytz 2022.7.1:
# Debian bookworm's packages of them (python3-django, python3-gunicorn, python3-whitenoise,
# python3-asgiref, python3-sqlparse, python3-tz), installed only to be packed into py3-none-any
# wheels by debian-wheel.py (with the install requirements their PyPI releases declare, which
# Debian drops), then purged, so this Python has only what pip installs from the wheelhouse.
# Django's wheel lacks the admin's vendored jQuery (jquery.js, jquery.min.js), which Debian's
# package links to its libjs-jquery package.
# Everything else an app installs must come from a wheel folder of the app. Like the official
# images it has no unprivileged user.
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
COPY relabel-wheel.py debian-wheel.py /opt/
RUN mkdir /opt/wheelhouse \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      python3-django python3-gunicorn python3-whitenoise python3-asgiref python3-sqlparse python3-tz \
 && python3 /opt/debian-wheel.py Django /opt/wheelhouse 'asgiref>=3.3.2,<4' pytz 'sqlparse>=0.2.2' \
 && python3 /opt/debian-wheel.py gunicorn /opt/wheelhouse 'setuptools>=3.0' \
 && for dist in whitenoise asgiref sqlparse pytz; do python3 /opt/debian-wheel.py "$dist" /opt/wheelhouse; done \
 && DEBIAN_FRONTEND=noninteractive apt-get purge -y --auto-remove \
      python3-django python3-gunicorn python3-whitenoise python3-asgiref python3-sqlparse python3-tz \
 && rm -rf /var/lib/apt/lists/* \
 && python3 /opt/relabel-wheel.py /usr/share/python-wheels/pip-*.whl "${PIP_VERSION}" /opt/wheelhouse \
 && python3 /opt/relabel-wheel.py /usr/share/python-wheels/setuptools-*.whl "${SETUPTOOLS_VERSION}" /opt/wheelhouse \
 && python3 -m venv /tmp/check && /tmp/check/bin/pip install --quiet "pip==${PIP_VERSION}" \
 && /tmp/check/bin/pip install --quiet Django gunicorn whitenoise \
 && /tmp/check/bin/python -c 'import django, gunicorn.app.wsgiapp, whitenoise' \
 && ! python3 -c 'import django' 2>/dev/null \
 && rm -rf /tmp/check
CMD ["python3"]
