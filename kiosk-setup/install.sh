#!/usr/bin/env bash
# kiosk-setup/install.sh: turns a fresh Debian 12 or Raspberry Pi OS (bookworm) machine into an
# aidkiosk kiosk that boots straight into the visitor screen. See kiosk-setup/README.md.
#
# Every step compares before it writes and prints one line: "ok:" (already so), "changed:" (done
# now) or, with --dry-run, "would:". A second run changes nothing and says so.
set -euo pipefail
umask 022

usage() {
  cat <<'EOF'
Usage: sudo kiosk-setup/install.sh [options]

  --dry-run            print every step it would take; change nothing
  --binary PATH        install this aidkiosk binary (default: build it with cargo)
  --data-dir DIR       the kiosk's data dir (default: /var/lib/aidkiosk)
  --display MODE       wayland (default: cage + foot, every script) or console (the Linux
                       console: Latin and Cyrillic letters only, no pictures, no QR on
                       screen; see README.md, "The console kiosk")
  --staff-tty TTY      also run the staff desk on TTY: tty2 (Ctrl+Alt+F2; this turns on
                       switching consoles), ttyUSB0 or ttyS0 (a serial terminal), or none
  --font-size N        text size on the kiosk screen, in points (default: 15)
  --with-cups          also install CUPS, for printers that only work through it
  --network            also install Syncthing as a service of the kiosk user, for a network
                       of sites (README.md, "A network of sites"); --no-network takes it away
  --root DIR           write everything under DIR instead of / (for tests): no packages,
                       no services reloaded
  -h, --help           this text

--data-dir, --display, --staff-tty, --font-size and --network are remembered in /etc/aidkiosk/setup.conf:
running install.sh again without them keeps the earlier choice.
EOF
}

die() {
  printf 'install.sh: %s\n' "$*" >&2
  exit 1
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")

dry_run=0
root=""
binary=""
with_cups=0
opt_data_dir="" opt_display="" opt_staff_tty="" opt_font_size="" opt_network=""

while (($#)); do
  # --name=value is the same as --name value.
  if [[ $1 == --*=* ]]; then
    set -- "${1%%=*}" "${1#*=}" "${@:2}"
  fi
  case $1 in
    --dry-run) dry_run=1 ;;
    --root) root=${2:?--root needs a directory}; shift ;;
    --binary) binary=${2:?--binary needs a path}; shift ;;
    --data-dir) opt_data_dir=${2:?--data-dir needs a directory}; shift ;;
    --display) opt_display=${2:?--display needs wayland or console}; shift ;;
    --staff-tty) opt_staff_tty=${2:?--staff-tty needs a tty name or none}; shift ;;
    --font-size) opt_font_size=${2:?--font-size needs a number}; shift ;;
    --with-cups) with_cups=1 ;;
    --network) opt_network=yes ;;
    --no-network) opt_network=no ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
  shift
done

if [[ -n $root ]]; then
  [[ -d $root ]] || die "--root $root: no such directory"
  root=$(cd "$root" && pwd)
  [[ $root != / ]] || root=""
fi
if [[ -n $binary ]]; then
  [[ -f $binary ]] || die "--binary $binary: no such file"
  binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
fi
if ((!dry_run)) && [[ $(id -u) != 0 ]]; then
  die "this changes the system: run it with sudo (or try --dry-run first)"
fi
if ((!dry_run)) && [[ -n $root && ! -f $root/etc/passwd ]]; then
  die "--root $root has no etc/passwd: copy a minimal /etc (passwd, group, shadow, gshadow, login.defs) into it first"
fi

# --- Settings: defaults, then the last run's choices, then this run's options. ---------------

setup_conf=/etc/aidkiosk/setup.conf
data_dir=/var/lib/aidkiosk
display=wayland
staff_tty=none
font_size=15
network=no
previous_data_dir=""

if [[ -f $root$setup_conf ]]; then
  while IFS='=' read -r key value; do
    case $key in
      data_dir) data_dir=$value; previous_data_dir=$value ;;
      display) display=$value ;;
      staff_tty) staff_tty=$value ;;
      font_size) font_size=$value ;;
      network) network=$value ;;
    esac
  done <"$root$setup_conf"
fi
data_dir=${opt_data_dir:-$data_dir}
display=${opt_display:-$display}
staff_tty=${opt_staff_tty:-$staff_tty}
font_size=${opt_font_size:-$font_size}
network=${opt_network:-$network}
[[ $network == yes || $network == no ]] || die "network '$network' in $setup_conf: yes or no"

