package nl.leercultuur.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strict validation of rendered objects. Kubernetes' own kinds, the Prometheus Operator's and Strimzi's are read into
 * their Java models (fabric8, io.strimzi:api); a field the model does not know lands in an additionalProperties map or
 * is dropped when the object is written back, and either is a failure here (the API server would prune or refuse it).
 * Strimzi's model also still knows fields that kafka.strimzi.io/v1 no longer has: its CRD generator annotations say so,
 * and such a field fails as well. CloudNativePG's and the Keycloak operator's resources have no Java model on Maven
 * Central; they are read into records of exactly the fields this chart uses (see CrdRecords), failing on anything else.
 */
final class Strict {

    static final String STRIMZI_V1 = "kafka.strimzi.io/v1";

    /** fabric8's serialization, with the Strimzi kinds the chart uses registered under their v1 API version. */
    static final KubernetesSerialization K8S = new KubernetesSerialization();

    static {
        K8S.registerKubernetesResource(STRIMZI_V1, "Kafka", Kafka.class);
        K8S.registerKubernetesResource(STRIMZI_V1, "KafkaNodePool", KafkaNodePool.class);
        K8S.registerKubernetesResource(STRIMZI_V1, "KafkaTopic", KafkaTopic.class);
        K8S.registerKubernetesResource(STRIMZI_V1, "KafkaUser", KafkaUser.class);
    }

