package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.access.People;
import nl.mijnaansluiting.servicedesk.escalation.AddOnUser;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPresets;
import nl.mijnaansluiting.servicedesk.escalation.StaffDirectory;
import nl.mijnaansluiting.servicedesk.request.KeyUserGroups;

import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.request.Customer;
import nl.mijnaansluiting.servicedesk.request.CustomerDirectory;
import nl.mijnaansluiting.servicedesk.request.Organisation;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's people: fictional deelnemers (customer organisations) with a key-user and a plain
 * user each, an agent, a service manager and an admin. It stands in for Jira's user directory and
 * JSM's organisations; README.md lists the same users and passwords.
 */
public final class DemoDirectory implements CustomerDirectory, StaffDirectory, KeyUserGroups, People {

    /** A demo account. {@code keyUser} marks who will be key-user of their deelnemer. */
    public record Person(String username, String password, String displayName, String email,
                         Set<Role> roles, Set<String> organisations, boolean keyUser) {
    }

    public static final String PASSWORD = "welkom123";

    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    /** Accounts people created themselves ("Aanmelden", seed 000): customers of no deelnemer until staff adds one. */
    private final Map<String, Person> registered = new ConcurrentHashMap<>();
    /** Staff groups, as Jira groups: who escalation notifies. */
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    /** Each user's language, as Jira's profile keeps it: set with the language switch, Dutch until then. */
    private final Map<String, Locale> languages = new ConcurrentHashMap<>();

    public DemoDirectory() {
        organisation("noordnet", "Noordnet Netbeheer");
        organisation("rivierstroom", "Rivierstroom Energie");
        organisation("polderwater", "Polderwater Waterbedrijf");

        customer("anna", "Anna de Vries", "noordnet", true);
        customer("bram", "Bram Jansen", "noordnet", false);
        customer("carla", "Carla Bakker", "rivierstroom", true);
        customer("daan", "Daan Visser", "rivierstroom", false);
        customer("eva", "Eva Smit", "polderwater", true);
        customer("frank", "Frank Mulder", "polderwater", false);
        staff("agent", "Gert Agent", EnumSet.of(Role.AGENT));
        staff("manager", "Hanna Servicemanager", EnumSet.of(Role.SERVICE_MANAGER, Role.AGENT));
        staff("admin", "Ilse Beheerder", EnumSet.of(Role.ADMIN, Role.AGENT));
        // The add-on's own user, as an admin creates it in Jira: the author of the escalation policy's comments.
        // Nobody signs in as it (no password anyone knows).
        add(new Person(AddOnUser.DEFAULT, java.util.UUID.randomUUID().toString(), "Servicedesk Mijn Aansluiting",
                "servicedesk@mijnaansluiting.example", EnumSet.noneOf(Role.class), Set.of(), false));
        groups.put("ma-servicedesk", List.of("agent", "manager", "admin"));
        groups.put(EscalationPresets.SERVICE_MANAGERS, List.of("manager"));
        groups.put(EscalationPresets.FINAL_OWNERS, List.of("admin"));
        groups.put("2nd-level-support", List.of("agent"));
        // Key-user groups per deelnemer, for when an admin lets Jira groups decide (ma-keyusers-{organisation}):
        // they differ from the appointments on purpose (daan is in the group, not appointed).
        groups.put("ma-keyusers-noordnet", List.of("anna"));
        groups.put("ma-keyusers-rivierstroom", List.of("carla", "daan"));
        groups.put("ma-keyusers-polderwater", List.of("eva"));
    }

    @Override
    public Set<String> usernamesIn(String group) {
        return Set.copyOf(groups.getOrDefault(group, List.of()));
    }

    @Override
    public boolean groupExists(String group) {
        return groups.containsKey(group);
    }