data_dir=${data_dir%/}
[[ $data_dir =~ ^/[A-Za-z0-9._/-]+$ && $data_dir != *..* ]] ||
  die "data dir '$data_dir': give an absolute path of letters, digits, '.', '_', '-' and '/'"
[[ $display == wayland || $display == console ]] ||
  die "display '$display': wayland or console"
[[ $staff_tty =~ ^(none|tty([2-9]|1[0-2])|tty(S|USB|ACM|AMA)[0-9]+)$ ]] ||
  die "staff tty '$staff_tty': tty2 to tty12, ttyS0, ttyUSB0, ttyACM0, ttyAMA0 … or none"
if [[ ! $font_size =~ ^[0-9]{1,2}$ ]] || ((10#$font_size < 8 || 10#$font_size > 72)); then
  die "font size '$font_size': a whole number from 8 to 72"
fi
font_size=$((10#$font_size))

user=aidkiosk
bin_path=/usr/local/bin/aidkiosk
units=/etc/systemd/system
# cage needs Mesa's drivers and logind (dbus, pam_systemd) to get the screen, and Debian 12's cage
# (0.1.4) will not start at all without the Xwayland binary ("Cannot create XWayland server"),
# though nothing here uses X; fontconfig keeps a font cache so foot starts at once; console-setup
# and kbd are the console fallback's font.
packages=(cage xwayland foot libgl1-mesa-dri dbus libpam-systemd
  fontconfig fonts-noto-core fonts-noto-mono fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji
  espeak-ng alsa-utils console-setup kbd)
((with_cups)) && packages+=(cups)
[[ $network == yes ]] && packages+=(syncthing)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- Helpers ---------------------------------------------------------------------------------

changes=0
touched=" " # tags of what changed, for reloading the right services at the end

step() { printf '\n== %s\n' "$*"; }
ok() { printf 'ok: %s\n' "$*"; }
note() { printf 'note: %s\n' "$*"; }

# change TAG DESCRIPTION COMMAND...: runs COMMAND (unless --dry-run) and reports it.
change() {
  local tag=$1 what=$2
  shift 2
  changes=$((changes + 1))
  touched+="$tag "
  if ((dry_run)); then
    printf 'would: %s\n' "$what"
  else
    "$@"
    printf 'changed: %s\n' "$what"
  fi
}

touched_any() {
  local tag
  for tag; do
    [[ $touched == *" $tag "* ]] && return 0
  done
  return 1
}

# Numeric ids from the target's own files (under --root, not this machine's).
uid_of() { awk -F: -v n="$1" '$1 == n { print $3; exit }' "$root/etc/passwd" 2>/dev/null || true; }
gid_of() { awk -F: -v n="$1" '$1 == n { print $3; exit }' "$root/etc/group" 2>/dev/null || true; }
ids_of() {
  if [[ $1 == root ]]; then echo 0:0; else echo "$(uid_of "$1"):$(gid_of "$1")"; fi
}

put_file() { # SRC PATH MODE OWNER: written beside PATH, then renamed over it
  local dir tmp
  dir=$(dirname "$2")
  mkdir -p "$dir"
  tmp=$(mktemp "$dir/.kiosk-setup.XXXXXX")
  cat "$1" >"$tmp"
  chmod "$3" "$tmp"
  chown "$(ids_of "$4")" "$tmp"
  mv -f "$tmp" "$2"
}

# install_file SRC DEST MODE OWNER TAG [WHAT IT IS FOR]
install_file() {
  local src=$1 dest=$2 mode=$3 owner=$4 tag=$5 why=${6:+: $6} path=$root$2
  if [[ -f $path && ! -L $path ]] && cmp -s "$src" "$path" &&
    [[ $(stat -c %a:%u:%g "$path") == "${mode#0}:$(ids_of "$owner")" ]]; then
    ok "$dest$why"
    return
  fi
  change "$tag" "install $dest (mode $mode, owner $owner)$why" put_file "$src" "$path" "$mode" "$owner"
}

# install_text DEST MODE TAG [WHAT IT IS FOR] < CONTENT: install_file for generated content.
install_text() {
  local tmp
  tmp=$(mktemp "$work/text.XXXXXX")
  cat >"$tmp"
  install_file "$tmp" "$1" "$2" root "$3" "${4:-}"
}

make_dir() { # PATH MODE OWNER
  mkdir -p "$1"
  chmod "$2" "$1"
  chown "$(ids_of "$3")" "$1"
}

# ensure_dir DIR MODE OWNER TAG
ensure_dir() {
  local path=$root$1
  if [[ -d $path && ! -L $path ]]; then
    if [[ $(stat -c %a:%u:%g "$path") == "${2#0}:$(ids_of "$3")" ]]; then
      ok "$1/ (mode $2, owner $3)"
    else
      change "$4" "set $1/ to mode $2, owner $3" make_dir "$path" "$2" "$3"
    fi
  else
    change "$4" "create $1/ (mode $2, owner $3)" make_dir "$path" "$2" "$3"
  fi
}

make_link() { # PATH TARGET
  mkdir -p "$(dirname "$1")"
  ln -sfn "$2" "$1"
}

# ensure_link LINK TARGET TAG DESCRIPTION: the symlinks systemctl enable/mask/set-default make.
ensure_link() {
  local path=$root$1
  if [[ -L $path && $(readlink "$path") == "$2" ]]; then
    ok "$4"
    return
  fi
  [[ -d $path && ! -L $path ]] && die "$1 is a directory; expected a link to $2"
  change "$3" "$4 ($1 -> $2)" make_link "$path" "$2"
}

# ensure_absent PATH TAG DESCRIPTION
ensure_absent() {
  if [[ -e $root$1 || -L $root$1 ]]; then
    change "$2" "$3 (remove $1)" rm -f "$root$1"
  fi
}

# --- Steps -------------------------------------------------------------------------------------

if [[ -n $root ]]; then
  printf 'kiosk-setup: an aidkiosk kiosk under %s\n' "$root"
else
  printf 'kiosk-setup: an aidkiosk kiosk on this machine\n'
fi
printf 'data dir %s, display %s, staff desk tty %s, font size %s\n' \
  "$data_dir" "$display" "$staff_tty" "$font_size"
((dry_run)) && printf 'dry run: nothing will be changed\n'

step "Packages"
if [[ -n $root ]]; then
  note "packages are not installed under --root; the machine needs: ${packages[*]}"
else
  missing=()
  for p in "${packages[@]}"; do
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) == installed ]] || missing+=("$p")
  done
  apt_install() {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
  }
  if ((${#missing[@]})); then
    change packages "apt-get install ${missing[*]}" apt_install "${missing[@]}"
  else
    ok "packages: ${packages[*]}"
  fi
fi

step "The aidkiosk program"
if [[ -z $binary ]]; then
  [[ -f $repo/Cargo.toml ]] || die "no --binary given and no aidkiosk source at $repo"
  binary=$repo/target/release/aidkiosk
  if ((dry_run)); then
    printf 'would: build aidkiosk: cargo build --release --locked (in %s)\n' "$repo"
  else
    cargo_build() {
      local home=$HOME run=()
      # Build as the person who ran sudo, with their Rust toolchain, so target/ stays theirs.
      if [[ -n ${SUDO_USER:-} && $SUDO_USER != root ]]; then
        home=$(awk -F: -v n="$SUDO_USER" '$1 == n { print $6; exit }' /etc/passwd)
        run=(runuser -u "$SUDO_USER" --)
      fi
      "${run[@]}" env HOME="$home" PATH="$home/.cargo/bin:$PATH" \
        cargo build --release --locked --manifest-path "$repo/Cargo.toml"
    }
    printf 'build: cargo build --release --locked (in %s)\n' "$repo"
    cargo_build || die "cargo build failed; see kiosk-setup/README.md, 'Building aidkiosk'"
  fi
fi
if [[ -f $binary ]]; then
  install_file "$binary" "$bin_path" 0755 root binary "the kiosk program"
else
  # Only in a dry run without --binary: the build has not happened.
  change binary "install $binary as $bin_path (mode 0755, owner root)" true
fi

step "The kiosk's user"
prefix=()
[[ -n $root ]] && prefix=(--prefix "$root")
entry=$(awk -F: -v n="$user" '$1 == n { print; exit }' "$root/etc/passwd" 2>/dev/null || true)
if [[ -z $entry ]]; then
  group_opt=(--user-group)
  [[ -n $(gid_of "$user") ]] && group_opt=(--gid "$user")
  change user "create user $user (system user, own group, no password, shell /usr/sbin/nologin, home $data_dir)" \
    useradd "${prefix[@]}" --system "${group_opt[@]}" --home-dir "$data_dir" --no-create-home \
    --shell /usr/sbin/nologin --comment "aidkiosk kiosk" "$user"
else
  IFS=: read -r _ _ _ gid _ home shell <<<"$entry"
  before=$changes
  if [[ -z $(gid_of "$user") ]]; then
    change user "create group $user" groupadd "${prefix[@]}" --system "$user"
  fi
  [[ $gid == "$(gid_of "$user")" ]] ||
    change user "set $user's group to $user" usermod "${prefix[@]}" --gid "$user" "$user"
  [[ $home == "$data_dir" ]] ||
    change user "set $user's home to $data_dir" usermod "${prefix[@]}" --home "$data_dir" "$user"
  [[ $shell == /usr/sbin/nologin ]] ||
    change user "set $user's shell to /usr/sbin/nologin" usermod "${prefix[@]}" --shell /usr/sbin/nologin "$user"
  if [[ -r $root/etc/shadow ]]; then
    password=$(awk -F: -v n="$user" '$1 == n { print $2; exit }' "$root/etc/shadow")
    case $password in
      '!' | '*' | '!*' | '!!') ;;
      *) change user "remove $user's password (locked: nobody logs in as $user)" \
        usermod "${prefix[@]}" --password '!' "$user" ;;
    esac
  else
    note "cannot read /etc/shadow without root: $user's password not checked"
  fi
  groups=$(awk -F: -v n="$user" '{ k = split($4, m, ","); for (i = 1; i <= k; i++) if (m[i] == n) print $1 }' \
    "$root/etc/group" | paste -sd, -)
  [[ -z $groups ]] ||
    change user "take $user out of the groups $groups (it needs none)" usermod "${prefix[@]}" --groups "" "$user"
  ((changes > before)) ||
    ok "user $user (system user, own group only, no password, shell /usr/sbin/nologin, home $data_dir)"
fi

step "The data dir"
if [[ -n $previous_data_dir && $previous_data_dir != "$data_dir" && -e $root$previous_data_dir/aidkiosk.db ]]; then
  note "the data in $previous_data_dir stays there: move it yourself (README.md, 'Moving the data dir')"
fi
ensure_dir "$data_dir" 0700 "$user" data
ensure_dir "$data_dir/backups" 0700 "$user" data
# Power cuts: SQLite (WAL, synchronous=FULL) keeps its promises on a journaling filesystem.
fs_dir=$root$data_dir
while [[ ! -d $fs_dir ]]; do fs_dir=$(dirname "$fs_dir"); done
fs=$(findmnt -n -o FSTYPE --target "$fs_dir" 2>/dev/null || stat -f -c %T "$fs_dir")
case $fs in
  ext3 | ext4 | ext2/ext3 | xfs | btrfs | f2fs | jfs) note "$data_dir is on $fs, a journaling filesystem (power cuts: README.md)" ;;
  tmpfs | ramfs) note "$data_dir is on $fs: everything in it is lost at every reboot" ;;
  *) note "$data_dir is on $fs: a power cut may damage data there; an ext4 partition is safer (README.md, 'Power cuts')" ;;
