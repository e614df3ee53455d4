package org.scaleplan.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One sender: posts a fresh batch, waits for the answer, and posts the next, over one kept-alive HTTP/1.1
 * connection, as a Prometheus shard or a collector does. With a rate it keeps its share of it instead.
 */
final class LoadClient implements Runnable {

    private static final long MAX_BEHIND_NANOS = Duration.ofSeconds(1).toNanos();

    private static final long NO_ANSWER_BACKOFF_NANOS = Duration.ofMillis(100).toNanos();

    private final LoadOptions options;
    private final Batches batches;
    private final Recorder recorder;
    private final AtomicBoolean running;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LoadClient(LoadOptions options, int index, Recorder recorder, AtomicBoolean running) {
        this.options = options;
        this.batches = options.format().batches(options.systemPrefix() + "-" + index, options.format().batch());
        this.recorder = recorder;
        this.running = running;
    }

    @Override
    public void run() {
        long interval = options.rate() > 0
                ? (long) (1e9 * options.format().batch() * options.clients() / options.rate()) : 0;
        long due = System.nanoTime();
        while (running.get()) {
            if (interval > 0) {
                due = Math.max(due + interval, System.nanoTime() - MAX_BEHIND_NANOS);
                LockSupport.parkNanos(due - System.nanoTime());
            }
            HttpRequest request = request(batches.next());
            long sent = System.nanoTime();
            int status = send(request);
            recorder.answered(status, System.nanoTime() - sent);
            if (status < 0) {
                // No answer (refused, reset): back off as a real client would instead of spinning.
                LockSupport.parkNanos(NO_ANSWER_BACKOFF_NANOS);
            }
        }
    }

    private HttpRequest request(byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(options.ingest().resolve(options.format().path()))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + options.key())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        batches.headers().forEach(request::header);
        return request.build();
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
            return -1;
        }
    }
}
