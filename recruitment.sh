#!/usr/bin/env bash
# The recruitment pipeline, from a fresh machine:
#   ./recruitment.sh up     run the whole system: PostgreSQL, RabbitMQ, the four services and the gateway on
#                           http://127.0.0.1:5000 (Development). Ctrl-C stops everything.
#   ./recruitment.sh test   run every test against throwaway servers (or those named in RECRUITMENT_TEST_POSTGRES
#                           and RECRUITMENT_TEST_RABBITMQ).
#   ./recruitment.sh soak   start the system as `up` does and submit steadily for 15 minutes (--minutes M --rate N);
#                           every submission must reach its outcome. Prints a table; exit 1 if anything was lost.
#   ./recruitment.sh chaos  the same with two nodes of every service, while RabbitMQ, PostgreSQL and each service's
#                           leading node are made to fail one at a time. Prints a table per fault.
#   ./recruitment.sh bench  the one-hop baseline, submissions at several rates and at saturation, a deadline-day surge
#                           and memory, on the system `up` runs (started if none is). Writes .data/bench/latest.json.
#   ./recruitment.sh demo   on the system `up` runs, a whole campaign with hundreds of candidates, the clock moved by
#                           months; prints the funnel and the dashboard's address (--candidates N).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
servers="$root/deploy/local/servers.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# name|project folder|port
services=(
  "applications|services/Applications/Recruitment.Applications|5101"
  "screening|services/Screening/Recruitment.Screening|5102"
  "division-selection|services/DivisionSelection/Recruitment.DivisionSelection|5103"
  "security-clearance|services/SecurityClearance/Recruitment.SecurityClearance|5104"
  "gateway|services/Gateway/Recruitment.Gateway|5000"
)
pg_port=${RECRUITMENT_PG_PORT:-5433}
amqp_port=${RECRUITMENT_AMQP_PORT:-5673}
mgmt_port=${RECRUITMENT_MGMT_PORT:-15673}

docker_engine() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

wait_for_http() { # url seconds
  for _ in $(seq 1 "$2"); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 1
  done
  return 1
}

data="$root/.data"
pids=()

