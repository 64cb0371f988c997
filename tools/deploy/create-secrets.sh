#!/usr/bin/env sh
# Creates the Secrets the Kubernetes manifests reference but never contain (docs/deployment.md):
#   per service: <service>-db-owner and <service>-db-app (basic-auth, for CloudNativePG's managed roles) and
#   <service>-database (app-url, owner-url: what the service and its migration Job read);
#   carers-oidc (issuer) and carers-postgres-backup (object-store keys) from the environment.
# Passwords are random and never printed. Re-running leaves existing Secrets alone.
# The URLs encrypt (TLS) but do not yet verify the server certificate: mounting CloudNativePG's CA
# (Secret carers-postgres-ca) and using sslmode=verify-full&sslrootcert=... is a listed follow-up.
#   OIDC_ISSUER=https://login.example.gov.uk/realms/carers BACKUP_ACCESS_KEY_ID=... BACKUP_SECRET_ACCESS_KEY=... \
#     tools/deploy/create-secrets.sh
set -eu
NS="${NAMESPACE:-carers}"
HOST="${PGHOST_RW:-carers-postgres-rw.$NS.svc:5432}"

exists() { kubectl -n "$NS" get secret "$1" >/dev/null 2>&1; }
password() { head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

for service in registration assessments performance escalation; do
  if exists "$service-database"; then echo "$service: secrets present"; continue; fi
  owner_pw="$(password)"; app_pw="$(password)"
  kubectl -n "$NS" create secret generic "$service-db-owner" --type=kubernetes.io/basic-auth \
    --from-literal=username="${service}_owner" --from-literal=password="$owner_pw"
  kubectl -n "$NS" create secret generic "$service-db-app" --type=kubernetes.io/basic-auth \
    --from-literal=username="${service}_app" --from-literal=password="$app_pw"
  kubectl -n "$NS" create secret generic "$service-database" \
    --from-literal=app-url="postgres://${service}_app:${app_pw}@${HOST}/carers_${service}?sslmode=no-verify" \
    --from-literal=owner-url="postgres://${service}_owner:${owner_pw}@${HOST}/carers_${service}?sslmode=no-verify"
done

exists carers-oidc || kubectl -n "$NS" create secret generic carers-oidc --from-literal=issuer="${OIDC_ISSUER:?set OIDC_ISSUER}"
exists carers-postgres-backup || kubectl -n "$NS" create secret generic carers-postgres-backup \
  --from-literal=ACCESS_KEY_ID="${BACKUP_ACCESS_KEY_ID:?set BACKUP_ACCESS_KEY_ID}" \
  --from-literal=ACCESS_SECRET_KEY="${BACKUP_SECRET_ACCESS_KEY:?set BACKUP_SECRET_ACCESS_KEY}"
