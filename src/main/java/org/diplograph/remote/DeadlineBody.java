package org.diplograph.remote;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads an answer's body as text, but no longer than the read timeout allows, counted from when the request was
 * sent. The JDK's request timeout ends when the headers arrive, so a server that sends headers and then stalls
 * would hold {@code push} forever; here the body fails with an {@link HttpTimeoutException} at the deadline and the
 * connection is let go. (Jena's {@code AuthLib} waits with an uninterruptible join, so interrupting the sending
 * thread would not help.)
 */
final class DeadlineBody implements HttpResponse.BodyHandler<String> {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final long deadline;
    private final Duration timeout;

    DeadlineBody(Duration timeout) {
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "diplograph-push-read-timeout");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    @Override
    public HttpResponse.BodySubscriber<String> apply(HttpResponse.ResponseInfo info) {
        return new Subscriber(HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8));
    }

    private final class Subscriber implements HttpResponse.BodySubscriber<String> {
        private final HttpResponse.BodySubscriber<String> inner;
        private final CompletableFuture<String> body = new CompletableFuture<>();
        private volatile Flow.Subscription subscription;

        Subscriber(HttpResponse.BodySubscriber<String> inner) {
            this.inner = inner;
            inner.getBody().whenComplete((text, failure) -> {
                if (failure != null) {
                    body.completeExceptionally(failure);
                } else {
                    body.complete(text);
                }
            });
            long left = Math.max(0, deadline - System.nanoTime());
            ScheduledFuture<?> alarm = TIMER.schedule(this::expire, left, TimeUnit.NANOSECONDS);
            body.whenComplete((text, failure) -> alarm.cancel(false));
        }

        private void expire() {
            if (body.completeExceptionally(new HttpTimeoutException("no complete answer within " + timeout))) {
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.cancel();
                }
            }
        }

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            inner.onSubscribe(s);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            inner.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            inner.onError(throwable);
        }

        @Override
        public void onComplete() {
            inner.onComplete();
        }
    }
}
