#!/usr/bin/env bash
# PostgreSQL and RabbitMQ for machines without Docker: started from the installed binaries, bound to loopback,
# with every file under one folder. Used by ./recruitment.sh (up and test); the test fixtures do the same in C#
# when they run on their own.
#
#   servers.sh install                                     apt-get what is missing
#   servers.sh start DIR PG_PORT AMQP_PORT MGMT_PORT       start both (creates DIR on first use)
#   servers.sh stop DIR                                    stop both
#   servers.sh stop-rabbitmq DIR                           stop RabbitMQ only (start brings it back)
#   servers.sh crash-postgres DIR                          stop PostgreSQL at once, as a crash would (start brings it back)
#   servers.sh reap DIR PID                                once PID has exited: stop both and delete DIR
#   servers.sh free-port                                   print a loopback port nothing listens on
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
rabbit_bin=/usr/lib/rabbitmq/bin

as_postgres() {
  # initdb and postgres refuse to run as root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install() {
  local missing=()
  [ -n "$(pg_bin)" ] || missing+=(postgresql)
  [ -x "$rabbit_bin/rabbitmq-server" ] || missing+=(rabbitmq-server)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing ${missing[*]} with apt" >&2
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The Debian packages start system-wide servers on the default ports; ours run on their own ports instead.
  $sudo service rabbitmq-server stop >/dev/null 2>&1 || true
  $sudo service postgresql stop >/dev/null 2>&1 || true
}

# An event store appends all day: PostgreSQL's defaults (128 MB of buffers, a checkpoint every 5 min or 1 GB of WAL)
# suit a small mixed load. Stream ids are hashes, so appends touch index pages all over the store; with more buffers
# they stay in memory, and rarer checkpoints mean fewer full-page images in the WAL. The same settings are in
# docker-compose.yml.
PG_TUNING="-c shared_buffers=1GB -c max_wal_size=4GB -c checkpoint_timeout=15min -c checkpoint_completion_target=0.9"

start_postgres() {
  local dir=$1 port=$2 bin; bin=$(pg_bin)
  mkdir -p "$dir/postgres"
  [ "$(id -u)" = 0 ] && chown postgres "$dir/postgres"
  if [ ! -f "$dir/postgres/data/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$dir/postgres/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/postgres/initdb.log"
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$dir/postgres/data" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$dir/postgres/data" -l "$dir/postgres/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir/postgres -c max_connections=300 $PG_TUNING" start >/dev/null
  fi
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "select 1 from pg_database where datname = 'recruitment'" | grep -q 1 ||
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres recruitment
}

rabbit_env() {
  local dir=$1 port=$2 mgmt=$3
  export HOME="$dir/rabbitmq" RABBITMQ_CONF_ENV_FILE=/dev/null
  export RABBITMQ_NODENAME="recruitment-$port@localhost" RABBITMQ_USE_LONGNAME=false
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$port
  export RABBITMQ_MNESIA_BASE="$dir/rabbitmq/mnesia" RABBITMQ_LOG_BASE="$dir/rabbitmq/log"
  export RABBITMQ_CONFIG_FILE="$dir/rabbitmq/rabbitmq.conf" RABBITMQ_ENABLED_PLUGINS_FILE="$dir/rabbitmq/enabled_plugins"
  export RABBITMQ_PID_FILE="$dir/rabbitmq/rabbitmq.pid"
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export ERL_EPMD_ADDRESS=127.0.0.1 ERL_CRASH_DUMP="$dir/rabbitmq/erl_crash.dump"
  if [ ! -f "$RABBITMQ_CONFIG_FILE" ]; then
    mkdir -p "$dir/rabbitmq"
    printf 'management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = %s\n' "$mgmt" >"$RABBITMQ_CONFIG_FILE"
    echo '[rabbitmq_management,rabbitmq_shovel,rabbitmq_shovel_management].' >"$RABBITMQ_ENABLED_PLUGINS_FILE"
  fi
}

# Below the kernel's ephemeral range (32768 and up by default): a port there can be the local end of an outgoing
# connection that a connect test does not see, and a listener then fails to bind it (seen: RabbitMQ's distribution
# port, "dist_port_already_used").
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

start_rabbitmq() {
  local dir=$1 port=$2 mgmt=$3
  [ -f "$dir/rabbitmq/ports" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
  # A node that dies while booting (a port taken between choosing and binding it) is started again, three times at most.
  for attempt in 1 2 3; do
    # Erlang's distribution port defaults to AMQP + 20000, past 65535 for high AMQP ports: choose one that is free.
    ( rabbit_env "$dir" "$port" "$mgmt"
      RABBITMQ_DIST_PORT=$(free_port) setsid "$rabbit_bin/rabbitmq-server" >"$dir/rabbitmq/server.out" 2>&1 </dev/null &
      echo $! >"$dir/rabbitmq/launcher.pid" )
    echo "$port $mgmt" >"$dir/rabbitmq/ports"
    # Ready when both the AMQP and the management listener answer (the CLI's own wait races the boot for a port).
    for _ in $(seq 1 240); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$mgmt") 2>/dev/null; then return 0; fi
      kill -0 "$(cat "$dir/rabbitmq/launcher.pid")" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$(cat "$dir/rabbitmq/launcher.pid")" 2>/dev/null; then
      echo "rabbitmq did not start within 120 s; see $dir/rabbitmq/server.out" >&2
      return 1
    fi
    echo "rabbitmq stopped while starting (attempt $attempt):" >&2
    tail -n 3 "$dir/rabbitmq/server.out" >&2
  done
  return 1
}

stop_rabbitmq() {
  local dir=$1
  if [ -f "$dir/rabbitmq/rabbitmq.pid" ]; then
    # SIGTERM makes the node shut down cleanly; the CLI would need a distribution port of its own.
    local pid; pid=$(cat "$dir/rabbitmq/rabbitmq.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    rm -f "$dir/rabbitmq/ports" "$dir/rabbitmq/rabbitmq.pid"
  fi
}

stop() {
  local dir=$1
  stop_rabbitmq "$dir"
  if [ -f "$dir/postgres/data/postmaster.pid" ]; then
    as_postgres "$(pg_bin)/pg_ctl" -D "$dir/postgres/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

case "${1:-}" in
  install) install ;;
  start) mkdir -p "$2"; dir=$(cd "$2" && pwd); start_postgres "$dir" "$3"; start_rabbitmq "$dir" "$4" "$5" ;;
  stop) [ -d "$2" ] && stop "$(cd "$2" && pwd)" ;;
  stop-rabbitmq) stop_rabbitmq "$(cd "$2" && pwd)" ;;
  crash-postgres) as_postgres "$(pg_bin)/pg_ctl" -D "$(cd "$2" && pwd)/postgres/data" -m immediate -w stop >/dev/null ;;
  free-port) free_port ;;
  reap)
    # Throwaway servers outlive a test process that is killed rather than stopped; this cleans up after it.
    while kill -0 "$3" 2>/dev/null; do sleep 1; done
    [ -d "$2" ] && stop "$(cd "$2" && pwd)" && rm -rf "$2" ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