up() {
  mkdir -p "$data/logs"
  if docker_engine; then
    echo "Docker engine found: PostgreSQL and RabbitMQ run in containers."
    RECRUITMENT_PG_PORT=$pg_port RECRUITMENT_AMQP_PORT=$amqp_port RECRUITMENT_MGMT_PORT=$mgmt_port \
      docker compose -f "$root/docker-compose.yml" up -d --wait postgres rabbitmq
  else
    "$servers" install
    "$servers" start "$data/servers" "$pg_port" "$amqp_port" "$mgmt_port"
  fi

  stop_all() {
    local code=$1
    trap - INT TERM EXIT
    echo; echo "Stopping..."
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ ${#pids[@]} -eq 0 ] || wait "${pids[@]}" 2>/dev/null || true
    if docker_engine; then docker compose -f "$root/docker-compose.yml" stop postgres rabbitmq >/dev/null; else "$servers" stop "$data/servers"; fi
    echo "Stopped."
    exit "$code"
  }
  trap 'stop_all 130' INT
  trap 'stop_all 143' TERM
  trap 'stop_all $?' EXIT

  echo "Building..."
  dotnet build "$root/Recruitment.sln" -c Release -nologo -v:q

  export ASPNETCORE_ENVIRONMENT=Development
  # No key is built in: this machine's own, made once, shared by the gateway (which mints /dev/token tokens with it)
  # and the services. Outside Development, /dev/token does not exist and the key comes from the deployment.
  [ -s "$data/signing-key" ] || (umask 077; head -c 48 /dev/urandom | base64 | tr -d '\n' >"$data/signing-key")
  export Auth__SigningKey="${Auth__SigningKey:-$(cat "$data/signing-key")}"
  [ -s "$data/subject-key" ] || (umask 077; head -c 48 /dev/urandom | base64 | tr -d '\n' >"$data/subject-key")
  export Privacy__SubjectKey="${Privacy__SubjectKey:-$(cat "$data/subject-key")}"
  export ConnectionStrings__postgres="Host=127.0.0.1;Port=$pg_port;Database=recruitment;Username=postgres;Password=postgres"
  export ConnectionStrings__rabbitmq="amqp://guest:guest@127.0.0.1:$amqp_port/"
  # One clock for every process (Development only), kept in .data/clock as how far the system runs ahead of real time:
  # RECRUITMENT_CLOCK=2025-06-10T09:00:00Z sets it to that instant; `./recruitment.sh demo` moves it forward while the
  # system runs. Kept across runs, so that the stored facts are never in the system's future.
  export Clock__File="$data/clock"
  if [ -n "${RECRUITMENT_CLOCK:-}" ]; then
    local shift sign=""
    shift=$(( $(date -d "$RECRUITMENT_CLOCK" +%s) - $(date +%s) ))
    [ "$shift" -lt 0 ] && sign=- && shift=$(( -shift ))
    printf '%s%d.%02d:%02d:%02d\n' "$sign" $((shift / 86400)) $((shift % 86400 / 3600)) $((shift % 3600 / 60)) $((shift % 60)) >"$data/clock"
  fi
  mkdir -p "$data/pids"
  # RECRUITMENT_NODES=2 runs two nodes of every service (the second on port + 10); the gateway balances over them and
  # HotCold lets one node of each lead the async work. Each node names itself to PostgreSQL (application_name).
  local nodes=${RECRUITMENT_NODES:-1} node gateway_env=()
  for entry in "${services[@]}"; do
    IFS='|' read -r name project port <<<"$entry"
    [ "$name" = gateway ] && continue
    for node in $(seq 1 "$nodes"); do
      local node_name=$name node_port=$port
      [ "$node" -gt 1 ] && node_name="$name-$node" && node_port=$((port + 10 * (node - 1)))
      supervise "$node_name" "$root/$project/bin/Release/net10.0" "$(basename "$project").dll" "$node_port" \
        "ConnectionStrings__postgres=$ConnectionStrings__postgres;Application Name=$node_name" &
      pids+=($!)
      if [ "$node" -gt 1 ]; then
        gateway_env+=("ReverseProxy__Clusters__${name}__Destinations__node${node}__Address=http://127.0.0.1:$node_port")
      fi
    done
    if [ "$nodes" -gt 1 ]; then
      gateway_env+=("ReverseProxy__Clusters__${name}__HealthCheck__Passive__Enabled=true"
        "ReverseProxy__Clusters__${name}__HealthCheck__Active__Enabled=true"
        "ReverseProxy__Clusters__${name}__HealthCheck__Active__Interval=00:00:02"
        "ReverseProxy__Clusters__${name}__HealthCheck__Active__Timeout=00:00:01"
        "ReverseProxy__Clusters__${name}__HealthCheck__Active__Path=/alive")
    fi
  done
  supervise gateway "$root/services/Gateway/Recruitment.Gateway/bin/Release/net10.0" Recruitment.Gateway.dll 5000 "${gateway_env[@]}" &
  pids+=($!)

  if ! wait_for_http "http://127.0.0.1:5000/health" 180; then
    echo "The system did not become healthy within 180 s; logs are in $data/logs." >&2
    exit 1
  fi
  [ -x "$root/deploy/local/seed.sh" ] && "$root/deploy/local/seed.sh" "http://127.0.0.1:5000"

  cat <<TXT

The recruitment pipeline runs in Development: POST /dev/token gives anyone a token for any role, and the clock
can be moved (RECRUITMENT_CLOCK). For a deployment, see docker-compose.yml and the README (Production).
  gateway              http://127.0.0.1:5000      (GET /health, POST /dev/token, /api/...)
  applications         http://127.0.0.1:5101
  screening            http://127.0.0.1:5102
  division-selection   http://127.0.0.1:5103
  security-clearance   http://127.0.0.1:5104
  PostgreSQL           127.0.0.1:$pg_port, database recruitment, user postgres
  RabbitMQ             amqp://guest:guest@127.0.0.1:$amqp_port/   management UI http://127.0.0.1:$mgmt_port (guest/guest)
  logs                 $data/logs/
Press Ctrl-C to stop everything.
TXT
  # The supervisors run until Ctrl-C: a service that dies is started again and the others keep serving.
  wait "${pids[@]}" || true
}

# Runs one service for as long as `up` runs: when it exits (a crash, a kill -9), it says so and starts it again.
# The service's own pid is in .data/pids/NAME.pid, for an operator or the chaos command.
supervise() { # name folder dll port [NAME=VALUE...]
  local name=$1 folder=$2 dll=$3 port=$4 child="" code
  shift 4
  trap '[ -n "$child" ] && kill "$child" 2>/dev/null; [ -n "$child" ] && wait "$child" 2>/dev/null; exit 0' TERM INT
  while :; do
    ( cd "$folder" && exec env "$@" dotnet "$dll" --urls "http://127.0.0.1:$port" ) >>"$data/logs/$name.log" 2>&1 &
    child=$!
    echo "$child" >"$data/pids/$name.pid"
    code=0; wait "$child" || code=$?
    echo "$(date -u +%FT%TZ) $name exited with code $code; restarting it in 2 s (log: $data/logs/$name.log)" | tee -a "$data/logs/supervisor.log" >&2
    sleep 2
  done
}

test_servers=""
stop_test_servers() { [ -n "$test_servers" ] && { "$servers" stop "$test_servers"; rm -rf "$test_servers"; }; return 0; }

# What the tests use besides .NET and the servers: the dashboard's browser test (Debian's Chromium, driven by
# Playwright), the Kubernetes manifests' check (kubectl kustomize, then a Node.js validator) and the gateway's build
# (npm brings its charting library).
install_test_tools() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v kubectl >/dev/null 2>&1 || missing+=(kubernetes-client)
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing ${missing[*]} with apt" >&2
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

run_tests() {
  install_test_tools
  if [ -z "${RECRUITMENT_TEST_POSTGRES:-}" ] || [ -z "${RECRUITMENT_TEST_RABBITMQ:-}" ]; then
    if docker_engine; then
      echo "Docker engine found: the test fixtures start Testcontainers."
    else
      "$servers" install
      test_servers=$(mktemp -d /tmp/recruitment-test.XXXXXX)
      chmod 755 "$test_servers"
      local pg amqp mgmt
      pg=$("$servers" free-port); amqp=$("$servers" free-port); mgmt=$("$servers" free-port)
      trap stop_test_servers EXIT
      "$servers" start "$test_servers" "$pg" "$amqp" "$mgmt"
      export RECRUITMENT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg;Username=postgres;Password=postgres"
      export RECRUITMENT_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$amqp/"
      export RECRUITMENT_TEST_RABBITMQ_MANAGEMENT="http://guest:guest@127.0.0.1:$mgmt/"
      echo "Throwaway servers: PostgreSQL on $pg, RabbitMQ on $amqp (management $mgmt)."
    fi
  fi
  dotnet build "$root/Recruitment.sln" -c Release -nologo -v:q
  local log status
  log=$(mktemp)
  set +e
  dotnet test "$root/Recruitment.sln" -c Release --no-build -nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  # One closing line for the whole run, summed over the test projects' own summaries.
  awk '/^ +Passed: [0-9]+$/ { p += $2 } /^ +Failed: [0-9]+$/ { f += $2 } /^ +Skipped: [0-9]+$/ { s += $2 }
       END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
  rm -f "$log"
  return "$status"
}

# Long runs against the whole system as `up` runs it (defaults, HotCold): start it, load it, report, stop it.
long_run() { # command, then the load tool's options
  local command=$1; shift
  "$0" up >"$data/long-run-up.log" 2>&1 &
  long_run_system=$!
  trap 'kill -TERM "$long_run_system" 2>/dev/null; wait "$long_run_system" 2>/dev/null || true' EXIT
  if ! wait_for_http "http://127.0.0.1:5000/health" 300; then
    echo "The system did not become healthy; see $data/long-run-up.log and $data/logs." >&2
    return 1
  fi
  load_tool "$command" "$@"
}

load_tool() { # command, then its options
  local command=$1; shift
  RECRUITMENT_RABBITMQ_MANAGEMENT="http://127.0.0.1:$mgmt_port" dotnet "$root/tests/Recruitment.Load/bin/Release/net10.0/Recruitment.Load.dll" "$command" \
    --gateway http://127.0.0.1:5000 \
    --postgres "Host=127.0.0.1;Port=$pg_port;Database=recruitment;Username=postgres;Password=postgres" \
    --rabbitmq "amqp://guest:guest@127.0.0.1:$amqp_port/" --pids "$data/pids" --output "$data/bench" --clock "$data/clock" "$@"
}

# The faults of the chaos command, one at a time on the system `up` runs.
fault() {
  case "$1" in
    kill-leader) # SERVICE: SIGKILL the node that holds the service's daemon lock; its supervisor starts it again
      local leader
      leader=$(psql -h 127.0.0.1 -p "$pg_port" -U postgres -d recruitment -tAc "SELECT a.application_name FROM pg_locks l
        JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted
        AND (a.application_name = '$2' OR a.application_name LIKE '$2-%') LIMIT 1")
      [ -n "$leader" ] || { echo "no leader of $2 found" >&2; return 1; }
      echo "killing $leader (pid $(cat "$data/pids/$leader.pid")) with SIGKILL"
      kill -9 "$(cat "$data/pids/$leader.pid")" ;;
    restart-rabbitmq) # SECONDS
      "$servers" stop-rabbitmq "$data/servers"; sleep "$2"
      "$servers" start "$data/servers" "$pg_port" "$amqp_port" "$mgmt_port" ;;
    crash-postgres) # SECONDS
      "$servers" crash-postgres "$data/servers"; sleep "$2"
      "$servers" start "$data/servers" "$pg_port" "$amqp_port" "$mgmt_port" ;;
    *) echo "unknown fault $1" >&2; return 2 ;;
  esac
}

