package org.scaleplan.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.scaleplan.testsupport.RedisEndpoint;

/**
 * A TCP relay in front of the test Redis, so one application can lose Redis while the others keep it:
 * {@link #close()} drops every connection and refuses new ones, as a Redis that went away would.
 */
final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final RedisEndpoint target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    TcpProxy(RedisEndpoint target) {
        this.target = target;
        try {
            this.server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("tcp-proxy-accept", this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(target.host(), target.port());
                sockets.addAll(List.of(client, upstream));
                relay(client, upstream);
                relay(upstream, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void relay(Socket from, Socket to) {
        daemon("tcp-proxy-relay", () -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (SocketException closed) {
                // the proxy or one side went away; the other side sees the connection drop
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
