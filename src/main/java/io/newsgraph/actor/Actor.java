package io.newsgraph.actor;

import io.newsgraph.common.MutableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("Someone who speaks or reacts in the news: a person, government, country, organisation or media outlet.")
public class Actor extends MutableEntity {

    /**
     * HQL for "actor {@code a}'s name or one of its aliases matches the LIKE pattern {@code :name}", a pattern of
     * {@link NameKey#likePattern} (both sides folded by {@link NameKey#spelling}).
     */
    public static final String NAME_OR_ALIAS_LIKE = "(a.nameKey like :name escape '\\'"
            + " or exists (select 1 from ActorAlias al where al.actor = a and al.nameKey like :name escape '\\'))";

    @NonNull
    @Description("Canonical name, e.g. \"Oleksiy Goncharenko\".")
    public String name;

    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("What sort of actor this is.")
    public ActorKind kind;

    /** {@link NameKey#spelling} of the name, kept by {@link #rename}: what the name search matches. */
    @Ignore
    public String nameKey;

    @Description("Role or title at the time of the coverage, e.g. \"Ukrainian MP\".")
    public String role;

    @Description("Wikidata QID or another external identifier, unique when present.")
    public String externalId;

    @Description("A short neutral description.")
    public String description;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliation_id")
    public Actor affiliation;

    @Ignore
    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ActorAlias> aliases = new ArrayList<>();

    /** Whether {@code candidate} is this actor's name or one of its aliases, ignoring case and accents. */
    public boolean isKnownAs(String candidate) {
        return knownSpelling(candidate) != null;
    }

    /**
     * This actor's name or alias that {@code candidate} is, ignoring case and accents ("Szijjártó" for
     * "SZIJJARTO"), or null when it is neither.
     */
    public String knownSpelling(String candidate) {
        String key = NameKey.spelling(candidate);
        if (NameKey.spelling(name).equals(key)) {
            return name;
        }
        return aliases.stream().filter(alias -> alias.nameKey.equals(key)).map(alias -> alias.name).findFirst()
                .orElse(null);
    }

    /** Whether {@code candidate} is one of this actor's aliases, ignoring case and accents. */
    public boolean hasAlias(String candidate) {
        String key = NameKey.spelling(candidate);
        return aliases.stream().anyMatch(alias -> alias.nameKey.equals(key));
    }

    public void addAlias(String alias) {
        ActorAlias entry = new ActorAlias();
        entry.actor = this;
        entry.name = alias.strip();
        entry.nameKey = NameKey.spelling(alias);
        aliases.add(entry);
    }

    /** Sets the canonical name (stripped) and its search key together. */
    void rename(String newName) {
        name = newName.strip();
        nameKey = NameKey.spelling(name);
    }
}
