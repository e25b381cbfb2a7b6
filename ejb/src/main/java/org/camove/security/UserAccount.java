package org.camove.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.camove.organisations.Organisation;

@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_USERNAME,
        query = "SELECT u FROM UserAccount u LEFT JOIN FETCH u.organisation WHERE u.username = :username")
@NamedQuery(name = UserAccount.COUNT_WITH_ROLE,
        query = "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :role AND u.enabled = TRUE")
public class UserAccount {

    static final String BY_USERNAME = "UserAccount.byUsername";
    static final String COUNT_WITH_ROLE = "UserAccount.countWithRole";

    /** The languages camove's pages and reports are written in. */
    public static final Set<String> LANGUAGES = Set.of("en", "ru");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 10)
    private String locale = "en";

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String passwordHash, String fullName, Organisation organisation, Set<Role> roles) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.fullName = Objects.requireNonNull(fullName);
        this.organisation = organisation;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (organisation == null && this.roles.stream().anyMatch(Role::belongsToOneOrganisation)) {
            throw new IllegalArgumentException("A partner officer or donor must belong to an organisation");
        }
    }

    /** Remembers the language the user reads camove in; only camove's languages are accepted. */
    public void preferLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        this.locale = language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    /** Where camove's e-mails to the user go; null when none is known. */
    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }
}
