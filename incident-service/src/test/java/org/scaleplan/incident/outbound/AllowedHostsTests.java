package org.scaleplan.incident.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedHostsTests {

    /** The test's DNS: names resolve only through this table, IP addresses to themselves. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.slack.com", List.of("203.0.113.10"),
            "api.example.com", List.of("203.0.113.11"),
            "a.b.example.com", List.of("203.0.113.12", "2001:db8::12"),
            "internal.corp", List.of("203.0.113.13"),
            "metadata.google.internal", List.of("169.254.169.254"),
            "loopback.example.com", List.of("127.0.0.1"),
            "split.example.com", List.of("203.0.113.14", "10.0.0.14"));

    private static AllowedHosts allowing(String... entries) {
        return new AllowedHosts(List.of(entries), AllowedHostsTests::resolve);
    }

    private static AllowedHosts allowing(String entry, String name, String address) {
        return new AllowedHosts(List.of(entry), host -> host.equals(name)
                ? new InetAddress[] {InetAddress.getByName(address)} : resolve(host));
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (!DNS.containsKey(host) && !host.matches("[\\d.]+|.*:.*")) {
            throw new UnknownHostException(host + " is not in the test's DNS");
        }
        List<String> addresses = DNS.getOrDefault(host, List.of(host));
        InetAddress[] resolved = new InetAddress[addresses.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = InetAddress.getByName(addresses.get(i));
        }
        return resolved;
    }

    @Nested
    class Matching {

        private final AllowedHosts hosts = allowing("hooks.slack.com", "*.example.com", "internal.corp:8443",
                "10.0.0.5", "[::1]:8080");

        @ParameterizedTest(name = "{1}: {0}")
        @CsvSource({
                "https://hooks.slack.com/services/T0/B0/x, the exact host",
                "https://HOOKS.Slack.com/, the exact host in other case",
                "https://hooks.slack.com:8443/, any port when the entry names none",
                "https://api.example.com/, a subdomain under the wildcard",
                "https://a.b.example.com/, a deeper subdomain under the wildcard",
                "http://internal.corp:8443/, the entry's port",
                "http://10.0.0.5/, a private address listed as itself",
                "http://[::1]:8080/, an IPv6 address listed with its port",
                "http://[0:0:0:0:0:0:0:1]:8080/, the same IPv6 address spelled out"})
        void allows(URI uri, String why) throws UnknownHostException {
            assertThat(hosts.check(uri)).isNotEmpty();
        }

        @ParameterizedTest(name = "{1}: {0}")
        @CsvSource({
                "https://example.com/, the apex under a wildcard",
                "https://badexample.com/, a name merely ending like the wildcard's domain",
                "https://slack.com/, the parent of a listed host",
                "https://hooks.slack.com.evil.io/, a listed host as a prefix",
                "https://hooks.slack.com@evil.io/, a listed host as user info",
                "http://internal.corp/, the scheme's default port where the entry names another",
                "http://internal.corp:9443/, another port than the entry's",
                "http://[::1]:8081/, another port than the IPv6 entry's",
                "http://10.0.0.6/, a neighbour of a listed address",
                "http://010.0.0.5/, a listed address spelled in octal",
                "ftp://hooks.slack.com/, a scheme other than http or https",
                "file:///etc/passwd, a file",
                "http:///nohost, no host at all"})
        void refuses(URI uri, String why) {
            assertThatExceptionOfType(HostNotAllowedException.class).isThrownBy(() -> hosts.check(uri))
                    .withMessageContaining(AllowedHosts.SETTING);
        }

        @Test
        void aRefusalNamesTheHostAndTheSetting() {
            assertThatExceptionOfType(HostNotAllowedException.class)
                    .isThrownBy(() -> hosts.check(URI.create("https://evil.io/x")))
                    .withMessageContainingAll("evil.io", "scaleplan.incident.http.allowed-hosts");
        }

        @Test
        void returnsTheAddressesTheHostResolvedTo() throws UnknownHostException {
            assertThat(hosts.check(URI.create("https://a.b.example.com/")))
                    .containsExactly(InetAddress.getByName("203.0.113.12"), InetAddress.getByName("2001:db8::12"));
        }

        @Test
        void aListedNameThatDoesNotResolveFailsAsUnknown() {
            assertThatExceptionOfType(UnknownHostException.class)
                    .isThrownBy(() -> hosts.check(URI.create("https://nowhere.example.com/")));
        }
    }

    @Nested
    class InternalAddresses {

        @ParameterizedTest(name = "{1}: {0}")
        @CsvSource({
                "127.0.0.1, loopback",
                "::1, IPv6 loopback",
                "10.1.2.3, private 10/8",
                "172.16.0.1, private 172.16/12",
                "192.168.1.1, private 192.168/16",
                "169.254.169.254, link-local: the cloud metadata address",
                "fe80::1, IPv6 link-local",
                "fd00::1, IPv6 unique-local",
                "0.0.0.0, any-local",
                "::, IPv6 any-local",
                "224.0.0.1, multicast"})
        void allowsAnInternalAddressOnlyThroughAnEntryOfThatAddress(String address, String why)
                throws UnknownHostException {
            URI byName = URI.create("http://internal.example.com/");
            URI byAddress = URI.create("http://" + (address.contains(":") ? "[" + address + "]" : address) + "/");

            assertThatExceptionOfType(HostNotAllowedException.class)
                    .isThrownBy(() -> allowing("internal.example.com", "internal.example.com", address).check(byName))
                    .withMessageContainingAll("internal.example.com", InetAddress.getByName(address).getHostAddress());
            assertThat(allowing(address.contains(":") ? "[" + address + "]" : address).check(byAddress))
                    .containsExactly(InetAddress.getByName(address));
        }

        @Test
        void theMetadataAddressIsRefusedByNameAndAllowedOnlyAsItself() throws UnknownHostException {
            assertThatExceptionOfType(HostNotAllowedException.class)
                    .isThrownBy(() -> allowing("metadata.google.internal")
                            .check(URI.create("http://metadata.google.internal/computeMetadata/v1/")))
                    .withMessageContaining("169.254.169.254");
            assertThat(allowing("169.254.169.254").check(URI.create("http://169.254.169.254/latest/meta-data/")))
                    .containsExactly(InetAddress.getByName("169.254.169.254"));
        }

        @Test
        void theLoopbackIsRefusedUnlessListedAsItself() throws UnknownHostException {
            URI loopback = URI.create("http://127.0.0.1:9000/");

            assertThatExceptionOfType(HostNotAllowedException.class)
                    .isThrownBy(() -> allowing("*.example.com").check(loopback));
            assertThatExceptionOfType(HostNotAllowedException.class)
                    .isThrownBy(() -> allowing("*.example.com").check(URI.create("http://loopback.example.com/")));
            assertThat(allowing("127.0.0.1").check(loopback)).containsExactly(InetAddress.getByName("127.0.0.1"));
        }

        @Test
        void aNameResolvingToAPublicAndAnInternalAddressIsRefused() {
            assertThatExceptionOfType(HostNotAllowedException.class)
                    .isThrownBy(() -> allowing("split.example.com").check(URI.create("https://split.example.com/")))
                    .withMessageContaining("10.0.0.14");
        }

        @Test
        void localhostListedWithItsPortAllowsThatPortOnly() throws UnknownHostException {
            AllowedHosts hosts = new AllowedHosts(List.of("localhost:8099"));

            assertThat(hosts.check(URI.create("http://localhost:8099/hook"))).allMatch(InetAddress::isLoopbackAddress);
            assertThatExceptionOfType(HostNotAllowedException.class)
                    .isThrownBy(() -> hosts.check(URI.create("http://localhost:8100/hook")));
        }

        @Test
        void localhostListedWithoutAPortIsStillRefused() {
            AllowedHosts hosts = new AllowedHosts(List.of("localhost"));

            assertThatExceptionOfType(HostNotAllowedException.class)
                    .isThrownBy(() -> hosts.check(URI.create("http://localhost:8099/hook")))
                    .withMessageContaining("localhost");
        }
    }

    @Nested
    class Entries {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "*", "*.", "*.10.0.0.5", "host:", "host:0", "host:65536", "host:http", "[::1",
                "bad_host", "a..b", ":8080"})
        void rejectsWhatIsNotAHostAWildcardOrAnAddress(String entry) {
            assertThatIllegalArgumentException().isThrownBy(() -> allowing(entry))
                    .withMessageContaining(AllowedHosts.SETTING);
        }
    }
}
