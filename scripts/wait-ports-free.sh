#!/usr/bin/env bash
# Waits (up to 60 s) until nothing listens on these local ports: a previous step's backend or simulator may
# still be shutting down (its shutdown hooks hand running validations back) when the next step starts.
for port in "$@"; do
  for _ in $(seq 1 60); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
    sleep 1
  done
done
