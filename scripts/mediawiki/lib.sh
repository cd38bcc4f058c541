# Shared helpers for start and stop; sourced, not run.
# shellcheck shell=bash

# Where Debian puts MediaWiki; the instance itself lives in the caller's DIR.
# shellcheck disable=SC2034  # used by start
MW_IP=/usr/share/mediawiki

log() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
die() { log "$*"; exit 1; }

# Absolute path of DIR, creating it; php -S, sqlite and the env file all need one.
abs_dir() {
  mkdir -p -- "$1" && (cd -- "$1" && pwd -P)
}

# Value of KEY in an env file written by start (KEY=%q lines), or empty.
env_get() {
  local file="$1" key="$2" line
  [[ -r "$file" ]] || return 0
  line="$(grep -m1 "^${key}=" -- "$file" || true)"
  [[ -n "$line" ]] || return 0
  eval "printf '%s' ${line#*=}"
}

# Live pids whose process group is $1. Reads /proc so it works without procps.
# Zombies are left out: they are dead, only waiting for init (slow in some sandboxes).
group_members() {
  local pgid="$1" stat rest f state pgrp
  for f in /proc/[0-9]*/stat; do
    stat="$(<"$f")" 2>/dev/null || continue
    rest="${stat##*) }"          # the command name may contain spaces and ')'
    read -r state _ pgrp _ <<<"$rest"
    [[ "$pgrp" == "$pgid" && "$state" != Z ]] && { f="${f#/proc/}"; printf '%s\n' "${f%/stat}"; }
  done
  return 0
}

# True when process group $1 is alive and is a php -S serving docroot $2: a pgid in
# an old env file may have been reused by an unrelated process since.
is_our_server() {
  local pgid="$1" docroot="$2" pid cmd
  [[ "$pgid" =~ ^[0-9]+$ ]] || return 1
  for pid in $(group_members "$pgid"); do
    cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || continue
    [[ "$cmd" == *php* && "$cmd" == *" -t $docroot"* ]] && return 0
  done
  return 1
}

# Kills process group $1 (the server and its workers): TERM, then KILL after 5 s.
kill_group() {
  local pgid="$1" i
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for _ in $(seq 50); do
    [[ -z "$(group_members "$pgid")" ]] && return 0
    sleep 0.1
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}
