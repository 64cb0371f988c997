#!/usr/bin/env sh
# Creates the Secrets the Kubernetes manifests reference but never contain (docs/deployment.md):
#   per service: <service>-db-owner and <service>-db-app (basic-auth, for CloudNativePG's managed roles) and
#   <service>-database (app-url: what the service reads; owner-url: what only its migration Job reads);
#   carers-oidc (issuer) and carers-postgres-backup (object-store keys) from the environment; and the services' own keys,
#   random and made once: registration-card-number-key (key) and escalation-notifications (secret-key).
# Passwords are random and never printed. Re-running leaves existing Secrets alone, except that database URLs
# written before TLS was verified (sslmode=no-verify) are moved to the TLS settings below, passwords kept.
# The URLs verify the server (sslmode=verify-full) against CloudNativePG's CA, which every workload that reads them
# mounts at /etc/postgres-ca from the Secret carers-postgres-ca (tools/deploy/manifests.spec.ts checks both).
#   OIDC_ISSUER=https://login.example.gov.uk/realms/carers BACKUP_ACCESS_KEY_ID=... BACKUP_SECRET_ACCESS_KEY=... \
#     tools/deploy/create-secrets.sh
set -eu
NS="${NAMESPACE:-carers}"
HOST="${PGHOST_RW:-carers-postgres-rw.$NS.svc:5432}"
# the host must be one of the server certificate's names (CloudNativePG: <cluster>-rw, -rw.<ns>, -rw.<ns>.svc)
TLS="sslmode=verify-full&sslrootcert=/etc/postgres-ca/ca.crt"

exists() { kubectl -n "$NS" get secret "$1" >/dev/null 2>&1; }
password() { head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
key32() { head -c 32 /dev/urandom | base64 | tr -d '\n'; }
url() { kubectl -n "$NS" get secret "$1" -o "jsonpath={.data.$2}" | base64 -d; }

for service in registration assessments performance escalation; do
  if exists "$service-database"; then
    app="$(url "$service-database" app-url)"; owner="$(url "$service-database" owner-url)"
    if [ "${app#*\?}" = "$TLS" ] && [ "${owner#*\?}" = "$TLS" ]; then echo "$service: secrets present"; continue; fi
    # the same URLs (roles, passwords, host, database) with their query replaced by the TLS settings
    kubectl -n "$NS" create secret generic "$service-database" --dry-run=client -o yaml \
      --from-literal=app-url="${app%%\?*}?$TLS" --from-literal=owner-url="${owner%%\?*}?$TLS" | kubectl -n "$NS" replace -f -
    echo "$service: database URLs moved to sslmode=verify-full"
    continue
  fi
  owner_pw="$(password)"; app_pw="$(password)"
  kubectl -n "$NS" create secret generic "$service-db-owner" --type=kubernetes.io/basic-auth \
    --from-literal=username="${service}_owner" --from-literal=password="$owner_pw"
  kubectl -n "$NS" create secret generic "$service-db-app" --type=kubernetes.io/basic-auth \
    --from-literal=username="${service}_app" --from-literal=password="$app_pw"
  kubectl -n "$NS" create secret generic "$service-database" \
    --from-literal=app-url="postgres://${service}_app:${app_pw}@${HOST}/carers_${service}?$TLS" \
    --from-literal=owner-url="postgres://${service}_owner:${owner_pw}@${HOST}/carers_${service}?$TLS"
done

exists carers-oidc || kubectl -n "$NS" create secret generic carers-oidc --from-literal=issuer="${OIDC_ISSUER:?set OIDC_ISSUER}"
exists carers-postgres-backup || kubectl -n "$NS" create secret generic carers-postgres-backup \
  --from-literal=ACCESS_KEY_ID="${BACKUP_ACCESS_KEY_ID:?set BACKUP_ACCESS_KEY_ID}" \
  --from-literal=ACCESS_SECRET_KEY="${BACKUP_SECRET_ACCESS_KEY:?set BACKUP_SECRET_ACCESS_KEY}"
# the key of registration's emergency card number HMAC (issue 21, finding 9): random, never printed; changing it later
# makes every issued card unreadable, so it is made once and kept
exists registration-card-number-key || kubectl -n "$NS" create secret generic registration-card-number-key --from-literal=key="$(password)"
# the key that seals escalation's webhook signing secrets at rest (ADR 0021): 32 random bytes in base64 (what
# `openssl rand -base64 32` gives), never printed; made once and kept, since with another key the sealed secrets no
# longer open (every webhook channel would have to be added again)
exists escalation-notifications || kubectl -n "$NS" create secret generic escalation-notifications --from-literal=secret-key="$(key32)"
