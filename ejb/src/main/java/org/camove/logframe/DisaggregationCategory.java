package org.camove.logframe;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camove.shared.InvalidInput;
import org.camove.shared.InvalidInput.Violation;
import org.camove.shared.LastChange;
import org.camove.shared.LocalizedText;

/**
 * Reference data: a way to break a figure down (Sex, Age group, Country…) and its options, as an administrator
 * keeps them. The category is the aggregate root of its options: every change to either moves its version.
 * Codes are what stored values are keyed by ('AGE=18-35;SEX=F'), so once used a code never changes and nothing
 * is deleted; it is retired instead, and no longer offered for new cross-tabs.
 */
@Entity
@Table(name = "disaggregation_category")
@NamedQuery(name = DisaggregationCategory.ALL,
        query = "SELECT DISTINCT c FROM DisaggregationCategory c LEFT JOIN FETCH c.options ORDER BY c.position, c.code")
public class DisaggregationCategory {

    /** Every category with its options (retired ones too), in the order pages list them. */
    static final String ALL = "DisaggregationCategory.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "name_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    })
    private LocalizedText name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CategoryOption> options = new ArrayList<>();

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected DisaggregationCategory() {
        // for JPA
    }

    /**
     * A new category, after the others, offered once it has an option.
     *
     * @param takenCodes the codes of the other categories
     * @throws InvalidInput when the entry breaks a rule, field by field
     */
    static DisaggregationCategory define(ReferenceEntry entry, int position, Set<String> takenCodes) {
        var found = new ArrayList<>(entry.violations());
        if (takenCodes.contains(entry.code())) {
            found.add(new Violation("code", "referenceData.category.codeTaken", List.of(entry.code())));
        }
        refuseIfAny(found);
        var category = new DisaggregationCategory();
        category.code = entry.code();
        category.name = entry.name();
        category.position = position;
        return category;
    }

    /**
     * Renames the category and, while nothing uses it, changes its code.
     *
     * @param takenCodes the codes of the other categories
     * @param usage      how much the category is used, asked only when the code changes
     */
    void revise(ReferenceEntry entry, Set<String> takenCodes, Supplier<Usage> usage) {
        var found = new ArrayList<>(entry.violations());
        if (found.isEmpty() && !entry.code().equals(code)) {
            if (takenCodes.contains(entry.code())) {
                found.add(new Violation("code", "referenceData.category.codeTaken", List.of(entry.code())));
            } else {
                usage.get().refusal("code", "code", name).ifPresent(found::add);
            }
        }
        refuseIfAny(found);
        code = entry.code();
        name = entry.name();
    }

    /**
     * Adds an option at {@code position} (1 is first; null is last), moving those from there down by one.
     *
     * @throws InvalidInput when the entry breaks a rule or another option has its code
     */
    CategoryOption addOption(ReferenceEntry entry, Integer position) {
        var found = new ArrayList<>(entry.violations());
        int place = position == null ? options.size() + 1 : position;
        checkOptionCode(entry, null, found);
        checkPlace(place, options.size() + 1, found);
        refuseIfAny(found);
        var option = new CategoryOption(this, entry.code(), entry.name());
        var ordered = getOptions();
        ordered.add(place - 1, option);
        options.add(option);
        renumber(ordered);
        return option;
    }

    /**
     * Renames the option, moves it to {@code position} (null: where it is) and, while nothing uses it, changes
     * its code.
     *
     * @param usage how much the option is used, asked only when the code changes
     */
    void reviseOption(CategoryOption option, ReferenceEntry entry, Integer position, Supplier<Usage> usage) {
        var found = new ArrayList<>(entry.violations());
        int place = position == null ? option.getPosition() : position;
        if (found.isEmpty() && !entry.code().equals(option.getCode()) && checkOptionCode(entry, option, found)) {
            usage.get().refusal("code", "code", name).ifPresent(found::add);
        }
        checkPlace(place, options.size(), found);
        refuseIfAny(found);
        option.rename(entry.code(), entry.name());
        var ordered = getOptions();
        ordered.remove(option);
        ordered.add(place - 1, option);
        renumber(ordered);
    }

    void removeOption(CategoryOption option) {
        options.remove(option);
        renumber(getOptions());
    }

    /** Retired, it is kept for the indicators and values that use it and offered for no new cross-tab. */
    void activate(boolean offered) {
        this.active = offered;
    }

    void changedBy(LastChange change) {
        this.lastChange = Objects.requireNonNull(change);
    }

    /** Whether a new cross-tab may use it: it is active and so is at least one of its options. */
    public boolean isOffered() {
        return active && options.stream().anyMatch(CategoryOption::isActive);
    }

    /** False when another option of the category has the entry's code (which is then refused). */
    private boolean checkOptionCode(ReferenceEntry entry, CategoryOption self, List<Violation> found) {
        boolean taken = options.stream().anyMatch(o -> o != self && o.getCode().equals(entry.code()));
        if (taken) {
            found.add(new Violation("code", "referenceData.option.codeTaken", List.of(entry.code(), name)));
        }
        return !taken;
    }

    private static void checkPlace(int place, int last, List<Violation> found) {
        if (place < 1 || place > last) {
            found.add(new Violation("position", "referenceData.position.range", List.of(last)));
        }
    }

    private static void renumber(List<CategoryOption> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
    }

    private static void refuseIfAny(List<Violation> found) {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    /** Its options in their order, retired ones included (a copy). */
    public List<CategoryOption> getOptions() {
        var ordered = new ArrayList<>(options);
        ordered.sort(Comparator.comparingInt(CategoryOption::getPosition));
        return ordered;
    }

    public Optional<CategoryOption> option(long optionId) {
        return options.stream().filter(o -> o.getId() != null && o.getId() == optionId).findFirst();
    }

    public long getVersion() {
        return version;
    }

    public LastChange getLastChange() {
        return lastChange;
    }
}
