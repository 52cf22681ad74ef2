{{/* Names: everything the chart makes is prefixed with the release name. */}}
{{- define "lc.name" -}}{{ printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" }}{{- end }}
{{- define "lc.kafka" -}}{{ printf "%s-kafka" .Release.Name }}{{- end }}
{{- define "lc.keycloak" -}}{{ printf "%s-keycloak" .Release.Name }}{{- end }}
{{- define "lc.db" -}}{{ printf "%s-%s-db" .root.Release.Name .key }}{{- end }}
{{- define "lc.publicUrl" -}}{{ printf "https://%s" .Values.publicHost }}{{- end }}

{{/* The realm file of deploy/keycloak, copied into files/ by the build (pom.xml); never a hand-made copy. */}}
{{- define "lc.realmFile" -}}
{{- $raw := .Files.Get "files/leercultuur-realm.json" -}}
{{- if not $raw -}}
{{- fail "files/leercultuur-realm.json is missing: install the chart built by ./mvnw -pl deploy package (deploy/target/helm/leercultuur), which copies deploy/keycloak/leercultuur-realm.json into it" -}}
{{- end -}}
{{- $raw -}}
{{- end }}
{{- define "lc.realmName" -}}{{ (include "lc.realmFile" . | fromJson).realm }}{{- end }}

{{/* Inside the cluster the services reach Keycloak over its HTTP listener (back channel: discovery, JWKS, token
     endpoint); the tokens' issuer stays the public https://<keycloak.hostname> (hostname.backchannelDynamic). */}}
{{- define "lc.oidcUrl" -}}{{ printf "http://%s-service:8080/realms/%s" (include "lc.keycloak" .) (include "lc.realmName" .) }}{{- end }}

{{- define "lc.kafkaScram" -}}{{ if eq .Values.kafka.authentication "scram-sha-512" }}true{{ end }}{{- end }}
{{- define "lc.kafkaPort" -}}{{ if include "lc.kafkaScram" . }}9093{{ else }}9092{{ end }}{{- end }}
{{- define "lc.kafkaBootstrap" -}}{{ printf "%s-kafka-bootstrap:%s" (include "lc.kafka" .) (include "lc.kafkaPort" .) }}{{- end }}

{{- define "lc.labels" -}}
app.kubernetes.io/part-of: leercultuur
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end }}

