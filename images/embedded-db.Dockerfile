# The local run's embedded database (FerretDB on SQLite, built by `make ferretdb` from the Go module proxy) as
# an image, so the platform can run from images on one Docker network without a registry. A cluster uses the
# official mongo image instead (charts/). Context: the folder holding the binary (images/build.ts passes
# .tools/bin): docker build -f images/embedded-db.Dockerfile .tools/bin
ARG DEBIAN_IMAGE=debian:bookworm-20250520-slim
FROM ${DEBIAN_IMAGE}
ARG DEBIAN_IMAGE
ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG SOURCE=https://github.com/emporium-platform/emporium
LABEL org.opencontainers.image.title="emporium-embedded-db" \
      org.opencontainers.image.description="FerretDB 1.24 (SQLite backend) speaking the MongoDB wire protocol, for local and test runs" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.base.name="${DEBIAN_IMAGE}"
COPY emporium-ferretdb /usr/local/bin/emporium-ferretdb
ENV DO_NOT_TRACK=1
USER 10001:10001
# Mount a volume (or a tmpfs for throwaway runs) here; the root filesystem can stay read-only.
VOLUME /data
EXPOSE 27017
HEALTHCHECK --interval=5s --timeout=3s --retries=5 CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/27017"]
CMD ["emporium-ferretdb", "-listen", "0.0.0.0:27017", "-data-dir", "/data", "-log-level", "warn"]