    @Override
    public List<StaffDirectory.Person> members(String group) {
        return groups.getOrDefault(group, List.of()).stream().map(this::person).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toList());
    }

    @Override
    public Optional<StaffDirectory.Person> person(String username) {
        return find(username).map(p -> new StaffDirectory.Person(p.username(), p.email(), p.displayName(), language(p.username())));
    }

    @Override
    public String displayName(String username) {
        return find(username).map(Person::displayName).orElse(username);
    }

    @Override
    public Locale language(String username) {
        return username == null ? Messages.DUTCH : languages.getOrDefault(username, Messages.DUTCH);
    }

    @Override
    public boolean exists(String username) {
        return find(username).isPresent();
    }

    /** Remembers a user's language, as Jira's profile does. */
    public void setLanguage(String username, Locale language) {
        if (find(username).isPresent()) {
            languages.put(username, Messages.supported(language));
        }
    }

    public Map<String, List<String>> groups() {
        return java.util.Collections.unmodifiableMap(groups);
    }

    private void organisation(String key, String name) {
        organisations.put(key, new Organisation(key, name));
    }

    private void customer(String username, String displayName, String organisation, boolean keyUser) {
        add(new Person(username, PASSWORD, displayName, username + "@" + organisation + ".example",
                EnumSet.of(Role.CUSTOMER), Set.of(organisation), keyUser));
    }

    private void staff(String username, String displayName, Set<Role> roles) {
        add(new Person(username, PASSWORD, displayName, username + "@mijnaansluiting.example", roles, Set.of(), false));
    }

    private void add(Person person) {
        people.put(person.username(), person);
    }

    public Optional<Person> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Person demo = people.get(username);
        return Optional.ofNullable(demo != null ? demo : registered.get(username.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Creates the account of someone who signs up: the e-mail address is the user name (as JSM's customers sign in
     * with theirs), the password is kept only as its PBKDF2 hash; a customer of no deelnemer. Empty when the
     * address is taken already (by a user name or an e-mail address, in any case).
     */
    public synchronized Optional<Person> register(String displayName, String email, String password) {
        String username = email.trim().toLowerCase(Locale.ROOT);
        if (taken(username)) {
            return Optional.empty();
        }
        Person person = new Person(username, Passwords.hash(password), displayName.trim(), username,
                EnumSet.of(Role.CUSTOMER), Set.of(), false);
        registered.put(username, person);
        return Optional.of(person);
    }

    /** Whether a user name or e-mail address is in use already, compared case-insensitively. */
    public boolean taken(String emailOrUsername) {
        String wanted = emailOrUsername == null ? "" : emailOrUsername.trim();
        return java.util.stream.Stream.concat(people.values().stream(), registered.values().stream())
                .anyMatch(p -> p.username().equalsIgnoreCase(wanted) || p.email().equalsIgnoreCase(wanted));
    }

    /** The person when the password is right; compared in constant time. */
    public Optional<Person> authenticate(String username, String password) {
        Optional<Person> person = find(username);
        if (person.isPresent() && Passwords.isHash(person.get().password())) {
            return Passwords.matches(person.get().password(), password) ? person : Optional.empty();
        }
        byte[] expected = person.map(Person::password).orElse("\u0000unknown").getBytes(StandardCharsets.UTF_8);
        byte[] given = (password == null ? "" : password).getBytes(StandardCharsets.UTF_8);
        boolean matches = MessageDigest.isEqual(expected, given);
        return matches ? person : Optional.empty();
    }

    public List<Person> people() {
        List<Person> all = new java.util.ArrayList<>(people.values());
        all.addAll(registered.values());
        return List.copyOf(all);
    }

    @Override
    public List<Organisation> organisations() {
        return List.copyOf(organisations.values());
    }

    @Override
    public Optional<Organisation> organisation(String key) {
        return Optional.ofNullable(key == null ? null : organisations.get(key));
    }

    @Override
    public Optional<Customer> findByUsernameOrEmail(String usernameOrEmail) {
        Optional<Person> person = find(usernameOrEmail);
        if (person.isEmpty() && usernameOrEmail != null) {
            person = java.util.stream.Stream.concat(people.values().stream(), registered.values().stream()).filter(p -> p.email().equalsIgnoreCase(usernameOrEmail.trim())).findFirst();
        }
        return person.map(p -> new Customer(p.username(), p.displayName(), p.email()));
    }

    @Override
    public boolean isMember(String organisationKey, String username) {
        return find(username).map(p -> p.organisations().contains(organisationKey)).orElse(false);
    }
}