esac
if [[ -d $root$data_dir && -n $(uid_of "$user") ]]; then
  stray=$(find "$root$data_dir" -mindepth 1 \( ! -uid "$(uid_of "$user")" -o ! -gid "$(gid_of "$user")" \) | wc -l)
  if ((stray)); then
    change data "give $user its $stray files in $data_dir (chown -R)" chown -R "$(ids_of "$user")" "$root$data_dir"
  else
    ok "everything in $data_dir belongs to $user"
  fi
fi
if [[ -e $root$data_dir/aidkiosk.toml ]]; then
  ok "$data_dir/aidkiosk.toml (yours: left as it is)"
else
  change data "write a starter $data_dir/aidkiosk.toml (mode 0600, owner $user; printer /dev/usb/lp0)" \
    put_file "$here/conf/aidkiosk.toml" "$root$data_dir/aidkiosk.toml" 0600 "$user"
fi

step "Settings, the terminal and the session"
install_text "$setup_conf" 0644 setup "these choices, kept for the next run" <<EOF
# kiosk-setup/install.sh's choices; running it again without options keeps them.
data_dir=$data_dir
display=$display
staff_tty=$staff_tty
font_size=$font_size
network=$network
EOF
install_text /etc/aidkiosk/aidkiosk.env 0644 kiosk "the data dir, for the services" <<EOF
# Written by kiosk-setup/install.sh (from setup.conf); read by the aidkiosk-* services.
AIDKIOSK_DATA_DIR=$data_dir
EOF
# (Fed by redirection, not a pipe: a pipe would run install_text in a subshell and lose its count.)
install_text /etc/aidkiosk/foot.ini 0644 kiosk "the terminal: Noto fonts, size $font_size, no bindings that start programs" \
  < <(sed "s/@FONT_SIZE@/$font_size/g" "$here/conf/foot.ini")
