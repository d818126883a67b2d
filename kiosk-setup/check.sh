#!/usr/bin/env bash
# kiosk-setup/check.sh: the checks CI runs on kiosk-setup/ (see README.md, "For developers").
#
#   shell scripts    shellcheck on every shell script here
#   plan             install.sh --dry-run into an empty --root: every essential step is in the
#                    plan and nothing is written
#   idempotence      the real install, twice, into a throwaway --root holding a minimal /etc:
#                    the second run changes nothing and the tree (paths, types, modes, owners,
#                    sha256, link targets) is identical; options are remembered and undone
#   units            systemd-analyze verify on every unit in that tree, and systemctl --root
#                    agrees on what is enabled
#   foot.ini         foot --check-config (when foot is installed)
#   daily            aidkiosk-daily against a stand-in aidkiosk: backup, pepper.key, rotation
#   daily, real      aidkiosk-daily against the aidkiosk built here: purge, backup, restore
#   starter config   the starter aidkiosk.toml loads in a real aidkiosk (when one is built)
#
#   chroot           as root: install.sh for real (apt, useradd), twice, in a Debian 12 chroot
#                    made with debootstrap from the mirror apt uses here; then the kiosk's own
#                    command line (cage + foot + aidkiosk) started headless as the aidkiosk user.
#                    Two to three minutes, most of it downloading: CI leaves it out (--no-chroot).
#                    Says "skipped" when the mirror cannot be reached. KIOSK_CHECK_MIRROR=URL
#                    picks another mirror.
#
# Run as root on a clean Debian 12 machine, it first installs what the checks need (shellcheck,
# systemd, foot, and debootstrap for the chroot) with apt-get, quietly; as another user it uses
# what is there (and needs fakeroot).
# Exits non-zero if any check fails.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
chroot_too=1
case ${1:-} in
  --no-chroot) chroot_too=0 ;;
  "") ;;
  *) printf 'usage: kiosk-setup/check.sh [--no-chroot]\n' >&2; exit 2 ;;
esac

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
passed=0 failed=0
started=$(date +%s.%N)

# check NAME FUNCTION: runs one check, prints PASS or FAIL with its time and, on failure, why.
check() {
  local name=$1 start end out
  start=$(date +%s.%N)
  out=$("$2" 2>&1)
  local status=$?
  end=$(date +%s.%N)
  local took
  took=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  if ((status == 0)); then
    passed=$((passed + 1))
    printf 'PASS %-16s %5ss%s\n' "$name" "$took" "${out:+  ($out)}"
  else
    failed=$((failed + 1))
    printf 'FAIL %-16s %5ss\n%s\n' "$name" "$took" "$out" | sed '2,$s/^/    /'
  fi
}

fail() {
  printf '%s\n' "$*"
  exit 1
}

# as_root CMD...: the --root installs chown to the kiosk's user, which needs root; without it,
# fakeroot stands in (its state file keeps the owners between runs).
as_root() {
  [[ -e $scratch/fakeroot.state ]] || : >"$scratch/fakeroot.state"
  if [[ $(id -u) == 0 ]]; then
    "$@"
  else
    fakeroot -i "$scratch/fakeroot.state" -s "$scratch/fakeroot.state" -- "$@"
  fi
}

# A minimal /etc for useradd --prefix: this machine's user and group files, without an aidkiosk.
new_root() {
  local dir=$1 f
  mkdir -p "$dir/etc"
  for f in passwd group shadow gshadow; do
    if [[ -r /etc/$f ]]; then
      grep -v '^aidkiosk:' "/etc/$f" >"$dir/etc/$f" || true
    else
      : >"$dir/etc/$f"
    fi
  done
  chmod 0640 "$dir/etc/shadow" "$dir/etc/gshadow"
  cp /etc/login.defs "$dir/etc/login.defs"
}

