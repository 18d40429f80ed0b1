package nl.mijnaansluiting.servicedesk.availability;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which requests of a product are outages, and the norm its availability is held to: a request of this scheme and
 * product on Productie whose answer to {@code questionKey} is one of {@code outageOptions} reports an outage;
 * downtime counts in {@code calendarKey}'s working time (24/7 minus the maintenance windows), the month in all its
 * hours, and at least {@code normPercent} of the month must be up.
 *
 * @param example true where the source gives no availability norm and the preset is an example
 */
public record AvailabilityNorm(String schemeKey, String product, String questionKey, Set<String> outageOptions,
                               String calendarKey, double normPercent, boolean example) {

    public AvailabilityNorm {
        Objects.requireNonNull(schemeKey, "schemeKey");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(questionKey, "questionKey");
        outageOptions = Set.copyOf(outageOptions);
        Objects.requireNonNull(calendarKey, "calendarKey");
    }

    /** Whether answers (by option key) report an outage of this product. */
    public boolean isOutage(String schemeKey, String product, Map<String, String> answers) {
        return this.schemeKey.equals(schemeKey) && this.product.equals(product)
                && outageOptions.contains(answers.get(questionKey));
    }

    /**
     * The presets. Seed 001 (SNO MijnOverheid): "De beschikbaarheid wordt per kalendermaand gemeten op basis van 24/7
     * dienstverlening ... 99%", the portal's maintenance (2nd and 4th Wednesday 00:00-06:00) not counted; an outage
     * is impact Hoog, "De website MijnOverheid of de Berichtenbox is voor alle gebruikers onbereikbaar". Seed 000 gives
     * Mijn Aansluiting no availability norm: its products' "niet beschikbaar" criteria are held to the same 99 % on
     * clock hours as an EXAMPLE (no maintenance windows are known for them).
     */
    public static List<AvailabilityNorm> presets() {
        return List.of(
                new AvailabilityNorm("mijnoverheid", "MijnOverheid", "impact", Set.of("hoog"), "mijnoverheid-beschikbaarheid", 99, false),
                new AvailabilityNorm("mijn-aansluiting", "LIP", "situatie", Set.of("lip-niet-beschikbaar", "beheer-niet-beschikbaar"),
                        "klokuren", 99, true),
                new AvailabilityNorm("mijn-aansluiting", "DSP", "situatie", Set.of("alle-deelnemers"), "klokuren", 99, true),
                new AvailabilityNorm("mijn-aansluiting", "CAPO", "situatie", Set.of("alle-deelnemers"), "klokuren", 99, true),
                new AvailabilityNorm("mijn-aansluiting", "Rapportages", "situatie", Set.of("niet-beschikbaar"), "klokuren", 99, true));
    }
}