install_file "$here/conf/pam-aidkiosk" /etc/pam.d/aidkiosk 0644 root kiosk \
  "the kiosk's logind session (no authentication through it)"
install_file "$here/aidkiosk-daily" /usr/local/lib/aidkiosk/aidkiosk-daily 0755 root daily \
  "aidkiosk purge, then aidkiosk backup into $data_dir/backups, newest 14 kept"

step "systemd units"
unit() { install_file "$here/units/$1" "$units/$1" 0644 root units "$2"; }
unit aidkiosk-kiosk.service "the kiosk: cage + foot on tty1, restarted 1 s after a crash"
unit aidkiosk-console.service "the kiosk on the Linux console, the fallback without Wayland"
unit aidkiosk-fallback.service "starts the console kiosk once the Wayland kiosk has given up"
unit aidkiosk-staff@.service "the staff desk on a terminal of its own"
unit aidkiosk-daily.service "daily purge and backup"
unit aidkiosk-daily.timer "runs aidkiosk-daily.service every day"
if [[ $network == yes ]]; then
  unit aidkiosk-syncthing.service "Syncthing for the network of sites: the exchange folders only"
  install_file "$here/aidkiosk-syncthing" /usr/local/bin/aidkiosk-syncthing 0755 root units \
    "aidkiosk-syncthing: Syncthing locked down (no global discovery, no relays, GUI on 127.0.0.1)"
