#!/usr/bin/env bash
# Seeds the 2025 call of the source documents (../shared/seeds): vacancies 250700 (OPS) and 250702 (PASP), deadline
# 22 June 2025, 23:59 Brussels time. Safe to run again: an existing vacancy answers 409 and is left as it is.
#   seed.sh GATEWAY_URL
set -euo pipefail
gateway=${1:-http://127.0.0.1:5000}
token=$(curl -fsS -X POST "$gateway/dev/token" -H 'content-type: application/json' -d '{"role":"hr","subject":"seed@recruitment.example"}' |
  sed -E 's/.*"token":"([^"]+)".*/\1/')

publish() { # id division title
  local status
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$gateway/api/vacancies" \
    -H "authorization: Bearer $token" -H 'content-type: application/json' \
    -d "{\"id\":\"$1\",\"campaign\":\"2025\",\"title\":\"$3\",\"divisionCode\":\"$2\",\"location\":\"Brussels\",\"deadline\":\"2025-06-22T23:59:00\",\"clearanceLevel\":\"NS\",\"monthlyGrantEur\":1286.09,\"intakes\":[\"2026-03\",\"2026-09\"]}")
  case "$status" in
    201) echo "seeded vacancy $1 ($2)" ;;
    409) echo "vacancy $1 ($2) already there" ;;
    *) echo "seeding vacancy $1 failed with HTTP $status" >&2; return 1 ;;
  esac
}

publish 250700 OPS "NATO Internship - Operations Division (OPS)"
publish 250702 PASP "NATO Internship - Political Affairs and Security Policy (PASP) Division"