    /** For the record-based kinds: unknown properties, nulls for primitives and scalar coercion all fail. */
    static final ObjectMapper RECORDS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /**
     * Writes a model back with every property, defaults included (the models leave out values equal to their
     * defaults, e.g. deleteClaim: false): what was read and is not written back was not understood.
     */
    static final ObjectMapper WRITE_ALL = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public JsonInclude.Value findPropertyInclusion(Annotated a) {
                    return JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
                }
            })
            .build();

    /** The model of a fabric8/Strimzi kind, or null when fabric8 would fall back to a generic resource. */
    static Class<? extends KubernetesResource> modelOf(JsonNode o) {
        return K8S.getRegisteredKubernetesResource(o.path("apiVersion").asText(), o.path("kind").asText());
    }

    /** Problems found reading one object into its model; empty when it is exact. */
    static List<String> validateModel(JsonNode o) {
        List<String> problems = new ArrayList<>();
        Class<? extends KubernetesResource> type = modelOf(o);
        if (type == null) {
            problems.add("no model for apiVersion " + o.path("apiVersion").asText() + " kind " + o.path("kind").asText());
            return problems;
        }
        Object typed;
        try {
            typed = K8S.unmarshal(o.toString(), type);
        } catch (RuntimeException e) {
            problems.add("does not read as " + type.getSimpleName() + ": " + e.getMessage());
            return problems;
        }
        walk(typed, "", problems, new IdentityHashMap<>(), o.path("apiVersion").asText().equals(STRIMZI_V1));
        ObjectNode back = WRITE_ALL.valueToTree(typed);
        if (STRIMZI_V1.equals(o.path("apiVersion").asText())) {
            // the model's class carries one version (its @Version); it was read as the v1 kind registered above
            back.put("apiVersion", STRIMZI_V1);
        }
        diff(o, back, "", problems);
        return problems;
    }

    /** Problems found reading one object into a strict record type (and writing it back). */
    static List<String> validateRecord(JsonNode o, Class<?> type) {
        List<String> problems = new ArrayList<>();
        try {
            Object typed = RECORDS.treeToValue(o, type);
            diff(o, RECORDS.valueToTree(typed), "", problems);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("does not read as " + type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        return problems;
    }

    /** Everything in the input must come back unchanged (dropped or altered fields are reported by path). */
    static void diff(JsonNode in, JsonNode out, String path, List<String> problems) {
        if (in.isObject()) {
            if (!out.isObject()) {
                problems.add(path + ": came back as " + out.getNodeType());
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
                var e = it.next();
                if (e.getValue().isNull()) {
                    continue;
                }
                JsonNode o = out.get(e.getKey());
                if (o == null || o.isNull()) {
                    if (!isEmptyContainer(e.getValue())) {
                        problems.add(path + "." + e.getKey() + ": dropped");
                    }
                } else {
                    diff(e.getValue(), o, path + "." + e.getKey(), problems);
                }
            }
        } else if (in.isArray()) {
            if (!out.isArray() || out.size() != in.size()) {
                problems.add(path + ": list changed");
                return;
            }
            if (sameScalarsInAnyOrder(in, out)) {
                return; // a set in the model (e.g. the realm's supportedLocales): order is not kept
            }
            for (int i = 0; i < in.size(); i++) {
                diff(in.get(i), out.get(i), path + "[" + i + "]", problems);
            }
        } else if (in.isNumber() && out.isNumber()) {
            if (in.decimalValue().compareTo(out.decimalValue()) != 0) {
                problems.add(path + ": " + in + " came back as " + out);
            }
        } else if (!in.equals(out)) {
            problems.add(path + ": " + in + " came back as " + out + " (type " + in.getNodeType() + " -> " + out.getNodeType() + ")");
        }
    }

    private static boolean sameScalarsInAnyOrder(JsonNode in, JsonNode out) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (!in.get(i).isValueNode() || !out.get(i).isValueNode()) {
                return false;
            }
            a.add(in.get(i).toString());
            b.add(out.get(i).toString());
        }
        a.sort(null);
        b.sort(null);
        return a.equals(b);
    }

    private static boolean isEmptyContainer(JsonNode n) {
        return (n.isObject() || n.isArray()) && n.isEmpty();
    }

    /** Walks the typed object: any additionalProperties entry is a field the model does not know. */
    @SuppressWarnings("unchecked")
    private static void walk(Object o, String path, List<String> problems, IdentityHashMap<Object, Boolean> seen, boolean strimziV1) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>
                || o.getClass().isPrimitive() || seen.put(o, true) != null) {
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(v, path + "." + k, problems, seen, strimziV1));
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object v : c) {
                walk(v, path + "[" + i++ + "]", problems, seen, strimziV1);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.") && !o.getClass().getName().startsWith("io.strimzi.")) {
            return;
        }
        try {
            Method add = o.getClass().getMethod("getAdditionalProperties");
            Map<String, Object> extra = (Map<String, Object>) add.invoke(o);
            if (extra != null && !extra.isEmpty()) {
                problems.add((path.isEmpty() ? "." : path) + ": unknown field(s) " + extra.keySet()
                        + " for " + o.getClass().getSimpleName());
            }
        } catch (NoSuchMethodException e) {
            // a value type without a catch-all (Quantity, IntOrString)
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        SerializationConfig cfg = RenderedChart.JSON.getSerializationConfig();
        JavaType jt = cfg.constructType(o.getClass());
        for (BeanPropertyDefinition p : cfg.introspect(jt).findProperties()) {
            AnnotatedMember getter = p.getAccessor();
            if (getter == null || p.getName().equals("additionalProperties")) {
                continue;
            }
            Object v;
            try {
                getter.fixAccess(true);
                v = getter.getValue(o);
            } catch (RuntimeException e) {
                continue;
            }
            if (v == null || (v instanceof Collection<?> c && c.isEmpty()) || (v instanceof Map<?, ?> m && m.isEmpty())) {
                continue;
            }
            if (strimziV1 && o.getClass().getName().startsWith("io.strimzi.")) {
                String not = StrimziVersions.notInV1(o.getClass(), getter.getName(), p.getInternalName());
                if (not != null) {
                    problems.add(path + "." + p.getName() + ": " + not);
                }
            }
            walk(v, path + "." + p.getName(), problems, seen, strimziV1);
        }
    }

    /**
     * Strimzi's @PresentInVersions / @Deprecated on a model's getters and fields, read from the class files with ASM
     * (the annotation types are build-time only and invisible to reflection).
     */
    static final class StrimziVersions {
        private static final List<String> ORDER = List.of("v1alpha1", "v1beta1", "v1beta2", "v1");
        private static final Map<Class<?>, Map<String, String>> CACHE = new ConcurrentHashMap<>();

        /** Why a member is not part of kafka.strimzi.io/v1, or null when it is. */
        static String notInV1(Class<?> type, String getter, String field) {
            for (Class<?> c = type; c != null && c.getName().startsWith("io.strimzi."); c = c.getSuperclass()) {
                Map<String, String> notes = CACHE.computeIfAbsent(c, StrimziVersions::read);
                for (String member : new String[] {"m:" + getter, "f:" + field}) {
                    String note = notes.get(member);
                    if (note != null) {
                        return note;
                    }
                }
            }
            return null;
        }

        private static Map<String, String> read(Class<?> c) {
            Map<String, String> notes = new HashMap<>();
            try (InputStream in = c.getClassLoader().getResourceAsStream(c.getName().replace('.', '/') + ".class")) {
                if (in == null) {
                    return notes;
                }
                new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                                return note(d, "m:" + name, notes);
                            }
                        };
                    }

                    @Override
                    public FieldVisitor visitField(int access, String name, String desc, String sig, Object value) {
                        return new FieldVisitor(Opcodes.ASM9) {
                            @Override
                            public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                                return note(d, "f:" + name, notes);
                            }
                        };
                    }
                }, ClassReader.SKIP_CODE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return notes;
        }

        private static AnnotationVisitor note(String desc, String member, Map<String, String> notes) {
            if (desc.equals("Ljava/lang/Deprecated;")) {
                notes.putIfAbsent(member, "deprecated in Strimzi's API");
                return null;
            }
            if (desc.equals("Lio/strimzi/crdgenerator/annotations/PresentInVersions;")) {
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String name, Object value) {
                        if ("value".equals(name) && !includesV1(String.valueOf(value))) {
                            notes.put(member, "present in " + value + " only, not in kafka.strimzi.io/v1");
                        }
                    }
                };
            }
            return null;
        }

        static boolean includesV1(String spec) {
            for (String part : spec.split(",")) {
                String p = part.trim();
                if (p.endsWith("+")) {
                    return true; // every version from one on; v1 is the newest
                }
                int dash = p.indexOf('-', 1);
                if (dash > 0 && ORDER.contains(p.substring(0, dash)) && ORDER.contains(p.substring(dash + 1))) {
                    int to = ORDER.indexOf(p.substring(dash + 1));
                    if (to >= ORDER.indexOf("v1")) {
                        return true;
                    }
                } else if (p.equals("v1")) {
                    return true;
                }
            }
            return false;
        }
    }

    static final Set<String> RECORD_KINDS = Set.of("postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/ScheduledBackup",
            "k8s.keycloak.org/v2alpha1/Keycloak", "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    private Strict() {
    }
}
