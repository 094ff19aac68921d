# Stands in for postgres:17-trixie: Debian trixie's PostgreSQL 17 server, initialised on first
# start by postgres-entrypoint.sh the way the official image's entrypoint does.
ARG BASE
FROM ${BASE}
# No cluster at install time: the entrypoint makes one in PGDATA when the container starts.
RUN mkdir -p /etc/postgresql-common/createcluster.conf.d \
 && echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf.d/stand-in.conf \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-17 \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/lib/postgresql/data /var/run/postgresql \
 && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql \
 && chmod 700 /var/lib/postgresql/data
ENV PATH=/usr/lib/postgresql/17/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
USER postgres
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["bash", "/usr/local/bin/docker-entrypoint.sh"]
CMD ["postgres"]
