package nl.mijnaansluiting.servicedesk.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing passwords (issue 17, point 5), as Jira's login does with its CAPTCHA after failures:
 * after {@link #USER_FAILURES} wrong passwords for one user name, or {@link #ADDRESS_FAILURES} from one address,
 * within {@link #WINDOW}, every sign-in of that name or from that address (the right password too) is refused
 * for a pause that doubles with each further burst, from {@link #FIRST_PAUSE} up to {@link #LONGEST_PAUSE}.
 * A right password outside a pause clears the name's count. Each burst is audited once, when its pause starts
 * (the caller writes that line), not once per try.
 *
 * <p>Kept in this node's memory: the sandbox is one process. The number of names and addresses followed is
 * bounded, so rotating user names cannot fill the memory.
 */
public final class SignInThrottle {

    static final int USER_FAILURES = 5;
    static final int ADDRESS_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    private static final int FOLLOWED = 10_000;

    private final Clock clock;
    private final Map<String, Failures> users = bounded();
    private final Map<String, Failures> addresses = bounded();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this user name or address must still wait, if it is in a pause. */
    public synchronized Optional<Duration> pause(String username, String address) {
        Instant now = clock.instant();
        Duration wait = longer(remaining(users.get(userKey(username)), now), remaining(addresses.get(address), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /**
     * Counts a wrong password; answers the pause that starts now, if this failure starts one (the moment to
     * audit the burst), else empty.
     */
    public synchronized Optional<Duration> failed(String username, String address) {
        Instant now = clock.instant();
        Duration userPause = count(users, userKey(username), USER_FAILURES, now);
        Duration addressPause = count(addresses, address, ADDRESS_FAILURES, now);
        Duration pause = longer(userPause, addressPause);
        return pause.isZero() ? Optional.empty() : Optional.of(pause);
    }

    /** A right password: the name starts afresh (the address does not: one account must not clear a guesser's count). */
    public synchronized void succeeded(String username) {
        users.remove(userKey(username));
    }

    private static Duration count(Map<String, Failures> map, String key, int limit, Instant now) {
        if (key == null) {
            return Duration.ZERO;
        }
        Failures failures = map.computeIfAbsent(key, k -> new Failures());
        if (failures.since == null || Duration.between(failures.since, now).compareTo(WINDOW) > 0) {
            failures.since = now;
            failures.count = 0;
        }
        failures.count++;
        if (failures.count < limit) {
            return Duration.ZERO;
        }
        // A burst: pause, each burst twice as long as the one before; the count starts again after it.
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(failures.bursts, 10));
        if (pause.compareTo(LONGEST_PAUSE) > 0) {
            pause = LONGEST_PAUSE;
        }
        failures.bursts++;
        failures.count = 0;
        failures.since = now;
        failures.until = now.plus(pause);
        return pause;
    }

    private static Duration remaining(Failures failures, Instant now) {
        return failures == null || failures.until == null || !failures.until.isAfter(now) ? Duration.ZERO
                : Duration.between(now, failures.until);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** User names compare as Jira's do (case-insensitively), and no longer than a user name column holds. */
    private static String userKey(String username) {
        if (username == null) {
            return "";
        }
        String key = username.trim().toLowerCase(Locale.ROOT);
        return key.length() > 255 ? key.substring(0, 255) : key;
    }

    private static Map<String, Failures> bounded() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > FOLLOWED;
            }
        };
    }

    private static final class Failures {
        private Instant since;
        private int count;
        private int bursts;
        private Instant until;
    }
}