case "${1:-}" in
  up) up ;;
  fault) shift; fault "$@" ;;
  chaos) shift; mkdir -p "$data"; export RECRUITMENT_NODES=${RECRUITMENT_NODES:-2}
    long_run chaos \
      --fault "RabbitMQ stopped for 30 s=$0 fault restart-rabbitmq 30" \
      --fault "PostgreSQL crashed, back after 30 s=$0 fault crash-postgres 30" \
      --fault "applications leader SIGKILL=$0 fault kill-leader applications" \
      --fault "screening leader SIGKILL=$0 fault kill-leader screening" \
      --fault "division-selection leader SIGKILL=$0 fault kill-leader division-selection" \
      --fault "security-clearance leader SIGKILL=$0 fault kill-leader security-clearance" "$@" ;;
  soak) shift; mkdir -p "$data"; long_run soak "$@" ;;
  bench) shift; mkdir -p "$data"
    # All the load comes from one address: the gateway's per-client limit (100/s by default) would measure the limiter.
    export Gateway__PermitsPerMinutePerClient=${Gateway__PermitsPerMinutePerClient:-100000000}
    # A system already running (`up` in another terminal) is measured as it is, once healthy; otherwise one is started
    # for the run. Anything answering on the gateway's port counts as running: a second `up` beside one that is still
    # starting would build the solution and fight it for the ports while the bench measures.
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 http://127.0.0.1:5000/health)" != 000 ]; then
      wait_for_http "http://127.0.0.1:5000/health" 180 || { echo "The running system is not healthy." >&2; exit 1; }
      dotnet build "$root/tests/Recruitment.Load" -c Release -nologo -v:q >/dev/null
      load_tool bench "$@"
    else
      long_run bench "$@"
    fi ;;
  demo) shift
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 http://127.0.0.1:5000/health)" != 200 ]; then
      echo "The demo plays on a running system: start ./recruitment.sh up in another terminal, then run the demo again." >&2
      exit 1
    fi
    dotnet build "$root/tests/Recruitment.Load" -c Release -nologo -v:q >/dev/null
    load_tool demo "$@" ;;
  test) shift; run_tests "$@" ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
