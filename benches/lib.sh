# Shell functions shared by the bench scripts (sourced, never run): finding the two servers,
# starting one on 127.0.0.1 and a random port, stopping it, and the paired-median helpers.
# The scripts set $rnats and $ref (the binaries), $work (their scratch directory) and keep the
# running server's PID in SPID.

# ref_binary: the reference nats-server: $NATS_SERVER_BIN, else `nats-server` on PATH, else the
# one .ci/install-nats-server.sh installs.
ref_binary() {
  local r=${NATS_SERVER_BIN:-$(command -v nats-server || true)}
  if [[ -z $r ]]; then r=$(bash .ci/install-nats-server.sh) || return 1; fi
  echo "$r"
}

# rnats_binary: $RNATS_BIN, else a release build of this tree.
rnats_binary() {
  if [[ -n ${RNATS_BIN:-} ]]; then
    echo "$RNATS_BIN"
  else
    cargo build --release --quiet --bin rnats || return 1
    echo target/release/rnats
  fi
}

# cleanup: kills the server SPID names, if any, and removes $work (the scripts' EXIT trap).
cleanup() {
  if [[ -n $SPID ]]; then kill "$SPID" 2>/dev/null || true; fi
  rm -rf "$work"
}

# spawn_server rnats|ref LOG [SERVER FLAGS...] → SPID: the server on 127.0.0.1 and a random
# port, its output in LOG (emptied first).
spawn_server() {
  local kind=$1 log=$2
  shift 2
  : >"$log"
  if [[ $kind == rnats ]]; then
    "$rnats" server -a 127.0.0.1 -p -1 "$@" >"$log" 2>&1 &
  else
    "$ref" -a 127.0.0.1 -p -1 "$@" >"$log" 2>&1 &
  fi
  SPID=$!
}

# log_port LOG [WHAT]: the port of the server's "WHAT on HOST:PORT" log line ("client
# connections" unless WHAT is given), once it appears (10 s at most); empty if it does not.
log_port() {
  local what=${2:-client connections} port=""
  for _ in $(seq 200); do
    port=$(grep -o "$what on [^ ]*" "$1" | head -1 | sed 's/.*://' || true)
    if [[ -n $port ]]; then break; fi
    sleep 0.05
  done
  echo "$port"
}

# stop_server: kills the server SPID names and waits for it.
stop_server() {
  kill "$SPID" 2>/dev/null || true
  wait "$SPID" 2>/dev/null || true
  SPID=""
}

# status_kb PID FIELD → kB (VmRSS, VmHWM, ... of /proc/PID/status).
status_kb() {
  awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"
}

# record KEY KIND VALUE: appends VALUE, if any, to $work/KEY.KIND (one value per round).
record() {
  if [[ -n ${3:-} ]]; then echo "$3" >>"$work/$1.$2"; fi
}

# median FILE: the median of the numbers in FILE, empty if there are none.
median() {
  if [[ ! -s $1 ]]; then echo ""; return; fi
  sort -g "$1" | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}