else
  ensure_absent "$units/aidkiosk-syncthing.service" units "no Syncthing service (no --network)"
  ensure_absent /usr/local/bin/aidkiosk-syncthing units "no aidkiosk-syncthing (no --network)"
fi
install_file "$here/units/getty@tty1.service.d-aidkiosk.conf" \
  "$units/getty@tty1.service.d/aidkiosk.conf" 0644 root units \
  "no login prompt on tty1 unless booted with aidkiosk.off"
staff_dropin=$units/aidkiosk-kiosk.service.d/staff-tty.conf
if [[ $display == wayland && $staff_tty == tty[0-9]* ]]; then
  install_file "$here/units/aidkiosk-kiosk.service.d-staff-tty.conf" "$staff_dropin" 0644 root units \
    "cage lets Ctrl+Alt+F1..F12 switch consoles, to reach the staff desk on $staff_tty"
else
  ensure_absent "$staff_dropin" units "no console switching in cage"
fi

step "What starts at boot"
wants=$units/multi-user.target.wants
if [[ $display == wayland ]]; then
  ensure_link "$wants/aidkiosk-kiosk.service" "$units/aidkiosk-kiosk.service" units "enable aidkiosk-kiosk.service"
  ensure_absent "$wants/aidkiosk-console.service" units "disable aidkiosk-console.service"
else
  ensure_link "$wants/aidkiosk-console.service" "$units/aidkiosk-console.service" units "enable aidkiosk-console.service"
  ensure_absent "$wants/aidkiosk-kiosk.service" units "disable aidkiosk-kiosk.service"
fi
for link in "$root$wants"/aidkiosk-staff@*.service; do
  [[ -L $link && $(basename "$link") != "aidkiosk-staff@$staff_tty.service" ]] || continue
  ensure_absent "${link#"$root"}" units "disable $(basename "$link")"
done
if [[ $staff_tty != none ]]; then
  ensure_link "$wants/aidkiosk-staff@$staff_tty.service" "$units/aidkiosk-staff@.service" units \
    "enable aidkiosk-staff@$staff_tty.service (the staff desk on $staff_tty)"
fi
if [[ $network == yes ]]; then
  ensure_link "$wants/aidkiosk-syncthing.service" "$units/aidkiosk-syncthing.service" units \
    "enable aidkiosk-syncthing.service (the network's files)"
