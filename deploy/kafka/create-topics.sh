#!/bin/bash
# Create every topic of the suite and its dead-letter topic (idempotent). Mirrors the catalogue:
# one topic per producing service (docs/events.md).
set -euo pipefail
for producer in budget hr facilities it production; do
  for topic in "sg.${producer}.events" "sg.${producer}.events.dlq"; do
    /opt/kafka/bin/kafka-topics.sh --bootstrap-server "${BOOTSTRAP}" --create --if-not-exists \
      --topic "${topic}" --partitions "${PARTITIONS}" --replication-factor "${REPLICATION}" \
      --config min.insync.replicas=1 --config retention.ms=1209600000
  done
done
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "${BOOTSTRAP}" --list
