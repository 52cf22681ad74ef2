package nl.leercultuur.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * The CloudNativePG (postgresql.cnpg.io/v1) and Keycloak operator (k8s.keycloak.org/v2alpha1) resources the chart
 * makes, as records of exactly the fields it uses, named as in the operators' APIs (CloudNativePG's api/v1 Go types;
 * the Keycloak operator's org.keycloak.operator.crds.v2alpha1 classes). Read with FAIL_ON_UNKNOWN_PROPERTIES: a field
 * spelled differently, or one the chart starts using without adding it here (after checking it against the operator's
 * API), fails the build.
 */
final class CrdRecords {

    private CrdRecords() {
    }

    static Class<?> recordFor(JsonNode o) {
        return switch (o.path("apiVersion").asText() + "/" + o.path("kind").asText()) {
            case "postgresql.cnpg.io/v1/Cluster" -> Cluster.class;
            case "postgresql.cnpg.io/v1/ScheduledBackup" -> ScheduledBackup.class;
            case "k8s.keycloak.org/v2alpha1/Keycloak" -> Keycloak.class;
            case "k8s.keycloak.org/v2alpha1/KeycloakRealmImport" -> KeycloakRealmImport.class;
            default -> null;
        };
    }

    record Meta(String name, String namespace, Map<String, String> labels, Map<String, String> annotations) {
    }

    record SecretKey(String name, String key) {
    }

    record LocalRef(String name) {
    }

    record Resources(Map<String, String> requests, Map<String, String> limits) {
    }

    record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
    }

    record Requirement(String key, String operator, List<String> values) {
    }

    record Peer(LabelSelector namespaceSelector, LabelSelector podSelector) {
    }

    // ---- CloudNativePG

    record Cluster(String apiVersion, String kind, Meta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(int instances, String imageName, String primaryUpdateStrategy, Boolean enableSuperuserAccess,
                       PostgresConfiguration postgresql, Bootstrap bootstrap, Storage storage, Resources resources,
                       Affinity affinity, Backup backup) {
    }

    record PostgresConfiguration(Map<String, String> parameters) {
    }

    record Bootstrap(InitDb initdb) {
    }

    record InitDb(String database, String owner, LocalRef secret) {
    }

    record Storage(String size, String storageClass) {
    }

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }

    record Backup(String retentionPolicy, BarmanObjectStore barmanObjectStore) {
    }

    record BarmanObjectStore(String destinationPath, String endpointURL, S3Credentials s3Credentials,
                             WalBackup wal, DataBackup data) {
    }

    record S3Credentials(SecretKey accessKeyId, SecretKey secretAccessKey) {
    }

    record WalBackup(String compression) {
    }

    record DataBackup(String compression) {
    }

    record ScheduledBackup(String apiVersion, String kind, Meta metadata, ScheduledBackupSpec spec) {
    }

    record ScheduledBackupSpec(String schedule, String backupOwnerReference, Boolean immediate, String method,
                               LocalRef cluster) {
    }

    // ---- Keycloak operator

    record Keycloak(String apiVersion, String kind, Meta metadata, KeycloakSpec spec) {
    }

    record KeycloakSpec(Integer instances, Db db, Http http, Hostname hostname, Proxy proxy, Ingress ingress,
                        Resources resources, List<Option> additionalOptions, NetworkPolicy networkPolicy) {
    }

    record Db(String vendor, String host, Integer port, String database, SecretKey usernameSecret,
              SecretKey passwordSecret) {
    }

    record Http(String tlsSecret, Boolean httpEnabled) {
    }

    record Hostname(String hostname, Boolean backchannelDynamic) {
    }

    record Proxy(String headers) {
    }

    record Ingress(Boolean enabled) {
    }

    record Option(String name, String value, SecretKey secret) {
    }

    record NetworkPolicy(Boolean enabled, List<Peer> http, List<Peer> https, List<Peer> management) {
    }

    record KeycloakRealmImport(String apiVersion, String kind, Meta metadata, RealmImportSpec spec) {
    }

    /** The realm itself is checked against Keycloak's RealmRepresentation (RealmTest). */
    record RealmImportSpec(String keycloakCRName, Map<String, Placeholder> placeholders, JsonNode realm) {
    }

    record Placeholder(SecretKey secret) {
    }
}