{{/* Selector labels of a service's pods: .root, .name */}}
{{- define "lc.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{- define "lc.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .name (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end }}

{{/* A NetworkPolicy peer in another namespace: .namespace, .podLabels */}}
{{- define "lc.peer" -}}
- namespaceSelector:
    matchLabels:
      kubernetes.io/metadata.name: {{ .namespace }}
  podSelector:
    matchLabels:
      {{- toYaml .podLabels | nindent 6 }}
{{- end }}

{{/* The key (in .Values.databases) of the database a service uses, or nothing: .root, .name, .svc. The gateway has one
     only while its limits are kept in PostgreSQL (gateway.limits.store=postgres: shared by all gateway pods). */}}
{{- define "lc.dbOf" -}}
{{- if not (and (eq .name "gateway") (ne .root.Values.gateway.limits.store "postgres")) -}}{{ .svc.database }}{{- end -}}
{{- end }}

{{/* Whether some service (or Keycloak) uses the database .key: only those get a Cluster. .root, .key */}}
{{- define "lc.dbUsed" -}}
{{- $root := .root -}}
{{- $key := .key -}}
{{- if eq $key "keycloak" }}true{{ end -}}
{{- range $name, $svc := $root.Values.services -}}
{{- if eq (include "lc.dbOf" (dict "root" $root "name" $name "svc" $svc)) $key }}true{{ end -}}
{{- end -}}
{{- end }}

{{/* The environment of a service that is not secret (its ConfigMap): .root, .name, .svc */}}
{{- define "lc.serviceEnv" -}}
{{- $root := .root -}}
{{- $svc := .svc -}}
OIDC_URL: {{ include "lc.oidcUrl" $root | quote }}
{{- /* the JVM options from jvm.conf, the file ./stack and the system tests read too (the image's JAVA_OPTS stay:
     -XX:MaxRAMPercentage, overruled by an -Xmx here, and -XX:+ExitOnOutOfMemoryError); paths are relative to the working directory /deployments */}}
{{- $name := .name }}
{{- range $root.Files.Lines "jvm.conf" }}
{{- $line := trim . }}
{{- if and $line (not (hasPrefix "#" $line)) (contains "=" $line) }}
{{- $kv := splitn "=" 2 $line }}
{{- if eq (trim $kv._0) $name }}
JAVA_OPTS_APPEND: {{ trim $kv._1 | quote }}
{{- else if hasPrefix "env." (trim $kv._0) }}
{{ trimPrefix "env." (trim $kv._0) }}: {{ trim $kv._1 | quote }}
{{- end }}
{{- end }}
{{- end }}
QUARKUS_LOG_CONSOLE_JSON: {{ $root.Values.observability.jsonLogs | toString | quote }}
{{- with $root.Values.observability.otlpEndpoint }}
OTEL_EXPORTER_OTLP_ENDPOINT: {{ . | quote }}
{{- end }}
{{- $dbKey := include "lc.dbOf" . }}
{{- if $dbKey }}
{{- $db := index $root.Values.databases $dbKey }}
{{ $svc.dbUrlEnv }}: {{ printf "jdbc:postgresql://%s-rw:5432/%s?sslmode=require" (include "lc.db" (dict "root" $root "key" $dbKey)) $db.database | quote }}
{{- end }}
{{- if $svc.kafka }}
KAFKA_BOOTSTRAP: {{ include "lc.kafkaBootstrap" $root | quote }}
{{- if include "lc.kafkaScram" $root }}
KAFKA_SECURITY_PROTOCOL: SASL_SSL
KAFKA_SASL_MECHANISM: SCRAM-SHA-512
KAFKA_SSL_TRUSTSTORE_TYPE: PEM
{{- end }}
{{- end }}
{{- range $callee := $svc.calls }}
{{- $c := index $root.Values.services $callee }}
{{ $c.urlEnv }}: {{ printf "http://%s:%d" (include "lc.name" (dict "root" $root "name" $callee)) (int $c.port) | quote }}
{{- end }}
{{- if eq .name "survey-service" }}
RESPOND_URL: {{ printf "%s/respond" (include "lc.publicUrl" $root) | quote }}
PUBLIC_URL: {{ include "lc.publicUrl" $root | quote }}
{{- else if eq .name "network-service" }}
PUBLIC_URL: {{ include "lc.publicUrl" $root | quote }}
{{- else if eq .name "gateway" }}
CORS_ORIGINS: {{ include "lc.publicUrl" $root | quote }}
GATEWAY_TRUSTED_PROXIES: {{ $root.Values.trustedProxies | quote }}
{{- with $root.Values.gateway.limits }}
GATEWAY_LIMITS_STORE: {{ .store | quote }}
{{- if .authenticatedPerSecond }}
GATEWAY_AUTH_PER_SECOND: {{ .authenticatedPerSecond | toString | quote }}
{{- end }}
{{- if .anonymousPerSecond }}
GATEWAY_ANON_PER_SECOND: {{ .anonymousPerSecond | toString | quote }}
{{- end }}
{{- if .respondPerCodePerMinute }}
GATEWAY_RESPOND_PER_CODE_PER_MINUTE: {{ .respondPerCodePerMinute | toString | quote }}
{{- end }}
{{- if .failedCodesPerMinute }}
GATEWAY_FAILED_CODES_PER_MINUTE: {{ .failedCodesPerMinute | toString | quote }}
{{- end }}
{{- end }}
{{- else if eq .name "web" }}
WEB_TRUSTED_PROXIES: {{ $root.Values.trustedProxies | quote }}
{{- end }}
{{- range $k, $v := $svc.config }}
{{ $k }}: {{ $v | toString | quote }}
{{- end }}
{{- end }}

{{/* The secret environment of a service, each by Secret reference: .root, .name, .svc */}}
{{- define "lc.secretEnv" -}}
{{- $root := .root -}}
{{- $svc := .svc -}}
{{- $dbKey := include "lc.dbOf" . }}
{{- if $dbKey }}
{{- $app := printf "%s-app" (include "lc.db" (dict "root" $root "key" $dbKey)) }}
- name: DB_USER
  valueFrom: {secretKeyRef: {name: {{ $app }}, key: username}}
- name: DB_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ $app }}, key: password}}
{{- end }}
{{- if and $svc.kafka (include "lc.kafkaScram" $root) }}
- name: KAFKA_SASL_JAAS_CONFIG
  valueFrom: {secretKeyRef: {name: {{ include "lc.name" (dict "root" $root "name" .name) }}, key: sasl.jaas.config}}
- name: KAFKA_SSL_TRUSTSTORE_CERTIFICATES
  valueFrom: {secretKeyRef: {name: {{ include "lc.kafka" $root }}-cluster-ca-cert, key: ca.crt}}
{{- end }}
{{- if eq .name "web" }}
- name: WEB_STATE_SECRET
  valueFrom: {secretKeyRef: {name: {{ $root.Values.web.secretName }}, key: state-secret}}
- name: WEB_SESSION_SECRET
  valueFrom: {secretKeyRef: {name: {{ $root.Values.web.secretName }}, key: session-secret}}
{{- end }}
{{- end }}
