package org.diplograph.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a request may be addressed to ({@code Host}): the loopback names, and with {@code --public} the
 * machine's addresses and names, plus any given. A page on another site that points its own DNS name at
 * 127.0.0.1 (DNS rebinding) sends its own name as {@code Host} and is refused, although it reaches the port.
 */
final class HostNames {

    private final Set<String> names;

    private HostNames(Set<String> names) {
        this.names = names;
    }

    static HostNames of(boolean everywhere, List<String> extra) {
        Set<String> names = new TreeSet<>(List.of("127.0.0.1", "localhost", "[::1]"));
        extra.forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        if (everywhere) {
            try {
                for (NetworkInterface i : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(i.getInetAddresses())) {
                        names.add(literal(a));
                    }
                }
            } catch (SocketException e) {
                // without the list, only the loopback names and the given ones are accepted
            }
            try {
                InetAddress self = InetAddress.getLocalHost();
                names.add(self.getHostName().toLowerCase(Locale.ROOT));
                names.add(self.getCanonicalHostName().toLowerCase(Locale.ROOT));
            } catch (UnknownHostException e) {
                // the machine has no name it can resolve; its addresses still work
            }
        }
        return new HostNames(names);
    }

    private static String literal(InetAddress a) {
        String host = a.getHostAddress();
        if (a instanceof Inet6Address) {
            int zone = host.indexOf('%');
            return "[" + (zone < 0 ? host : host.substring(0, zone)) + "]";
        }
        return host;
    }

    /** Whether a {@code Host} header names this server on {@code port}. */
    boolean accepts(String host, int port) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        String name = h;
        int given = 80;
        if (colon > h.lastIndexOf(']')) {
            name = h.substring(0, colon);
            try {
                given = Integer.parseInt(h.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return given == port && names.contains(name);
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
