package nl.leercultuur.testkit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real RS256-signed bearer tokens for tests, shaped like the stack's Keycloak tokens (realm roles under
 * {@code realm_access.roles}, the organisation in {@code org_id}, audience {@code leercultuur-api}).
 * The key pair is made once per JVM and kept in system properties, because Quarkus test resources and
 * test classes may be loaded by different class loaders.
 */
public final class TestTokens {

    public static final String ISSUER = "https://test.leercultuur.nl/realms/leercultuur";
    public static final String AUDIENCE = "leercultuur-api";
    private static final String PUBLIC = "leercultuur.testkit.public-key";
    private static final String PRIVATE = "leercultuur.testkit.private-key";

    private TestTokens() {
    }

    /** The base64 X.509 public key, as {@code quarkus.oidc.public-key} takes it. */
    public static synchronized String publicKey() {
        if (System.getProperty(PUBLIC) == null) {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                KeyPair kp = g.generateKeyPair();
                System.setProperty(PRIVATE, Base64.getEncoder().encodeToString(kp.getPrivate().getEncoded()));
                System.setProperty(PUBLIC, Base64.getEncoder().encodeToString(kp.getPublic().getEncoded()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return System.getProperty(PUBLIC);
    }

    private static PrivateKey privateKey() {
        publicKey();
        try {
            byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Config that makes a service verify these tokens. */
    public static Map<String, String> oidcConfig() {
        return Map.of("quarkus.oidc.public-key", publicKey(),
                "quarkus.oidc.token.issuer", ISSUER,
                "quarkus.oidc.token.audience", AUDIENCE);
    }

    /**
     * An OpenID provider for processes started outside Quarkus tests (system tests, benchmarks): serves the
     * discovery document and the JWKS with the test key, as Keycloak would. Returns the URL to use as
     * {@code quarkus.oidc.auth-server-url}.
     */
    public static synchronized String identityProviderUrl() {
        if (provider == null) {
            java.security.interfaces.RSAPublicKey key;
            try {
                key = (java.security.interfaces.RSAPublicKey) KeyFactory.getInstance("RSA")
                        .generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(publicKey())));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String n = b64.encodeToString(unsigned(key.getModulus().toByteArray()));
            String e = b64.encodeToString(unsigned(key.getPublicExponent().toByteArray()));
            StubHttpServer s = new StubHttpServer(0);
            String base = s.url() + "/realms/leercultuur";
            s.answer("/realms/leercultuur/.well-known/openid-configuration", 200,
                    "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + base + "/protocol/openid-connect/certs\","
                            + "\"token_endpoint\":\"" + base + "/protocol/openid-connect/token\","
                            + "\"authorization_endpoint\":\"" + base + "/protocol/openid-connect/auth\","
                            + "\"end_session_endpoint\":\"" + base + "/protocol/openid-connect/logout\","
                            + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
            s.answer("/realms/leercultuur/protocol/openid-connect/certs", 200,
                    "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"test\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"" + n
                            + "\",\"e\":\"" + e + "\"}]}");
            provider = base;
        }
        return provider;
    }

    /** Config that makes a separately started service verify these tokens through {@link #identityProviderUrl()}. */
    public static Map<String, String> identityProviderConfig() {
        return Map.of("quarkus.oidc.auth-server-url", identityProviderUrl(),
                "quarkus.oidc.token.issuer", ISSUER,
                "quarkus.oidc.token.audience", AUDIENCE);
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement.length > 1 && twosComplement[0] == 0
                ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }

    private static String provider;

    public static String admin() {
        return token("admin-user", null, "admin");
    }

    public static String curator() {
        return token("curator-user", null, "curator");
    }

    public static String facilitator() {
        return token("facilitator-user", null, "facilitator");
    }

    public static String participant() {
        return token("participant-user", null, "participant");
    }

    public static String partner() {
        return token("service-account-partner", null, "partner");
    }

    public static String orgManager(String organisationId) {
        return token("manager-of-" + organisationId, organisationId, "org-manager");
    }

    public static String token(String subject, String organisationId, String... roles) {
        return tokenWithUsername(subject, subject, organisationId, roles);
    }

    /**
     * A token whose {@code preferred_username} differs from its {@code sub}, as Keycloak's do (the subject is the
     * user's id, the username what they sign in with): tells a service that identifies users by the subject from one
     * that uses the username.
     */
    public static String tokenWithUsername(String subject, String preferredUsername, String organisationId, String... roles) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER).subject(subject).audience(AUDIENCE)
                .claim("preferred_username", preferredUsername)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(3600);
        if (organisationId != null) {
            b.claim("org_id", organisationId);
        }
        return b.jws().keyId("test").sign(privateKey());
    }

    /** A token signed by the trusted key whose expiry has passed (issued two hours ago, valid for one). */
    public static String expired(String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).subject("expired-user").audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles))).claim("jti", UUID.randomUUID().toString())
                .issuedAt(now - 7200).expiresAt(now - 3600).jws().keyId("test").sign(privateKey());
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String forged(String... roles) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return Jwt.issuer(ISSUER).subject("mallory").audience(AUDIENCE)
                    .claim("realm_access", Map.of("roles", List.of(roles))).expiresIn(3600)
                    .sign(g.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
