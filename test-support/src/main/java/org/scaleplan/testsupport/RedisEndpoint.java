package org.scaleplan.testsupport;

/** Where a test's Redis listens, for {@code spring.data.redis.host} and {@code spring.data.redis.port}. */
public record RedisEndpoint(String host, int port) {

    public String uri() {
        return "redis://" + host + ":" + port;
    }
}
