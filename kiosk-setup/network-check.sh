#!/usr/bin/env bash
# kiosk-setup/network-check.sh: two sites joined over two real Syncthing instances (Debian's
# package) on 127.0.0.1 only, global discovery and relays off, each carrying one aidkiosk data
# dir's exchange folders. A visitor saves a need on site A's kiosk (keys typed into it, in
# tmux); the script measures the seconds until site B has it, then shows it on B's board.
#
#   kiosk-setup/network-check.sh [AIDKIOSK_BINARY]
#
# Needs syncthing and tmux (as root on Debian it installs them). About half a minute. Exits
# non-zero if the need does not reach B's board within 120 s.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
bin=${1:-$repo/target/release/aidkiosk}
[[ -x $bin ]] || { printf 'no aidkiosk at %s: cargo build --release first\n' "$bin" >&2; exit 2; }
for tool in syncthing tmux; do
  if ! command -v "$tool" >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
    else
      printf 'network-check: needs %s\n' "$tool" >&2
      exit 2
    fi
  fi
done

work=$(mktemp -d)
socket=aidkiosk-network-check-$$
pids=()
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
st=$here/aidkiosk-syncthing
say() { printf '%s  %s\n' "$(date +%T)" "$*"; }

# --- Two sites, each joined to the other (both coordinators' PINs, fingerprints compared). ---
declare -A tag
for s in a b; do
  data=$work/$s
  mkdir -p "$data"
  printf 'sync_every_secs = 10\n[slip]\nplace = "Room %s"\nhours = "Tue 16-19"\n' "$s" >"$data/aidkiosk.toml"
  echo 2468 | "$bin" --data-dir "$data" init --site "Site ${s^^}" --admin Maya --pin-stdin >/dev/null
  echo 2468 | "$bin" --data-dir "$data" network create --staff Maya --pin-stdin >/dev/null
  "$bin" --data-dir "$data" network invite --out "$work/$s.akn" >/dev/null
  tag[$s]=$(cut -d. -f2 "$work/$s.akn")
done
for pair in "a b" "b a"; do
  read -r me other <<<"$pair"
  fingerprint=$("$bin" --data-dir "$work/$me" network join "$work/$other.akn" | awk '/^Fingerprint:/ { print $2 }')
  echo 2468 | "$bin" --data-dir "$work/$me" network join "$work/$other.akn" --confirm "$fingerprint" \
    --staff Maya --pin-stdin >/dev/null
done
say "sites joined: A is ${tag[a]}, B is ${tag[b]}"

# --- Two Syncthing instances on 127.0.0.1, each carrying its site's exchange folders. --------
port=$((22100 + $$ % 500))
declare -A listen gui
listen[a]=tcp://127.0.0.1:$port listen[b]=tcp://127.0.0.1:$((port + 1))
gui[a]=127.0.0.1:$((port + 2)) gui[b]=127.0.0.1:$((port + 3))
for s in a b; do
  "$st" init "$work/st-$s" "${listen[$s]}" "${gui[$s]}" >/dev/null
  grep -q '<globalAnnounceEnabled>false<' "$work/st-$s/config.xml"
  grep -q '<relaysEnabled>false<' "$work/st-$s/config.xml"
  STNOUPGRADE=1 syncthing serve --home="$work/st-$s" --no-browser --no-restart \
    >"$work/st-$s.log" 2>&1 &
  pids+=($!)
done
for s in a b; do
  for _ in $(seq 100); do
    syncthing cli --home="$work/st-$s" show system >/dev/null 2>&1 && break
    sleep 0.2
  done
done
declare -A device
for s in a b; do device[$s]=$("$st" id "$work/st-$s"); done
for pair in "a b" "b a"; do
  read -r me other <<<"$pair"
  "$st" share "$work/st-$me" "$work/$me" "${tag[$me]}" >/dev/null
  "$st" pair "$work/st-$me" "$work/$me" "${tag[$me]}" "${device[$other]}" "${tag[$other]}" \
    "Site ${other^^}" "${listen[$other]}" >/dev/null
done
say "syncthing: two instances on 127.0.0.1, global discovery and relays off, folders shared"

# --- The kiosks, at 80x24 in tmux. ------------------------------------------------------------
for s in a b; do
  tmux -L "$socket" new-session -d -s "$s" -x 80 -y 24 \
    "AIDKIOSK_DATA_DIR=$work/$s $bin run 2>>$work/kiosk-$s.err"
done
screen() { tmux -L "$socket" capture-pane -t "$1" -p; }
keys() { tmux -L "$socket" send-keys -t "$1" "${@:2}"; sleep 0.4; }
wait_for() { # SESSION TEXT SECONDS
  for _ in $(seq $(($3 * 5))); do
    screen "$1" | grep -qF -- "$2" && return 0
    sleep 0.2
  done
  printf 'network-check: %s never showed %q:\n' "$1" "$2" >&2
  screen "$1" >&2
  return 1
}
wait_for a "Welcome" 10
wait_for b "Welcome" 10
# Let both kiosks make their first round, so B knows A's site before the need.
sleep 12

# A visitor at site A: any key, English, "I need something", Food, the rest as offered, save.
keys a Enter
wait_for a "1  English" 5
keys a 1
wait_for a "What would you like to do?" 5
keys a 1
wait_for a "What do you need?" 5
keys a 1
for _ in 1 2 3 4 5 6; do
  screen a | grep -q "Your code" && break
  keys a Enter
done
wait_for a "Your code" 5
code=$(screen a | grep -o 'Your code: [0-9A-Z-]*' | head -1 | cut -d' ' -f3)
saved=$(date +%s.%N)
say "A: a need saved, ticket $code"
keys a Enter

# B: the need arrives (A writes its change file, Syncthing carries it, B's kiosk applies it).
arrived=""
for _ in $(seq 600); do
  if "$bin" --data-dir "$work/b" report gaps --network --format csv 2>/dev/null |
    grep -q "^Site A,food,1,"; then
    arrived=$(date +%s.%N)
    break
  fi
  sleep 0.2
done
[[ -n $arrived ]] || { printf 'network-check: the need never reached B\n' >&2; exit 1; }
took=$(awk -v a="$saved" -v b="$arrived" 'BEGIN { printf "%.1f", b - a }')
say "B: the need applied ${took} s after it was saved at A"

# And a visitor at B sees it on "What is needed now", and A's ticket on "Check my ticket".
keys b Enter
wait_for b "1  English" 5
keys b 1
wait_for b "What would you like to do?" 5
keys b 4
wait_for b "+ 1 need at other places of our network" 5
say "B's board: $(screen b | grep -o 'Food.*+1' | head -1 | tr -s ' ')"
keys b Escape
keys b 3
keys b "${code/-/}" Enter
wait_for b "This ticket is from Site A" 5
say "B's \"Check my ticket\": $(screen b | grep -o 'This ticket is from Site A[^.]*')"
printf 'PASS: a need saved at A was on B'"'"'s board %s s later (two syncthing instances, 127.0.0.1 only)\n' "$took"
