package org.scaleplan.incident.outbound;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The hosts runbook steps may call, from {@code scaleplan.incident.http.allowed-hosts}. An entry is a host name
 * ({@code hooks.slack.com}), any subdomain of a domain ({@code *.example.com}, not {@code example.com} itself) or an
 * IP address ({@code 10.0.0.5}, {@code [::1]}), each with an optional port ({@code localhost:8099}); without one, any
 * port is allowed.
 *
 * <p>A listed name is still refused when it resolves to a loopback, private, link-local (the cloud metadata address
 * 169.254.169.254 among them), unique-local, wildcard or multicast address: whoever controls a name's DNS could point
 * it into the service's own network. Such an address is allowed only by an entry that is the address itself, or by
 * {@code localhost} with a port (an operator who lists {@code localhost:8099} means the loopback).
 */
public final class AllowedHosts {

    static final String SETTING = "scaleplan.incident.http.allowed-hosts";

    private static final int ANY_PORT = -1;

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    // Dotted decimal without leading zeros only: to some resolvers 010 is octal and 2130706433 is 127.0.0.1.
    private static final Pattern IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");

    /** Resolves a host name, or an IP address without a lookup, to its addresses. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<Entry> entries;
    private final Resolver resolver;

    public AllowedHosts(List<String> entries) {
        this(entries, InetAddress::getAllByName);
    }

    AllowedHosts(List<String> entries, Resolver resolver) {
        this.entries = entries.stream().map(Entry::parse).toList();
        this.resolver = resolver;
    }

    /**
     * Checks {@code uri} before any connection to it, and returns the addresses its host resolved to, so that a caller
     * may connect to exactly these rather than look the name up again.
     *
     * @throws HostNotAllowedException when the scheme is not http or https, no entry matches the host and port, or
     * the host resolves to an internal address that no matching entry allows
     * @throws UnknownHostException when the host does not resolve
     */
    public List<InetAddress> check(URI uri) throws UnknownHostException {
        String host = host(uri);
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new HostNotAllowedException(host, "scheme " + scheme + " is not http or https");
        }
        int port = port(uri);
        List<Entry> matching = entries.stream().filter(entry -> entry.matches(host, port)).toList();
        if (matching.isEmpty()) {
            throw new HostNotAllowedException(host, "no entry allows it on port " + port);
        }
        List<InetAddress> addresses = List.of(resolver.resolve(host));
        for (InetAddress address : addresses) {
            if (isInternal(address) && matching.stream().noneMatch(entry -> entry.allowsInternal(address))) {
                throw new HostNotAllowedException(host, "it resolves to " + address.getHostAddress()
                        + ", an internal address, which only an entry of that very address allows");
            }
        }
        return addresses;
    }

    /** {@code uri}'s host in lower case, an IPv6 address without its brackets; empty when it has none. */
    private static String host(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** The port {@code uri} connects to: its own, else its scheme's default. */
    static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isInternal(InetAddress address) {
        boolean uniqueLocal = address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal;
    }

    /** The address {@code host} spells when it is an IP address, found without a lookup; else null. */
    private static @Nullable InetAddress literal(String host) {
        boolean ipv4 = IPV4.matcher(host).matches();
        if (!ipv4 && !host.contains(":")) {
            return null;
        }
        try {
            // In brackets, text that is not an IPv6 address fails at once instead of being looked up as a name.
            return InetAddress.getByName(ipv4 ? host : "[" + host + "]");
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    /**
     * One entry of the setting.
     *
     * @param host a name, the domain under a wildcard, or an IP address (then also {@code address})
     * @param port the one port allowed, or {@link #ANY_PORT}
     */
    private record Entry(String host, boolean wildcard, @Nullable InetAddress address, int port) {

        static Entry parse(String text) {
            String entry = text.strip().toLowerCase(Locale.ROOT);
            int colon = entry.lastIndexOf(':');
            boolean hasPort = entry.startsWith("[") ? entry.contains("]:") : colon > 0 && colon == entry.indexOf(':');
            String host = (hasPort ? entry.substring(0, colon) : entry).replaceAll("^\\[(.*)]$", "$1");
            boolean wildcard = host.startsWith("*.");
            String name = wildcard ? host.substring(2) : host;
            InetAddress address = literal(name);
            if (address != null ? wildcard : !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(SETTING + ": not a host, *.domain or IP address: " + text);
            }
            return new Entry(name, wildcard, address, hasPort ? port(entry.substring(colon + 1), text) : ANY_PORT);
        }

        private static int port(String port, String text) {
            if (!port.matches("[1-9]\\d{0,4}") || Integer.parseInt(port) > 65535) {
                throw new IllegalArgumentException(SETTING + ": not a port in " + text);
            }
            return Integer.parseInt(port);
        }

        boolean matches(String host, int port) {
            if (this.port != ANY_PORT && this.port != port) {
                return false;
            }
            if (address != null) {
                return address.equals(literal(host));
            }
            return wildcard ? host.endsWith("." + this.host) : host.equals(this.host);
        }

        boolean allowsInternal(InetAddress resolved) {
            return resolved.equals(address)
                    || (host.equals("localhost") && port != ANY_PORT && resolved.isLoopbackAddress());
        }
    }
}