# A listing of everything under DIR: path, type, mode, numeric owner, sha256 or link target.
snapshot() {
  (cd "$1" && find . -printf '%p %y %m %U:%G %l\n' | sort) | while read -r path type rest; do
    if [[ $type == f ]]; then
      printf '%s %s %s %s\n' "$path" "$type" "$rest" "$(sha256sum <"$1/$path" | cut -d' ' -f1)"
    else
      printf '%s %s %s\n' "$path" "$type" "$rest"
    fi
  done
}

# tools: what the checks run, installed with apt-get when root and missing (CI's clean machine).
check_tools() {
  local want=(shellcheck:shellcheck systemd-analyze:systemd foot:foot
    useradd:passwd findmnt:util-linux sha256sum:coreutils) missing=() pair
  # Root chowns for real; anyone else needs fakeroot for the --root installs.
  [[ $(id -u) == 0 ]] || want+=(fakeroot:fakeroot)
  ((chroot_too)) && [[ $(id -u) == 0 ]] && want+=(debootstrap:debootstrap unshare:util-linux)
  for pair in "${want[@]}"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  if ((${#missing[@]} == 0)); then
    printf 'all there'
    return 0
  fi
  if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
    printf 'missing, not installed (not root): %s' "${missing[*]}"
    return 0
  fi
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
    >"$scratch/apt.log" 2>&1 || fail "apt-get install ${missing[*]} failed:" "$(tail -5 "$scratch/apt.log")"
  printf 'installed %s' "${missing[*]}"
}

stub_bin=$scratch/stub-aidkiosk
printf '#!/bin/sh\necho "stand-in aidkiosk $*"\n' >"$stub_bin"
chmod 0755 "$stub_bin"

check_shellcheck() {
  command -v shellcheck >/dev/null || fail "shellcheck is not installed (apt-get install shellcheck)"
  local scripts=()
  mapfile -t scripts < <(grep -rlE '^#!(/usr/bin/env |/bin/)(ba)?sh' "$here")
  ((${#scripts[@]} >= 3)) || fail "found only: ${scripts[*]}"
  shellcheck "${scripts[@]}" || return 1
  printf '%s scripts' "${#scripts[@]}"
}

check_plan() {
  local dir=$scratch/plan plan
  mkdir -p "$dir"
  plan=$(bash "$here/install.sh" --dry-run --root "$dir" --binary "$stub_bin") || fail "install.sh --dry-run failed: $plan"
  local want
  for want in \
    'would: install /usr/local/bin/aidkiosk (mode 0755' \
    'would: create user aidkiosk (system user, own group, no password, shell /usr/sbin/nologin' \
    'would: create /var/lib/aidkiosk/ (mode 0700, owner aidkiosk)' \
    'would: create /var/lib/aidkiosk/backups/ (mode 0700, owner aidkiosk)' \
    'would: install /etc/aidkiosk/foot.ini' \
    'would: install /etc/pam.d/aidkiosk' \
    'would: install /etc/systemd/system/aidkiosk-kiosk.service' \
    'would: install /etc/systemd/system/aidkiosk-console.service' \
    'would: install /etc/systemd/system/aidkiosk-fallback.service' \
    'would: install /etc/systemd/system/aidkiosk-staff@.service' \
    'would: install /etc/systemd/system/aidkiosk-daily.timer' \
    'would: enable aidkiosk-kiosk.service' \
    'would: enable aidkiosk-daily.timer' \
    'would: install /etc/udev/rules.d/70-aidkiosk-printer.rules' \
    'would: install /etc/systemd/journald.conf.d/aidkiosk.conf' \
    'would: install /etc/sysctl.d/90-aidkiosk.conf' \
    'kernel.sysrq=16' \
    'would: install /etc/systemd/system.conf.d/aidkiosk.conf' \
    'would: install /etc/systemd/logind.conf.d/aidkiosk.conf' \
    'would: mask ctrl-alt-del.target' \
    'would: boot to multi-user.target' \
    'packages are not installed under --root; the machine needs: cage xwayland foot' \
    'nothing was changed'; do
    grep -qF -- "$want" <<<"$plan" || fail "the plan lacks '$want'; it was:" "$plan"
  done
  if grep -E '^(changed|ok):' <<<"$plan"; then fail "a dry run into an empty root reported the lines above"; fi
  [[ -z $(ls -A "$dir") ]] || fail "the dry run wrote into its --root: $(find "$dir" | head)"
  printf '%s steps' "$(grep -c '^would:' <<<"$plan")"
}

installed=$scratch/installed
check_idempotence() {
  local first second again tree1 tree2
  new_root "$installed"
  first=$(as_root bash "$here/install.sh" --root "$installed" --binary "$stub_bin") || fail "first run failed:" "$first"
  grep -q '^changed: create user aidkiosk' <<<"$first" || fail "first run made no user:" "$first"
  tree1=$(as_root bash -c "$(declare -f snapshot); snapshot '$installed'")

  second=$(as_root bash "$here/install.sh" --root "$installed" --binary "$stub_bin") || fail "second run failed:" "$second"
  if grep -E '^(changed|would):' <<<"$second"; then fail "the second run changed the lines above"; fi
  grep -qx "Nothing changed: $installed was already set up." <<<"$second" || fail "second run did not say so:" "$second"
  tree2=$(as_root bash -c "$(declare -f snapshot); snapshot '$installed'")
  [[ $tree1 == "$tree2" ]] || fail "the tree changed on the second run:" "$(diff <(echo "$tree1") <(echo "$tree2"))"

  again=$(as_root bash "$here/install.sh" --dry-run --root "$installed" --binary "$stub_bin") || fail "dry run after install failed"
  grep -q '^Dry run: nothing would change' <<<"$again" || fail "a dry run after the install would change:" "$again"

  # What the tree must hold.
  grep -qE '^aidkiosk:x:[0-9]+:[0-9]+:[^:]*:/var/lib/aidkiosk:/usr/sbin/nologin$' "$installed/etc/passwd" ||
    fail "passwd: $(grep aidkiosk "$installed/etc/passwd")"
  as_root grep -qE '^aidkiosk:!:' "$installed/etc/shadow" || fail "aidkiosk has a password"
  if grep -E '^[^:]*:[^:]*:[^:]*:(.*,)?aidkiosk(,.*)?$' "$installed/etc/group"; then fail "aidkiosk is in other groups"; fi
  local ids
  ids=$(awk -F: '$1 == "aidkiosk" { print $3 ":" $4 }' "$installed/etc/passwd")
  grep -qxF "./var/lib/aidkiosk d 700 $ids" <<<"$tree1" || fail "data dir: $(grep 'var/lib/aidkiosk ' <<<"$tree1")"
  grep -qxF "./var/lib/aidkiosk/backups d 700 $ids" <<<"$tree1" || fail "no backups dir"
  grep -qF "./var/lib/aidkiosk/aidkiosk.toml f 600 $ids " <<<"$tree1" || fail "starter config missing"
  grep -qF './usr/local/bin/aidkiosk f 755 0:0 ' <<<"$tree1" || fail "binary missing"

  # Options change the tree, are remembered, and are undone.
  local opts plain back tree3
  opts=$(as_root bash "$here/install.sh" --root "$installed" --binary "$stub_bin" --display console --staff-tty tty2 --font-size 20 --network) ||
    fail "run with options failed:" "$opts"
  for want in 'enable aidkiosk-console.service' 'disable aidkiosk-kiosk.service' \
    'enable aidkiosk-staff@tty2.service' 'install /etc/aidkiosk/foot.ini' \
    'install /etc/systemd/system/aidkiosk-syncthing.service' 'install /usr/local/bin/aidkiosk-syncthing' \
    'enable aidkiosk-syncthing.service'; do
    grep -q "^changed: $want" <<<"$opts" || fail "run with options lacks '$want':" "$opts"
  done
  grep -q 'size=20' "$installed/etc/aidkiosk/foot.ini" || fail "font size not applied"
  plain=$(as_root bash "$here/install.sh" --root "$installed" --binary "$stub_bin") || fail "rerun failed"
  grep -q '^Nothing changed' <<<"$plain" || fail "the options were not remembered:" "$plain"
  back=$(as_root bash "$here/install.sh" --root "$installed" --binary "$stub_bin" --display wayland --staff-tty none --font-size 15 --no-network) ||
    fail "run back to defaults failed:" "$back"
  tree3=$(as_root bash -c "$(declare -f snapshot); snapshot '$installed'")
  [[ $tree1 == "$tree3" ]] || fail "back to the defaults, the tree differs:" "$(diff <(echo "$tree1") <(echo "$tree3"))"
  printf '%s paths, second run: nothing changed' "$(wc -l <<<"$tree1")"
}

# systemd-analyze verify looks up units and their programs under --root: the installed tree plus
# this machine's stock units, with stand-ins for the Debian programs CI may lack (cage, foot, …).
check_units() {
  command -v systemd-analyze >/dev/null || fail "systemd-analyze is not installed (apt-get install systemd)"
  [[ -f $installed/etc/systemd/system/aidkiosk-kiosk.service ]] || fail "needs the idempotence check's tree"
  local vr=$scratch/verify out p
  mkdir -p "$vr/usr/lib/systemd" "$vr/usr/bin" "$vr/usr/sbin" "$vr/usr/local/bin"
  cp -a "$installed/." "$vr/"
  cp -a /usr/lib/systemd/system "$vr/usr/lib/systemd/" 2>/dev/null || cp -a /lib/systemd/system "$vr/usr/lib/systemd/"
  ln -s usr/lib "$vr/lib"
  ln -s usr/bin "$vr/bin"
  ln -s usr/sbin "$vr/sbin"
  for p in /usr/bin/cage /usr/bin/foot /usr/bin/setfont /usr/bin/setterm /usr/bin/systemctl /usr/sbin/nologin \
    /usr/bin/syncthing /usr/local/bin/aidkiosk-syncthing; do
    printf '#!/bin/sh\n' >"$vr$p"
    chmod 0755 "$vr$p"
  done
  # The staff desk's drop-in too: verify the kiosk as --staff-tty tty2 leaves it.
  mkdir -p "$vr/etc/systemd/system/aidkiosk-kiosk.service.d"
  cp "$here/units/aidkiosk-kiosk.service.d-staff-tty.conf" "$vr/etc/systemd/system/aidkiosk-kiosk.service.d/staff-tty.conf"
  # And Syncthing's, as --network installs it.
  cp "$here/units/aidkiosk-syncthing.service" "$vr/etc/systemd/system/"
  # Any message at all is a failure: unknown keys are only warnings to systemd-analyze.
  local verified=(aidkiosk-kiosk.service aidkiosk-console.service aidkiosk-fallback.service
    aidkiosk-staff@tty2.service aidkiosk-staff@ttyUSB0.service aidkiosk-daily.service
    aidkiosk-daily.timer getty@tty1.service aidkiosk-syncthing.service)
  out=$(cd "$vr" && systemd-analyze --root="$vr" --man=no verify "${verified[@]}" 2>&1) ||
    fail "systemd-analyze verify failed:" "$out"
  [[ -z $out ]] || fail "systemd-analyze verify:" "$out"
  # The links install.sh makes are the ones systemctl would have made.
  local want unit state
  for want in aidkiosk-kiosk.service:enabled aidkiosk-console.service:disabled \
    aidkiosk-fallback.service:static aidkiosk-daily.timer:enabled ctrl-alt-del.target:masked; do
    unit=${want%:*}
    state=$(systemctl --root="$vr" is-enabled "$unit" 2>&1)
    [[ $state == "${want#*:}" ]] || fail "systemctl --root is-enabled $unit: $state, expected ${want#*:}"
  done
  state=$(systemctl --root="$vr" get-default 2>&1)
  [[ $state == multi-user.target ]] || fail "default target: $state"
  printf '%s units verified; enablement as systemctl sees it' "${#verified[@]}"
}

check_foot() {
  if ! command -v foot >/dev/null; then
    printf 'skipped: foot is not installed'
    return 0
  fi
  local ini=$scratch/foot.ini
  sed 's/@FONT_SIZE@/15/g' "$here/conf/foot.ini" >"$ini"
  foot --check-config --config="$ini" >"$scratch/foot.log" 2>&1 || fail "$(grep -v 'info:' "$scratch/foot.log")"
  printf 'foot %s accepts it' "$(foot --version | awk '{ print $3; exit }')"
}

check_daily() {
  local data=$scratch/daily bin=$scratch/daily-aidkiosk out d i today
  today=$(date +%Y-%m-%d)
  mkdir -p "$data/backups"
  # A stand-in for aidkiosk's purge and backup: records the calls, writes the backup file.
  # NO_PURGE=1 makes it an aidkiosk without the purge command (clap's answer: exit 2).
  cat >"$bin" <<'EOF'
#!/bin/sh
case $3 in
  purge) [ -z "${NO_PURGE:-}" ] || exit 2 ;;
  backup) ;;
  *) exit 2 ;;
esac
[ "${4:-}" = --help ] && exit 0
echo "$*" >>"$CALLS"
case $3 in
  purge) [ -z "${FAIL_PURGE:-}" ] ;;
  backup) [ ! -e "$4" ] && echo "backup" >"$4" ;;
esac
EOF
  chmod 0755 "$bin"
  printf 'secret' >"$data/pepper.key"
  for i in $(seq 1 20); do
    d=$(date -d "-$i days" +%Y-%m-%d)
    echo old >"$data/backups/aidkiosk-$d.db"
  done
  echo keep >"$data/backups/notes.txt"
  echo "whole copy" >"$data/backups/.aidkiosk-2026-01-01.db.partial"
  export CALLS=$scratch/daily.calls
  out=$(AIDKIOSK_DATA_DIR=$data AIDKIOSK_BIN=$bin sh "$here/aidkiosk-daily" 2>&1) || fail "aidkiosk-daily failed: $out"
  [[ $(cat "$CALLS") == "--data-dir $data purge"$'\n'"--data-dir $data backup $data/backups/.aidkiosk-$today.db.partial" ]] ||
    fail "calls were: $(cat "$CALLS")"
  [[ -f $data/backups/aidkiosk-$today.db ]] || fail "no backup for today"
  [[ $(find "$data/backups" -name 'aidkiosk-*.db' | wc -l) == 14 ]] || fail "kept: $(ls "$data/backups")"
  [[ -f $data/backups/aidkiosk-$(date -d '-13 days' +%Y-%m-%d).db ]] || fail "the newest 14 were not kept: $(ls "$data/backups")"
  [[ ! -e $data/backups/aidkiosk-$(date -d '-14 days' +%Y-%m-%d).db ]] || fail "a 15th backup was kept"
  [[ -f $data/backups/notes.txt ]] || fail "removed a file it did not write"
  cmp -s "$data/pepper.key" "$data/backups/pepper.key" || fail "pepper.key not copied"
  [[ $(stat -c %a "$data/backups/pepper.key") == 600 ]] || fail "pepper.key copied without mode 0600"
  ls "$data/backups"/.*.partial >/dev/null 2>&1 && fail "left a partial file"
  # A second run the same day replaces today's backup; a failed purge still backs up, and fails.
  : >"$CALLS"
  out=$(FAIL_PURGE=1 AIDKIOSK_DATA_DIR=$data AIDKIOSK_BIN=$bin sh "$here/aidkiosk-daily" 2>&1) &&
    fail "a failed purge did not fail the run: $out"
  grep -q ' backup ' "$CALLS" || fail "a failed purge stopped the backup"
  # An aidkiosk without a purge command: said so, backed up, and the run succeeds.
  : >"$CALLS"
  out=$(NO_PURGE=1 AIDKIOSK_DATA_DIR=$data AIDKIOSK_BIN=$bin sh "$here/aidkiosk-daily" 2>&1) ||
    fail "without a purge command the run failed: $out"
  grep -q "has no 'purge' command" <<<"$out" || fail "without a purge command it did not say so: $out"
  [[ $(cat "$CALLS") == "--data-dir $data backup "* ]] || fail "without a purge command, calls were: $(cat "$CALLS")"
  printf 'backup, pepper.key 0600, 14 kept; without a purge command: said so, backed up'
}

# The aidkiosk built in this checkout, if any (AIDKIOSK_BIN wins).
built_aidkiosk() {
  local bin=${AIDKIOSK_BIN:-}
  if [[ -z $bin ]]; then
    for bin in "$repo/target/debug/aidkiosk" "$repo/target/release/aidkiosk" ""; do
      [[ -x $bin ]] && break
    done
  fi
  printf '%s' "$bin"
}

# aidkiosk-daily against the real aidkiosk: a set-up site with history, purged and backed up
# into a backup the real restore accepts.
check_daily_real() {
  local bin data=$scratch/daily-real out today
  bin=$(built_aidkiosk)
  if [[ -z $bin ]]; then
    printf 'skipped: no aidkiosk built'
    return 0
  fi
  today=$(date +%Y-%m-%d)
  out=$(echo 2468 | "$bin" --data-dir "$data" init --site Check --admin Check --pin-stdin 2>&1) ||
    fail "init: $out"
  out=$("$bin" --data-dir "$data" seed --entries 500 --days 60 2>&1) || fail "seed: $out"
  out=$(AIDKIOSK_DATA_DIR=$data AIDKIOSK_BIN=$bin sh "$here/aidkiosk-daily" 2>&1) ||
    fail "aidkiosk-daily failed: $out"
  grep -q '^Expired ' <<<"$out" || fail "the purge did not run: $out"
  [[ -f $data/backups/aidkiosk-$today.db ]] || fail "no backup for today: $out"
  out=$("$bin" --data-dir "$scratch/daily-restored" restore "$data/backups/aidkiosk-$today.db" 2>&1) ||
    fail "the backup does not restore: $out"
  grep -q 'Restored 500 entries' <<<"$out" || fail "restored: $out"
  printf 'purge, backup, restore with %s' "${bin#"$repo/"}"
}

check_starter_config() {
  local bin
  bin=$(built_aidkiosk)
  if [[ -z $bin ]]; then
    printf 'skipped: no aidkiosk built'
    return 0
  fi
  local out
  out=$(echo 2468 | "$bin" --data-dir "$scratch/starter" --config "$here/conf/aidkiosk.toml" \
    init --site "Check" --admin Check --pin-stdin 2>&1) || fail "$bin rejects conf/aidkiosk.toml: $out"
  printf 'loads in %s' "${bin#"$repo/"}"
}

# The Debian 12 mirror apt uses on this machine (debootstrap needs one), and apt's proxy if it
# has one, for debootstrap and for the apt-get that install.sh runs in the chroot.
debian_mirror() {
  local uri proxy=""
  if [[ -n ${KIOSK_CHECK_MIRROR:-} ]]; then
    uri=$KIOSK_CHECK_MIRROR
  else
    # shellcheck disable=SC2016 # apt's own $(FIELD) placeholders
    uri=$(apt-get indextargets --format '$(RELEASE) $(REPO_URI)' 2>/dev/null | awk '$1 == "bookworm" { print $2; exit }')
  fi
  eval "$(apt-config shell proxy Acquire::http::Proxy 2>/dev/null)"
  if [[ -n $proxy && -z ${http_proxy:-} ]]; then export http_proxy=$proxy; fi
  printf '%s' "${uri:-http://deb.debian.org/debian}"
}

# The real thing: debootstrap a Debian 12 minbase, run install.sh in it twice (apt and useradd
# for real), ask that system's own systemctl and systemd-analyze, then start the kiosk's own
# command line headless as its user. Two to three minutes, most of it downloading.
check_chroot() {
  if [[ $(id -u) != 0 ]]; then
    printf 'skipped: needs root'
    return 0
  fi
  command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install debootstrap)"
  local bin=${AIDKIOSK_BIN:-} r=$scratch/chroot first second tree1 tree2 state out mirror
  for bin in "$bin" "$repo/target/release/aidkiosk" "$repo/target/debug/aidkiosk" "$stub_bin"; do
    [[ -x $bin ]] && break
  done
  mirror=$(debian_mirror)
  if ! debootstrap --variant=minbase bookworm "$r" "$mirror" >"$scratch/debootstrap.log" 2>&1; then
    # The mirror, not kiosk-setup: say so and let the --root checks stand.
    printf 'skipped: debootstrap could not fetch Debian 12 from %s (%s)' "$mirror" "$(tail -1 "$scratch/debootstrap.log")"
    return 0
  fi
  mkdir -p "$r/opt/aidkiosk"
  cp -a "$here" "$r/opt/aidkiosk/kiosk-setup"
  cp "$bin" "$r/opt/aidkiosk/aidkiosk"
  in_chroot() {
    # Its own mount and process namespaces: nothing started inside outlives the command.
    # shellcheck disable=SC2016 # expanded by the inner sh
    unshare --mount --pid --fork sh -c 'mount -t proc proc "$1/proc" && mount --rbind /dev "$1/dev" && chroot "$@"' \
      sh "$r" "$@"
  }
  first=$(in_chroot bash /opt/aidkiosk/kiosk-setup/install.sh --binary /opt/aidkiosk/aidkiosk 2>&1) ||
    fail "first run:" "$(tail -20 <<<"$first")"
  grep -q '^changed: apt-get install cage xwayland foot' <<<"$first" || fail "first run installed no packages:" "$first"
  tree1=$(snapshot "$r/etc"; snapshot "$r/usr/local"; snapshot "$r/var/lib/aidkiosk")
  second=$(in_chroot bash /opt/aidkiosk/kiosk-setup/install.sh --binary /opt/aidkiosk/aidkiosk 2>&1) ||
    fail "second run:" "$second"
  if grep -E '^(changed|would):' <<<"$second"; then fail "the second run changed the lines above"; fi
  grep -q '^Nothing changed' <<<"$second" || fail "second run:" "$second"
  tree2=$(snapshot "$r/etc"; snapshot "$r/usr/local"; snapshot "$r/var/lib/aidkiosk")
  [[ $tree1 == "$tree2" ]] || fail "the second run changed files:" "$(diff <(echo "$tree1") <(echo "$tree2"))"
  state=$(in_chroot systemctl is-enabled aidkiosk-kiosk.service aidkiosk-daily.timer ctrl-alt-del.target 2>&1)
  [[ $state == $'enabled\nenabled\nmasked' ]] || fail "systemctl is-enabled in the chroot: $state"
  out=$(in_chroot systemd-analyze --man=no verify aidkiosk-kiosk.service aidkiosk-console.service \
    aidkiosk-fallback.service aidkiosk-staff@tty2.service aidkiosk-daily.service aidkiosk-daily.timer 2>&1)
  [[ -z $out ]] || fail "systemd-analyze verify in the chroot:" "$out"
  out=$(in_chroot runuser -u aidkiosk -- true 2>&1) || fail "runuser as aidkiosk: $out"
  # Everything the units, the PAM file and foot.ini name is there on a real Debian 12.
  local p family
  for p in /usr/bin/cage /usr/bin/Xwayland /usr/bin/foot /usr/bin/setfont /usr/bin/setterm /usr/sbin/nologin \
    /usr/share/consolefonts/Uni3-Terminus32x16.psf.gz /usr/bin/espeak-ng; do
    [[ -e $r$p ]] || fail "$p is missing in the chroot"
  done
  for p in pam_deny.so pam_unix.so pam_systemd.so; do
    [[ -n $(find "$r/usr/lib" -name "$p" -path '*/security/*') ]] || fail "PAM module $p is missing"
  done
  out=$(in_chroot foot --check-config --config=/etc/aidkiosk/foot.ini 2>&1) || fail "foot.ini: $out"
  for family in "Noto Sans Mono" "DejaVu Sans Mono" "Noto Sans Arabic" "Noto Sans CJK SC" "Noto Color Emoji"; do
    out=$(in_chroot fc-match -f '%{family}' "$family" 2>&1)
    [[ $out == *"$family"* ]] || fail "fc-match '$family' gives '$out'"
  done
  if [[ $bin == "$stub_bin" ]]; then
    printf 'Debian 12: apt, two runs, nothing changed on the second; units, PAM, fonts, foot.ini (no aidkiosk built: the display stack was not started)'
    return 0
  fi
  # The display stack as aidkiosk-kiosk.service starts it (its ExecStart=, as its user), but on
  # wlroots' headless backend: after four seconds cage, foot and aidkiosk must all be running.
  cat >"$r/opt/aidkiosk/headless.sh" <<'EOF'
#!/bin/sh
rt=/run/aidkiosk-check
mkdir -p $rt && chown aidkiosk:aidkiosk $rt && chmod 0700 $rt
echo 2468 | runuser -u aidkiosk -- /usr/local/bin/aidkiosk --data-dir /var/lib/aidkiosk init \
  --site "Check" --admin Check --pin-stdin >/dev/null || exit 1
runuser -u aidkiosk -- env XDG_RUNTIME_DIR=$rt XDG_CACHE_HOME=$rt/cache LANG=C.UTF-8 \
  WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 WLR_HEADLESS_OUTPUTS=1 \
  timeout 6 /usr/bin/cage -- /usr/bin/foot --config=/etc/aidkiosk/foot.ini \
  /usr/local/bin/aidkiosk --data-dir /var/lib/aidkiosk >$rt/stack.log 2>&1 &
sleep 4
for p in /proc/[0-9]*; do
  [ "$(stat -c %U "$p" 2>/dev/null)" = aidkiosk ] && printf 'running: %s\n' "$(basename "$(readlink "$p/exe")")"
done
wait
grep -o 'noto/[A-Za-z-]*\.tt[fc]' $rt/stack.log | sort -u | sed 's/^/font: /'
grep -i 'error' $rt/stack.log | grep -v -e 'drmGetDevices2' -e 'Basic output test failed' | head -5
EOF
  out=$(in_chroot sh /opt/aidkiosk/headless.sh 2>&1)
  for p in cage foot aidkiosk; do
    grep -qx "running: $p" <<<"$out" || fail "the display stack: $p was not running after 4 s:" "$out"
  done
  grep -qx 'font: noto/NotoSansMono-Regular.ttf' <<<"$out" || fail "foot did not load Noto Sans Mono:" "$out"
  printf 'Debian 12: apt, two runs, nothing changed on the second; units, PAM, fonts, foot.ini; cage + foot + aidkiosk ran headless as aidkiosk'
}

cd "$repo" || exit 1
check tools check_tools
check shellcheck check_shellcheck
check plan check_plan
check idempotence check_idempotence
check units check_units
check foot.ini check_foot
check daily check_daily
check "daily, real" check_daily_real
check "starter config" check_starter_config
((chroot_too)) && check chroot check_chroot
printf '%d passed, %d failed in %ss\n' "$passed" "$failed" \
  "$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
((failed == 0))
