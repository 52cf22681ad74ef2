package nl.leercultuur.system;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

/**
 * A java.net.http client that checks every answer against the kept OpenAPI documents ({@link ContractValidation})
 * before handing it on: for the clients openapi-generator made (library {@code native}), whose API classes read the
 * body as a stream that a response interceptor cannot read without taking it from them. The answer is received
 * whole, validated, and then given to the caller's body handler as if it had come from the network.
 */
final class ValidatingHttpClient extends HttpClient {

    private final HttpClient delegate;

    private ValidatingHttpClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    /** For {@code new ApiClient().setHttpClientBuilder(ValidatingHttpClient.builder())}. */
    static HttpClient.Builder builder() {
        HttpClient.Builder b = HttpClient.newBuilder();
        return new HttpClient.Builder() {
            public Builder cookieHandler(CookieHandler h) { b.cookieHandler(h); return this; }
            public Builder connectTimeout(Duration d) { b.connectTimeout(d); return this; }
            public Builder sslContext(SSLContext c) { b.sslContext(c); return this; }
            public Builder sslParameters(SSLParameters p) { b.sslParameters(p); return this; }
            public Builder executor(Executor e) { b.executor(e); return this; }
            public Builder followRedirects(Redirect r) { b.followRedirects(r); return this; }
            public Builder version(Version v) { b.version(v); return this; }
            public Builder priority(int p) { b.priority(p); return this; }
            public Builder proxy(ProxySelector p) { b.proxy(p); return this; }
            public Builder authenticator(Authenticator a) { b.authenticator(a); return this; }
            public HttpClient build() { return new ValidatingHttpClient(b.build()); }
        };
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse<byte[]> raw = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = raw.body() == null ? new byte[0] : raw.body();
        ContractValidation.validate(request.method(), raw.uri().getRawPath(), raw.statusCode(), raw.headers().map(),
                new String(bytes, StandardCharsets.UTF_8));
        T body;
        try {
            body = replay(handler, raw, bytes).get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        return new Answer<>(raw, body);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException | InterruptedException e) {
                throw new CompletionException(e);
            }
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }

    /** Feeds the received bytes to the caller's handler, one signal per demand, as the network would. */
    private static <T> CompletableFuture<T> replay(HttpResponse.BodyHandler<T> handler, HttpResponse<?> raw, byte[] bytes) {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            public int statusCode() { return raw.statusCode(); }
            public HttpHeaders headers() { return raw.headers(); }
            public Version version() { return raw.version(); }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            private int sent; // 0: the bytes are next, 1: the end is next, 2: done
            private boolean cancelled;

            @Override
            public synchronized void request(long n) {
                for (long i = 0; i < n && sent < 2 && !cancelled; i++) {
                    if (sent++ == 0) {
                        subscriber.onNext(List.of(ByteBuffer.wrap(bytes)));
                    } else {
                        subscriber.onComplete();
                    }
                }
            }

            @Override
            public synchronized void cancel() {
                cancelled = true;
            }
        });
        return subscriber.getBody().toCompletableFuture();
    }

    private record Answer<T>(HttpResponse<?> raw, T body) implements HttpResponse<T> {
        public int statusCode() { return raw.statusCode(); }
        public HttpRequest request() { return raw.request(); }
        public Optional<HttpResponse<T>> previousResponse() { return Optional.empty(); }
        public HttpHeaders headers() { return raw.headers(); }
        public Optional<SSLSession> sslSession() { return raw.sslSession(); }
        public URI uri() { return raw.uri(); }
        public Version version() { return raw.version(); }
    }

    @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
    @Override public Redirect followRedirects() { return delegate.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
    @Override public SSLContext sslContext() { return delegate.sslContext(); }
    @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
    @Override public Version version() { return delegate.version(); }
    @Override public Optional<Executor> executor() { return delegate.executor(); }
}