else
  ensure_absent "$wants/aidkiosk-syncthing.service" units "disable aidkiosk-syncthing.service"
fi
ensure_link "$units/timers.target.wants/aidkiosk-daily.timer" "$units/aidkiosk-daily.timer" units \
  "enable aidkiosk-daily.timer (purge and backup every day)"
ensure_link "$units/default.target" /lib/systemd/system/multi-user.target units \
  "boot to multi-user.target: no desktop"
ensure_link "$units/ctrl-alt-del.target" /dev/null units "mask ctrl-alt-del.target: Ctrl+Alt+Del does not reboot"

step "Lock-down, logs and hardware"
install_file "$here/conf/sysctl-aidkiosk.conf" /etc/sysctl.d/90-aidkiosk.conf 0644 root sysctl \
  "kernel.sysrq=16: of the SysRq keys only sync works"
install_file "$here/conf/system-aidkiosk.conf" /etc/systemd/system.conf.d/aidkiosk.conf 0644 root manager \
  "Ctrl+Alt+Del pressed many times does not force a reboot"
install_file "$here/conf/logind-aidkiosk.conf" /etc/systemd/logind.conf.d/aidkiosk.conf 0644 root logind \
  "no login prompts on other consoles; sleep keys and lid ignored"
install_file "$here/conf/journald-aidkiosk.conf" /etc/systemd/journald.conf.d/aidkiosk.conf 0644 root journald \
  "journal limit: SystemMaxUse=100M, RuntimeMaxUse=32M"
install_file "$here/conf/70-aidkiosk-printer.rules" /etc/udev/rules.d/70-aidkiosk-printer.rules 0644 root udev \
  "USB receipt printers (/dev/usb/lp*) for group aidkiosk only"

step "Applying"
if [[ -n $root ]]; then
  note "--root: services are not reloaded; everything takes effect when that system boots"
elif [[ ! -d /run/systemd/system ]]; then
  note "systemd is not running here (a chroot?): everything takes effect at the next boot"
else
  # apply WHAT COMMAND...: a consequence of the changes above, not a change of its own. If it
  # cannot be done now, the file is in place all the same and counts from the next boot.
  apply() {
    local what=$1
    shift
    if ((dry_run)); then
      printf 'would: %s\n' "$what"
    elif "$@"; then
      printf 'applied: %s\n' "$what"
    else
      note "could not $what now; it takes effect at the next boot"
    fi
  }
  touched_any units kiosk daily && apply "systemctl daemon-reload" systemctl daemon-reload
  touched_any udev && apply "reload udev rules (the printer's group)" \
    sh -c 'udevadm control --reload && udevadm trigger --action=change --subsystem-match=usbmisc'
  touched_any sysctl && apply "set kernel.sysrq=16 kernel.panic=10" systemctl restart systemd-sysctl.service
  touched_any journald && apply "restart systemd-journald (log limits)" systemctl restart systemd-journald
  touched_any logind && note "logind's settings (no other consoles, lid and sleep keys) take effect at the next boot"
  touched_any manager && note "the Ctrl+Alt+Del setting takes effect at the next boot"
  if touched_any binary kiosk units; then
    apply "restart the kiosk and staff desk if running" \
      systemctl try-restart aidkiosk-kiosk.service aidkiosk-console.service 'aidkiosk-staff@*.service'
  fi
  if [[ $network == yes ]] && touched_any units; then
    apply "start Syncthing for the network" systemctl restart aidkiosk-syncthing.service
  fi
fi

printf '\n'
where="this machine"
[[ -n $root ]] && where=$root
if ((dry_run)); then
  if ((changes)); then
    printf 'Dry run: %d steps would change %s; nothing was changed.\n' "$changes" "$where"
  else
    printf 'Dry run: nothing would change; %s is already set up.\n' "$where"
  fi
elif ((changes)); then
  if ((changes == 1)); then printf 'Done: 1 change.\n'; else printf 'Done: %d changes.\n' "$changes"; fi
  if [[ -z $root && -d /run/systemd/system ]] &&
    ! systemctl is-active --quiet aidkiosk-kiosk.service aidkiosk-console.service; then
    printf 'Restart the machine to start the kiosk: sudo reboot\n'
  fi
else
  printf 'Nothing changed: %s was already set up.\n' "$where"
fi
